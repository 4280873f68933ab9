package dev.ladder.git;

import dev.ladder.model.read.LadderSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * A ladder root at a git revision ({@code origin/main}, a tag, a commit id), read straight from the
 * object database of the repository: no checkout, no {@code git} process, no network, nothing
 * written to the repository. The reader takes it as any other {@link LadderSource}, with the same
 * file selection, limits and problems as for a folder.
 *
 * <pre>{@code
 * try (GitLadder base = GitLadder.at(Path.of("ladder"), "origin/main")) {
 *   ReadResult atBase = LadderReader.standard().read(base);
 *   System.out.println(base.description()); // origin/main (3f2c1ab):ladder
 *   System.out.println(base.commitId());    // 3f2c1ab9... (40 hex digits)
 * }
 * }</pre>
 *
 * <p>The tree of the commit is listed when the source is made, so every error about the repository
 * or the revision is a {@link GitLadderException} from {@link #at} or {@link #in}; the files are
 * read when the reader opens them, so close the source after reading (it holds the repository
 * open). When the revision has no ladder folder (a pull request that adds the ladder), the source
 * is empty ({@link #exists()} is false) and the reader reports {@code ladder.yaml} missing, so the
 * pull request still gets a report.
 *
 * <p>Nothing at the revision leads outside the ladder root: a symbolic link is followed inside the
 * commit's tree only, and only when it ends inside the ladder root; a submodule is not entered;
 * every blob's size is known from the object database before it is read, so the reader refuses a
 * huge blob without inflating it. The rules are in {@code docs/security.md}.
 *
 * <p>Safe to share between threads: the listing is immutable and each file is read with a reader of
 * its own.
 */
public final class GitLadder implements LadderSource, AutoCloseable {
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  static {
    QuietJGit.install();
  }

  private final Repository repository;
  private final boolean owned;
  private final String revision;
  private final ObjectId commit;
  private final String path;
  private final RevisionTree.Listing listing;
  private volatile boolean closed;

  private GitLadder(
      Repository repository,
      boolean owned,
      String revision,
      ObjectId commit,
      String path,
      RevisionTree.Listing listing) {
    this.repository = repository;
    this.owned = owned;
    this.revision = revision;
    this.commit = commit;
    this.path = path;
    this.listing = listing;
  }

  /**
   * The ladder root {@code ladderRoot} of the work tree at {@code revision}. The repository is the
   * one git would use there: the nearest folder, from the ladder root up, that holds a {@code .git}
   * folder or a {@code .git} file (a linked worktree, a submodule). The ladder's path inside the
   * repository is the root's path from that folder. Environment variables such as {@code GIT_DIR}
   * are not read; name the repository with {@link #in(Path, String, String)} instead.
   *
   * <pre>{@code
   * GitLadder base = GitLadder.at(Path.of("ladder"), "origin/main");
   * }</pre>
   *
   * @param revision anything {@code git rev-parse} takes that names one commit: a branch, a remote
   *     branch, a tag, a commit id (full or short), {@code HEAD~1}
   * @throws GitLadderException when no repository holds the folder, or the revision is not a commit
   *     in it
   */
  public static GitLadder at(Path ladderRoot, String revision) {
    Objects.requireNonNull(ladderRoot, "ladderRoot");
    Objects.requireNonNull(revision, "revision");
    Repositories.Found found = Repositories.holding(ladderRoot);
    return read(found, true, revision);
  }

  /**
   * The ladder at {@code ladderPath} in the repository at {@code repository}, at {@code revision}.
   *
   * <pre>{@code
   * GitLadder base = GitLadder.in(Path.of("/srv/mirror/ladder.git"), "ladder", "v2.0");
   * }</pre>
   *
   * @param repository the top folder of a clone (holding {@code .git}), a {@code .git} folder, or a
   *     bare repository
   * @param ladderPath the ladder root from the repository's top, {@code /}-separated ({@code
   *     ladder}, {@code docs/ladder}); empty for the top itself
   * @throws GitLadderException when the folder is not a repository, the path leaves it, or the
   *     revision is not a commit in it
   */
  public static GitLadder in(Path repository, String ladderPath, String revision) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(revision, "revision");
    List<String> path = ladderPath(ladderPath);
    return read(Repositories.at(repository, path), true, revision);
  }

  /**
   * The ladder at {@code ladderPath} of a repository the caller has open, at {@code revision}.
   * Closing the source leaves the repository open: it stays the caller's.
   *
   * <pre>{@code
   * try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir).build();
   *     GitLadder base = GitLadder.in(repository, "ladder", "origin/main")) {
   *   ReadResult atBase = LadderReader.standard().read(base);
   * }
   * }</pre>
   *
   * @throws GitLadderException when the path leaves the repository, or the revision is not a commit
   *     in it
   */
  public static GitLadder in(Repository repository, String ladderPath, String revision) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(revision, "revision");
    Path top =
        (repository.isBare() ? repository.getDirectory() : repository.getWorkTree()).toPath();
    return read(new Repositories.Found(repository, top, ladderPath(ladderPath)), false, revision);
  }

  private static GitLadder read(Repositories.Found found, boolean owned, String revision) {
    Repository repository = found.repository();
    try {
      Revisions.Commit commit = Revisions.commit(repository, revision, found.top());
      RevisionTree.Listing listing;
      try (ObjectReader reader = repository.newObjectReader()) {
        listing = RevisionTree.list(reader, commit.tree(), found.ladderPath());
      } catch (IOException e) {
        throw Revisions.notThere(repository, revision, found.top());
      }
      return new GitLadder(
          repository, owned, revision, commit.id(), String.join("/", found.ladderPath()), listing);
    } catch (RuntimeException e) {
      if (owned) {
        repository.close();
      }
      throw e;
    }
  }

  /** The ladder path from the repository's top, checked to stay inside it. */
  private static List<String> ladderPath(String ladderPath) {
    Objects.requireNonNull(ladderPath, "ladderPath");
    List<String> parts = new ArrayList<>();
    String slashed = ladderPath.replace('\\', '/');
    boolean absolute = slashed.startsWith("/") || slashed.matches("[A-Za-z]:.*");
    for (String part : slashed.split("/")) {
      if (part.equals("..") || absolute) {
        throw new GitLadderException(
            "the ladder path '"
                + ladderPath
                + "' is not inside the repository; give it from the repository's top folder,"
                + " like ladder or docs/ladder");
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return List.copyOf(parts);
  }

  /** The revision as it was given: {@code origin/main}, {@code v2.0}, {@code 3f2c1ab}. */
  public String revision() {
    return revision;
  }

  /** The full id of the commit the revision names, 40 hex digits (64 in a SHA-256 repository). */
  public String commitId() {
    return commit.name();
  }

  /** The ladder root's path from the repository's top, {@code /}-separated; empty for the top. */
  public String path() {
    return path;
  }

  /**
   * Whether the revision has the ladder folder. When it does not (the ladder is new, or moved), the
   * source has no entries and the reader reports {@code ladder.yaml} missing.
   */
  public boolean exists() {
    return listing.exists();
  }

  /**
   * How messages name this source: the revision, the commit's short id, and the ladder's path in
   * the repository, as in {@code origin/main (3f2c1ab):ladder}; {@code 3f2c1ab:ladder} when the
   * revision is the commit id itself; without {@code :path} for a ladder at the repository's top.
   */
  @Override
  public String description() {
    String shortId = commit.abbreviate(7).name();
    boolean isTheId =
        HEX.matcher(revision).matches()
            && commit.name().startsWith(revision.toLowerCase(java.util.Locale.ROOT));
    String named = isTheId ? shortId : revision + " (" + shortId + ")";
    return path.isEmpty() ? named : named + ":" + path;
  }

  @Override
  public List<Entry> entries() {
    return listing.entries();
  }

  /**
   * Opens a file of the listing. The bytes come from the object database as git stores them: no
   * line-end conversion, no filters.
   */
  @Override
  public InputStream open(String name) throws IOException {
    ObjectId blob = listing.blobs().get(name);
    if (blob == null) {
      throw new NoSuchFileException(name);
    }
    if (closed) {
      throw new IOException("the git source is closed");
    }
    ObjectReader reader = repository.newObjectReader();
    try {
      InputStream in = reader.open(blob, Constants.OBJ_BLOB).openStream();
      return new FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            reader.close();
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Closes the repository, when this source opened it. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (owned) {
        repository.close();
      }
    }
  }

  @Override
  public String toString() {
    return description();
  }
}
