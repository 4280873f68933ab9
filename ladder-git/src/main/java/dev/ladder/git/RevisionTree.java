package dev.ladder.git;

import dev.ladder.model.read.LadderSource.Entry;
import dev.ladder.model.read.LadderSource.Kind;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * The entries of a ladder root inside one commit's tree, read from the object database, with the
 * rules a folder source keeps: every entry directly in the root and everything below {@code
 * levels/}; a symbolic link is followed, inside the commit's tree only, when it ends inside the
 * ladder root; a linked folder under {@code levels/} is not entered; a submodule is {@link
 * Kind#OTHER}. A blob's size comes from its object header, so no blob is inflated here.
 *
 * <p>A tree in git can be small and list a great many paths (one subtree named ten times, ten
 * levels deep), so the walk has bounds of its own, like the file system's: {@value #MAX_ENTRIES}
 * entries below {@code levels/}, {@value #MAX_PATH} characters in a path, {@value #MAX_HOPS} links
 * in one resolution and {@value #MAX_LINK_STEPS} path steps for all links together.
 */
final class RevisionTree {
  /** Entries listed below {@code levels/} at most; the rest make the levels folder unlisted. */
  static final int MAX_ENTRIES = 100_000;

  /** Characters in an entry's path, as the file system's PATH_MAX. */
  static final int MAX_PATH = 4096;

  /** Links followed in one resolution, as Linux's MAXSYMLINKS; more is a loop. */
  static final int MAX_HOPS = 40;

  /** Path steps taken while resolving every link of one listing. */
  static final int MAX_LINK_STEPS = 1_000_000;

  private static final String LEVELS = "levels";

  /** One entry of a tree object. */
  private record Item(String name, int mode, ObjectId id) {
    int type() {
      return mode & FileMode.TYPE_MASK;
    }
  }

  /** Where a path led: what is there, and the path of the entry from the repository's top. */
  private record Target(Kind kind, Item item, List<String> path) {}

  /** A folder to walk: its name relative to the ladder root, its tree, its path in the tree. */
  private record Folder(String name, ObjectId tree, List<String> path) {}

  /** What the ladder root holds at the revision. */
  record Listing(boolean exists, List<Entry> entries, Map<String, ObjectId> blobs) {}

  private final ObjectReader reader;
  private final ObjectId top;
  private final Map<ObjectId, Map<String, Item>> trees = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, ObjectId> blobs = new HashMap<>();
  private final Map<ObjectId, Long> sizes = new HashMap<>();
  private List<String> root = List.of();
  private int linkSteps;

  private RevisionTree(ObjectReader reader, ObjectId top) {
    this.reader = reader;
    this.top = top;
  }

  /**
   * Lists the ladder root at {@code ladderPath} ({@code /}-separated from the repository's top,
   * empty for the top) in the tree {@code top}.
   *
   * @throws IOException when the commit's own tree is not in the object database
   */
  static Listing list(ObjectReader reader, ObjectId top, List<String> ladderPath)
      throws IOException {
    return new RevisionTree(reader, top).list(ladderPath);
  }

  private Listing list(List<String> ladderPath) throws IOException {
    tree(top); // the commit's own tree must be there; anything missing below is one entry's problem
    Optional<Target> found = rootFolder(ladderPath);
    if (found.isEmpty()) {
      return new Listing(false, List.of(), Map.of());
    }
    root = found.get().path();
    Folder levels = null;
    for (Item item : treeOrEmpty(found.get().item().id()).values()) {
      Folder folder = add(item.name(), item, root);
      if (item.name().equals(LEVELS) && folder != null) {
        levels = folder;
      }
    }
    if (levels != null) {
      walk(levels);
    }
    return new Listing(true, entries, blobs);
  }

  /** The ladder root's tree, following links along its path inside the repository. */
  private Optional<Target> rootFolder(List<String> ladderPath) {
    Target target = follow(List.of(), new ArrayDeque<>(ladderPath));
    return target.kind() == Kind.FOLDER ? Optional.of(target) : Optional.empty();
  }

  private void walk(Folder levels) {
    Deque<Folder> folders = new ArrayDeque<>();
    folders.push(levels);
    int listed = 0;
    while (!folders.isEmpty()) {
      Folder folder = folders.pop();
      for (Item item : treeOrEmpty(folder.tree()).values()) {
        if (++listed > MAX_ENTRIES) {
          entries.add(Entry.of(LEVELS, Kind.UNREADABLE));
          return;
        }
        String name = folder.name() + '/' + item.name();
        if (name.length() > MAX_PATH) {
          entries.add(Entry.of(name, Kind.UNREADABLE));
          continue;
        }
        Folder inner = add(name, item, folder.path());
        // Only real folders are entered: a linked one could lead back up and make a loop.
        if (inner != null && item.type() == FileMode.TYPE_TREE) {
          folders.push(inner);
        }
      }
    }
  }

  /**
   * Adds the entry for {@code item}, named {@code name} relative to the ladder root and found in
   * the folder at {@code parent}; returns the folder it is, when it is one.
   */
  private Folder add(String name, Item item, List<String> parent) {
    Target target = classify(item, parent);
    switch (target.kind()) {
      case FILE:
        long size = size(target.item().id());
        if (size < 0) {
          entries.add(Entry.of(name, Kind.UNREADABLE));
        } else {
          entries.add(Entry.file(name, size));
          blobs.put(name, target.item().id());
        }
        return null;
      case FOLDER:
        if (treeOrNull(target.item().id()) == null) {
          entries.add(Entry.of(name, Kind.UNREADABLE)); // its tree is not in the object database
          return null;
        }
        entries.add(Entry.of(name, Kind.FOLDER));
        return new Folder(name, target.item().id(), target.path());
      default:
        entries.add(Entry.of(name, target.kind()));
        return null;
    }
  }

  /** What an entry of the folder at {@code parent} is, its link followed. */
  private Target classify(Item item, List<String> parent) {
    List<String> path = append(parent, item.name());
    if (!plainName(item.name())) {
      // Git refuses such names; a crafted tree may still hold them. Never walked, never opened.
      return new Target(Kind.OTHER, item, path);
    }
    if (item.type() == FileMode.TYPE_SYMLINK) {
      Target target = link(parent, item);
      if (target.kind() == Kind.FILE || target.kind() == Kind.FOLDER) {
        return inside(target.path()) ? target : new Target(Kind.LINK_OUTSIDE, item, path);
      }
      return target;
    }
    return new Target(kindOf(item), item, path);
  }

  /** A link's target, resolved in the commit's tree. */
  private Target link(List<String> parent, Item link) {
    Deque<String> pending = new ArrayDeque<>();
    pending.push(link.name());
    return follow(parent, pending);
  }

  /**
   * Resolves the path {@code pending} from the folder {@code from}, following every link on the
   * way, as the file system's real path would: {@code ..} climbs, a missing part or a file in the
   * middle is a broken link, a path that climbs above the repository or is absolute leads outside,
   * more than {@value #MAX_HOPS} links is a loop.
   */
  private Target follow(List<String> from, Deque<String> pending) {
    List<String> names = new ArrayList<>();
    List<ObjectId> folders = new ArrayList<>();
    folders.add(top);
    int hops = 0;
    Deque<String> parts = new ArrayDeque<>(from);
    parts.addAll(pending);
    Item last = new Item("", FileMode.TYPE_TREE, top);
    while (!parts.isEmpty()) {
      if (++linkSteps > MAX_LINK_STEPS) {
        return new Target(Kind.UNREADABLE, last, names);
      }
      String part = parts.pop();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (names.isEmpty()) {
          return new Target(Kind.LINK_OUTSIDE, last, names); // above the repository's top
        }
        names.remove(names.size() - 1);
        folders.remove(folders.size() - 1);
        continue;
      }
      Map<String, Item> folder = treeOrNull(folders.get(folders.size() - 1));
      Item item = folder == null ? null : folder.get(part);
      if (item == null) {
        return new Target(folder == null ? Kind.UNREADABLE : Kind.BROKEN_LINK, last, names);
      }
      last = item;
      if (item.type() == FileMode.TYPE_SYMLINK) {
        if (++hops > MAX_HOPS) {
          return new Target(Kind.BROKEN_LINK, item, names);
        }
        Optional<String> target = linkText(item.id());
        if (target.isEmpty()) {
          return new Target(Kind.BROKEN_LINK, item, names);
        }
        if (target.get().startsWith("/")) {
          return new Target(Kind.LINK_OUTSIDE, item, names);
        }
        // The link's text replaces its name, read from the folder that holds it.
        List<String> text = List.of(target.get().split("/", -1));
        for (int i = text.size() - 1; i >= 0; i--) {
          parts.push(text.get(i));
        }
        continue;
      }
      names.add(part);
      if (item.type() == FileMode.TYPE_TREE) {
        if (treeOrNull(item.id()) == null) {
          return new Target(Kind.UNREADABLE, item, names);
        }
        folders.add(item.id());
        continue;
      }
      if (!parts.isEmpty()) {
        // A file or a submodule in the middle of a path: nothing is below it in this tree.
        return new Target(Kind.BROKEN_LINK, item, names);
      }
      return new Target(kindOf(item), item, names);
    }
    return new Target(Kind.FOLDER, new Item("", FileMode.TYPE_TREE, last(folders)), names);
  }

  private static ObjectId last(List<ObjectId> folders) {
    return folders.get(folders.size() - 1);
  }

  private static Kind kindOf(Item item) {
    switch (item.type()) {
      case FileMode.TYPE_TREE:
        return Kind.FOLDER;
      case FileMode.TYPE_FILE:
        return Kind.FILE;
      default:
        return Kind.OTHER; // a submodule (gitlink), or a mode git does not know
    }
  }

  private boolean inside(List<String> path) {
    return path.size() >= root.size() && path.subList(0, root.size()).equals(root);
  }

  /** The text of a link, when it is one a file system could hold. */
  private Optional<String> linkText(ObjectId blob) {
    try {
      if (reader.getObjectSize(blob, Constants.OBJ_BLOB) >= MAX_PATH) {
        return Optional.empty();
      }
      byte[] bytes = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(MAX_PATH);
      if (bytes.length == 0 || indexOfNul(bytes) >= 0) {
        return Optional.empty();
      }
      return Optional.of(RawParseUtils.decode(bytes));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A blob's size from its header, or -1 when it is missing or not a blob. */
  private long size(ObjectId blob) {
    Long known = sizes.get(blob);
    if (known == null) {
      try {
        known = reader.getObjectSize(blob, Constants.OBJ_BLOB);
      } catch (IOException e) {
        known = -1L;
      }
      sizes.put(blob, known);
    }
    return known;
  }

  private Map<String, Item> treeOrEmpty(ObjectId id) {
    Map<String, Item> tree = treeOrNull(id);
    return tree == null ? Map.of() : tree;
  }

  private Map<String, Item> treeOrNull(ObjectId id) {
    try {
      return tree(id);
    } catch (IOException e) {
      return null;
    }
  }

  /** The entries of a tree object, in the tree's order, parsed once. */
  private Map<String, Item> tree(ObjectId id) throws IOException {
    Map<String, Item> known = trees.get(id);
    if (known != null) {
      return known;
    }
    Map<String, Item> items = new LinkedHashMap<>();
    try {
      CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, id);
      for (; !parser.eof(); parser.next(1)) {
        String name = parser.getEntryPathString();
        items.putIfAbsent(
            name, new Item(name, parser.getEntryRawMode(), parser.getEntryObjectId().copy()));
      }
    } catch (MissingObjectException | IncorrectObjectTypeException | CorruptObjectException e) {
      throw e;
    } catch (RuntimeException e) {
      // A malformed tree object: JGit's parser fails on it with an unchecked exception.
      throw new CorruptObjectException(id, "malformed tree");
    }
    Map<String, Item> tree = Collections.unmodifiableMap(items);
    trees.put(id.copy(), tree);
    return tree;
  }

  private static boolean plainName(String name) {
    return !name.isEmpty()
        && !name.equals(".")
        && !name.equals("..")
        && name.indexOf('/') < 0
        && name.indexOf('\0') < 0;
  }

  private static List<String> append(List<String> path, String name) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(name);
    return longer;
  }
}
