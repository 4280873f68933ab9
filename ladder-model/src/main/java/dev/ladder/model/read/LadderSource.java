package dev.ladder.model.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the files of one ladder root come from: a folder, a map of path to bytes, the class path,
 * or (with {@code ladder-git}) a git revision. The reader asks a source for its entries and opens
 * the files it reads; the rules of the format (which files count, the limits, which text is
 * accepted) are the reader's, the same for every source.
 *
 * <pre>{@code
 * ReadResult fromFolder = LadderReader.standard().read(LadderSource.folder(Path.of("ladder")));
 * ReadResult inMemory = LadderReader.standard().read(LadderSource.of(Map.of(
 *     "ladder.yaml", ladderYaml, "levels/senior.yaml", seniorYaml)));
 * }</pre>
 *
 * <p>A source never lets a read leave its root: a folder source reports a symbolic link that leads
 * outside as {@link Kind#LINK_OUTSIDE} and never opens it.
 */
public interface LadderSource {
  /**
   * How messages name this source: a folder path, {@code classpath:ladder}, {@code origin/main
   * (3f2c1ab):ladder}.
   */
  String description();

  /**
   * The entries the reader looks at, in any order: every entry directly in the root, and every file
   * and folder below {@code levels/}, each named relative to the root with {@code /} separators
   * ({@code ladder.yaml}, {@code levels/ic/senior.yaml}).
   *
   * @throws IOException when the root itself cannot be listed
   */
  List<Entry> entries() throws IOException;

  /**
   * Opens an entry of kind {@link Kind#FILE}. The reader reads no more than its limit allows.
   *
   * @throws IOException when it cannot be read
   */
  InputStream open(String name) throws IOException;

  /** A folder of the file system as a ladder root. */
  static LadderSource folder(Path root) {
    return new FolderSource(root);
  }

  /**
   * Files held in memory: path relative to the root ({@code ladder.yaml}, {@code levels/x.yaml}) to
   * bytes. Paths are normalized to {@code /} separators; one that is absolute or climbs out with
   * {@code ..} is refused.
   *
   * @throws IllegalArgumentException on a path that would leave the root
   */
  static LadderSource of(Map<String, byte[]> files) {
    return new MemorySource("memory", files);
  }

  /**
   * The ladder root at {@code root} on the class path of {@code loader}: a folder or a jar entry
   * that holds {@code <root>/ladder.yaml}, such as a ladder packaged in an application's jar.
   *
   * @throws IllegalArgumentException when the class path has no {@code <root>/ladder.yaml}, or it
   *     is in a place the class path cannot list
   */
  static LadderSource classpath(ClassLoader loader, String root) {
    return ClasspathSource.find(Objects.requireNonNull(loader, "loader"), root);
  }

  /** One entry of a source. */
  record Entry(String name, Kind kind, long size) {
    /** A size that the source does not know before the entry is read. */
    public static final long UNKNOWN_SIZE = -1;

    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }

    public static Entry file(String name, long size) {
      return new Entry(name, Kind.FILE, size);
    }

    public static Entry of(String name, Kind kind) {
      return new Entry(name, kind, UNKNOWN_SIZE);
    }
  }

  /** What an entry is, as the reader needs to know it. */
  enum Kind {
    /** A regular file, or a link to one inside the root. */
    FILE,
    /** A folder, or a link to one inside the root. */
    FOLDER,
    /** A symbolic link to a place outside the root: never followed. */
    LINK_OUTSIDE,
    /** A symbolic link that leads nowhere. */
    BROKEN_LINK,
    /** Something that could not be listed or read. */
    UNREADABLE,
    /** Anything else: a device, a pipe, a git submodule. */
    OTHER
  }
}
