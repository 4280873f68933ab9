package dev.ladder.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevBlob;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;

/** A revision resolved to one commit, with the sentence a user needs when it cannot be. */
final class Revisions {
  private static final Pattern FULL_ID = Pattern.compile("[0-9a-fA-F]{40}([0-9a-fA-F]{24})?");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final String CHECKOUT_HINT =
      "`fetch-depth: 0` on actions/checkout fetches every branch and tag";

  private Revisions() {}

  /** A commit and its tree. */
  record Commit(ObjectId id, ObjectId tree) {}

  /**
   * Resolves {@code revision} with {@link Repository#resolve} and peels tags to the commit.
   *
   * @param top how messages name the repository: the folder it was found in
   * @throws GitLadderException when the revision is not in the repository, or is not a commit
   */
  static Commit commit(Repository repository, String revision, Path top) {
    ObjectId id;
    try {
      id = repository.resolve(revision);
    } catch (AmbiguousObjectException e) {
      throw new GitLadderException(
          "revision '"
              + revision
              + "' is ambiguous: "
              + e.getCandidates().size()
              + " objects in the repository at "
              + top
              + " start with it; give more digits of the commit id");
    } catch (RevisionSyntaxException e) {
      throw new GitLadderException(
          "'"
              + revision
              + "' is not a revision git can read; name one commit: a branch (origin/main), a tag"
              + " or a commit id");
    } catch (IncorrectObjectTypeException e) {
      throw notACommit(revision, "an object of another kind");
    } catch (MissingObjectException e) {
      throw notThere(repository, revision, top);
    } catch (IOException e) {
      throw unreadable(top, e);
    }
    if (id == null) {
      if (hasNoCommits(repository)) {
        throw new GitLadderException(
            "the repository at "
                + top
                + " has no commits yet, so it has no revision '"
                + revision
                + "'; commit the ladder first, or give the base as a folder");
      }
      throw notThere(repository, revision, top);
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevObject named = walk.parseAny(id);
      RevObject peeled = walk.peel(named);
      if (peeled instanceof RevCommit commit) {
        return new Commit(commit.copy(), commit.getTree().copy());
      }
      throw notACommit(revision, (named instanceof RevTag ? "a tag of " : "") + kind(peeled));
    } catch (MissingObjectException e) {
      throw notThere(repository, revision, top);
    } catch (IOException e) {
      throw unreadable(top, e);
    }
  }

  private static String kind(RevObject object) {
    if (object instanceof RevTree) {
      return "a folder (tree)";
    }
    return object instanceof RevBlob ? "a file (blob)" : "an object of another kind";
  }

  private static GitLadderException notACommit(String revision, String what) {
    return new GitLadderException(
        "revision '"
            + revision
            + "' is "
            + what
            + ", not a commit; name a branch, a tag or a commit id");
  }

  static GitLadderException unreadable(Path top, Exception e) {
    return new GitLadderException(
        "the git repository at " + top + " cannot be read (" + Repositories.reason(e) + ")", e);
  }

  /** The revision is not there: most often a shallow clone, or a branch that was not fetched. */
  static GitLadderException notThere(Repository repository, String revision, Path top) {
    Optional<String> fetch = fetchCommand(revision, remotes(repository));
    String where = "revision '" + revision + "' is not in the repository at " + top;
    if (isShallow(repository)) {
      return new GitLadderException(
          where
              + ", a shallow clone that holds only the latest commits; "
              + fetch
                  .map(
                      c ->
                          "fetch it with `" + c + "` (or all history with `git fetch --unshallow`)")
                  .orElse("fetch all history with `git fetch --unshallow`")
              + ", and in GitHub Actions set `fetch-depth: 0` on actions/checkout");
    }
    return new GitLadderException(
        where
            + "; "
            + fetch.map(c -> "fetch it with `" + c + "`, or name").orElse("name")
            + " a branch, a tag or a commit id that it holds (in GitHub Actions, "
            + CHECKOUT_HINT
            + ")");
  }

  /**
   * The command that fetches {@code revision} from a remote of the repository: {@code git fetch
   * origin main} for {@code origin/main}, {@code git fetch origin main:main} for a branch {@code
   * main}, {@code git fetch origin <id>} for a full commit id; none for {@code HEAD~1} or a short
   * id.
   */
  static Optional<String> fetchCommand(String revision, Set<String> remotes) {
    String name = revision;
    for (int i = 0; i < name.length(); i++) {
      if ("~^@:".indexOf(name.charAt(i)) >= 0) {
        name = name.substring(0, i); // the branch or tag of main~2, main^{commit}, main@{1}
        break;
      }
    }
    if (name.isEmpty() || name.endsWith("HEAD")) {
      return Optional.empty();
    }
    if (name.startsWith("refs/remotes/")) {
      name = name.substring("refs/remotes/".length());
    }
    String byName = name;
    Optional<String> tracking =
        remotes.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .filter(r -> byName.startsWith(r + "/") && byName.length() > r.length() + 1)
            .findFirst();
    if (tracking.isPresent()) {
      return Optional.of(
          "git fetch " + tracking.get() + " " + name.substring(tracking.get().length() + 1));
    }
    Optional<String> remote = remotes.contains("origin") ? Optional.of("origin") : only(remotes);
    if (remote.isEmpty()) {
      return Optional.empty();
    }
    String fetch = "git fetch " + remote.get() + " ";
    if (FULL_ID.matcher(name).matches()) {
      return Optional.of(fetch + name.toLowerCase(java.util.Locale.ROOT));
    }
    if (HEX.matcher(name).matches() && name.length() < 40) {
      return Optional.empty(); // a short commit id cannot be fetched by name
    }
    if (name.startsWith("refs/tags/")) {
      return Optional.of(fetch + "tag " + name.substring("refs/tags/".length()));
    }
    if (name.startsWith("refs/heads/")) {
      name = name.substring("refs/heads/".length());
    }
    return Optional.of(fetch + name + ":" + name);
  }

  private static Optional<String> only(Set<String> remotes) {
    return remotes.size() == 1 ? remotes.stream().findFirst() : Optional.empty();
  }

  private static Set<String> remotes(Repository repository) {
    try {
      return repository.getRemoteNames();
    } catch (RuntimeException e) {
      return Set.of();
    }
  }

  private static boolean isShallow(Repository repository) {
    try {
      return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean hasNoCommits(Repository repository) {
    try {
      List<?> refs = repository.getRefDatabase().getRefs();
      return refs.isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
