package dev.ladder.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Real repositories for the tests, made with JGit's API: a work tree with commits, or commits whose
 * trees are written straight into the object database (for entries a work tree cannot hold, such as
 * a submodule or a crafted name).
 */
final class TestRepo implements AutoCloseable {
  static {
    // Before the tests' first use of JGit, so no test ever starts a git process either.
    QuietJGit.install();
  }

  static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");
  private static final PersonIdent WHO =
      new PersonIdent(
          "Ladder Test",
          "test@ladder.dev",
          java.time.Instant.parse("2026-01-01T00:00:00Z"),
          java.time.ZoneOffset.UTC);

  final Path top;
  final Git git;

  private TestRepo(Path top, Git git) {
    this.top = top;
    this.git = git;
  }

  static TestRepo init(Path top) {
    try {
      return new TestRepo(
          top, Git.init().setDirectory(top.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  Repository repository() {
    return git.getRepository();
  }

  /** Copies the example ladder to {@code path} in the work tree. */
  TestRepo example(String path) {
    files(EXAMPLE).forEach((name, bytes) -> write(path + "/" + name, bytes));
    return this;
  }

  TestRepo write(String path, String text) {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  TestRepo write(String path, byte[] bytes) {
    try {
      Path file = top.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestRepo link(String path, String target) {
    try {
      Path file = top.resolve(path);
      Files.createDirectories(file.getParent());
      Files.createSymbolicLink(file, Path.of(target));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds every change of the work tree, removals too, and commits it. */
  RevCommit commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      return git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Commits a tree written straight into the object database on top of {@code HEAD}, without
   * touching the work tree: each path to its entry.
   */
  RevCommit commitTree(String message, Map<String, TreeEntry> tree) {
    Repository repository = repository();
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      for (Map.Entry<String, TreeEntry> item : new TreeMap<>(tree).entrySet()) {
        DirCacheEntry entry = new DirCacheEntry(item.getKey());
        entry.setFileMode(item.getValue().mode());
        ObjectId id =
            item.getValue().id() != null
                ? item.getValue().id()
                : inserter.insert(Constants.OBJ_BLOB, item.getValue().bytes());
        entry.setObjectId(id);
        builder.add(entry);
      }
      builder.finish();
      ObjectId treeId = index.writeTree(inserter);
      return commitOf(message, treeId, inserter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits an already written tree on top of {@code HEAD}. */
  RevCommit commitOf(String message, ObjectId treeId, ObjectInserter inserter) throws IOException {
    Repository repository = repository();
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(treeId);
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head != null) {
      commit.setParentId(head);
    }
    commit.setAuthor(WHO);
    commit.setCommitter(WHO);
    commit.setMessage(message);
    ObjectId id = inserter.insert(commit);
    inserter.flush();
    RefUpdate update = repository.updateRef(Constants.HEAD);
    update.setNewObjectId(id);
    update.setForceUpdate(true);
    update.update();
    return repository.parseCommit(id);
  }

  /** One entry of a tree written by hand: a blob's bytes, or an object id (a submodule). */
  record TreeEntry(FileMode mode, byte[] bytes, ObjectId id) {
    static TreeEntry file(String text) {
      return new TreeEntry(FileMode.REGULAR_FILE, text.getBytes(StandardCharsets.UTF_8), null);
    }

    static TreeEntry file(byte[] bytes) {
      return new TreeEntry(FileMode.REGULAR_FILE, bytes, null);
    }

    static TreeEntry link(String target) {
      return new TreeEntry(FileMode.SYMLINK, target.getBytes(StandardCharsets.UTF_8), null);
    }

    static TreeEntry submodule(String commitId) {
      return new TreeEntry(FileMode.GITLINK, null, ObjectId.fromString(commitId));
    }
  }

  /** The files of the example ladder as tree entries under {@code path}. */
  static Map<String, TreeEntry> exampleTree(String path) {
    Map<String, TreeEntry> tree = new TreeMap<>();
    files(EXAMPLE).forEach((name, bytes) -> tree.put(path + "/" + name, TreeEntry.file(bytes)));
    return tree;
  }

  /** Every file under {@code root}, by path relative to it. */
  static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Override
  public void close() {
    git.close();
  }
}
