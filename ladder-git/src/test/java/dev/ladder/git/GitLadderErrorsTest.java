package dev.ladder.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLadderErrorsTest {
  private static final String CHECKOUT =
      "(in GitHub Actions, `fetch-depth: 0` on actions/checkout fetches every branch and tag)";

  @TempDir Path dir;

  @Test
  void a_folder_no_repository_holds_says_so_and_what_to_do() throws IOException {
    Path root = Files.createDirectories(dir.resolve("ladder"));

    assertThatThrownBy(() -> GitLadder.at(root, "origin/main"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "no git repository holds the folder "
                + root
                + " (no .git in it or in any folder above it); run in a clone of the repository,"
                + " or give the base as a folder");
  }

  @Test
  void a_revision_that_is_not_there_names_the_fetch_that_brings_it() throws Exception {
    Path upstream = dir.resolve("upstream");
    try (TestRepo repo = TestRepo.init(upstream).example("ladder")) {
      repo.commit("the ladder");
    }
    Path clone = dir.resolve("clone");
    Git.cloneRepository()
        .setURI(upstream.toUri().toString())
        .setDirectory(clone.toFile())
        .call()
        .close();
    Path root = clone.resolve("ladder");

    assertThatThrownBy(() -> GitLadder.at(root, "origin/release"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "revision 'origin/release' is not in the repository at "
                + clone.toRealPath()
                + "; fetch it with `git fetch origin release`, or name a branch, a tag or a commit"
                + " id that it holds "
                + CHECKOUT);
    assertThatThrownBy(() -> GitLadder.at(root, "release"))
        .hasMessageContaining("; fetch it with `git fetch origin release:release`, or name");
  }

  @Test
  void a_revision_that_is_not_there_in_a_repository_without_remotes_asks_for_another_name()
      throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
    }

    assertThatThrownBy(() -> GitLadder.at(dir.resolve("ladder"), "nope"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "revision 'nope' is not in the repository at "
                + dir.toRealPath()
                + "; name a branch, a tag or a commit id that it holds "
                + CHECKOUT);
  }

  @Test
  void a_base_missing_from_a_shallow_clone_says_it_is_shallow_and_names_the_fix() throws Exception {
    Path upstream = dir.resolve("upstream");
    try (TestRepo repo = TestRepo.init(upstream).example("ladder")) {
      repo.commit("the ladder");
      repo.git.checkout().setCreateBranch(true).setName("feature").call();
      repo.write("ladder/levels/ic/notes.txt", "a second commit\n").commit("notes");
    }
    // What actions/checkout does on a pull request: one commit of one branch.
    Path clone = dir.resolve("clone");
    Git.cloneRepository()
        .setURI(upstream.toUri().toString())
        .setDirectory(clone.toFile())
        .setBranchesToClone(List.of("refs/heads/feature"))
        .setBranch("feature")
        .setDepth(1)
        .call()
        .close();
    Path root = clone.resolve("ladder");
    String where = "is not in the repository at " + clone.toRealPath();

    assertThatThrownBy(() -> GitLadder.at(root, "origin/main"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "revision 'origin/main' "
                + where
                + ", a shallow clone that holds only the latest commits; fetch it with `git fetch"
                + " origin main` (or all history with `git fetch --unshallow`), and in GitHub"
                + " Actions set `fetch-depth: 0` on actions/checkout");
    assertThatThrownBy(() -> GitLadder.at(root, "HEAD~1"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "revision 'HEAD~1' "
                + where
                + ", a shallow clone that holds only the latest commits; fetch all history with"
                + " `git fetch --unshallow`, and in GitHub Actions set `fetch-depth: 0` on"
                + " actions/checkout");
    try (GitLadder head = GitLadder.at(root, "HEAD")) {
      assertThat(head.exists()).isTrue();
    }
  }

  @Test
  void a_shallow_file_written_by_hand_cuts_the_history_as_a_shallow_clone_does()
      throws IOException {
    RevCommit second;
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      second = repo.write("ladder/notes.txt", "more\n").commit("notes");
    }
    Files.writeString(dir.resolve(".git/shallow"), second.name() + "\n");

    assertThatThrownBy(() -> GitLadder.at(dir.resolve("ladder"), "HEAD^"))
        .isInstanceOf(GitLadderException.class)
        .hasMessageStartingWith(
            "revision 'HEAD^' is not in the repository at "
                + dir.toRealPath()
                + ", a shallow clone that holds only the latest commits; fetch all history");
  }

  @Test
  void a_commit_id_whose_object_is_not_in_the_repository_is_not_there() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
    }
    String absent = "3f2c1ab0000000000000000000000000000000aa";

    assertThatThrownBy(() -> GitLadder.at(dir.resolve("ladder"), absent))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "revision '"
                + absent
                + "' is not in the repository at "
                + dir.toRealPath()
                + "; name a branch, a tag or a commit id that it holds "
                + CHECKOUT);
  }

  @Test
  void a_revision_that_names_a_folder_a_file_or_a_tag_of_one_is_not_a_commit() throws Exception {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      RevCommit commit = repo.commit("the ladder");
      tag(repo, "tree-tag", commit.getTree(), Constants.OBJ_TREE);
      Path root = dir.resolve("ladder");

      assertThatThrownBy(() -> GitLadder.at(root, "HEAD^{tree}"))
          .isInstanceOf(GitLadderException.class)
          .hasMessage(
              "revision 'HEAD^{tree}' is a folder (tree), not a commit; name a branch, a tag or a"
                  + " commit id");
      assertThatThrownBy(() -> GitLadder.at(root, "HEAD:ladder/ladder.yaml"))
          .hasMessage(
              "revision 'HEAD:ladder/ladder.yaml' is a file (blob), not a commit; name a branch,"
                  + " a tag or a commit id");
      assertThatThrownBy(() -> GitLadder.at(root, "tree-tag"))
          .hasMessage(
              "revision 'tree-tag' is a tag of a folder (tree), not a commit; name a branch, a tag"
                  + " or a commit id");
    }
  }

  @Test
  void a_short_id_that_several_objects_share_asks_for_more_digits() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder");
        ObjectInserter inserter = repo.repository().newObjectInserter()) {
      repo.commit("the ladder");
      String shared = sharedPrefix(inserter);

      assertThatThrownBy(() -> GitLadder.at(dir.resolve("ladder"), shared))
          .isInstanceOf(GitLadderException.class)
          .hasMessage(
              "revision '"
                  + shared
                  + "' is ambiguous: 2 objects in the repository at "
                  + dir.toRealPath()
                  + " start with it; give more digits of the commit id");
    }
  }

  @Test
  void a_revision_git_cannot_parse_asks_for_one_commit() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
    }

    assertThatThrownBy(() -> GitLadder.at(dir.resolve("ladder"), "HEAD^{nope}"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "'HEAD^{nope}' is not a revision git can read; name one commit: a branch"
                + " (origin/main), a tag or a commit id");
  }

  @Test
  void a_repository_without_commits_says_so() throws IOException {
    TestRepo.init(dir).example("ladder").close(); // nothing committed

    assertThatThrownBy(() -> GitLadder.at(dir.resolve("ladder"), "HEAD"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            "the repository at "
                + dir.toRealPath()
                + " has no commits yet, so it has no revision 'HEAD'; commit the ladder first, or"
                + " give the base as a folder");
  }

  @Test
  void a_named_folder_that_is_not_a_repository_says_what_it_needs() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("plain"));

    assertThatThrownBy(() -> GitLadder.in(folder, "ladder", "HEAD"))
        .isInstanceOf(GitLadderException.class)
        .hasMessage(
            folder
                + " is not a git repository: it holds no .git and is not a repository folder"
                + " itself; name the folder of a clone, or its .git folder");
  }

  @Test
  void a_ladder_path_that_leaves_the_repository_is_refused() {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
    }
    for (String path : List.of("../ladder", "ladder/../../x", "/etc", "C:/ladder")) {
      assertThatThrownBy(() -> GitLadder.in(dir, path, "HEAD"))
          .as(path)
          .isInstanceOf(GitLadderException.class)
          .hasMessage(
              "the ladder path '"
                  + path
                  + "' is not inside the repository; give it from the repository's top folder,"
                  + " like ladder or docs/ladder");
    }
  }

  @Test
  void the_fetch_command_follows_the_kind_of_revision() {
    Set<String> origin = Set.of("origin", "upstream");

    assertThat(Revisions.fetchCommand("origin/main", origin)).contains("git fetch origin main");
    assertThat(Revisions.fetchCommand("upstream/release/2.x~3", origin))
        .contains("git fetch upstream release/2.x");
    assertThat(Revisions.fetchCommand("refs/remotes/origin/main", origin))
        .contains("git fetch origin main");
    assertThat(Revisions.fetchCommand("main", origin)).contains("git fetch origin main:main");
    assertThat(Revisions.fetchCommand("refs/heads/main", origin))
        .contains("git fetch origin main:main");
    assertThat(Revisions.fetchCommand("refs/tags/v1.0", origin))
        .contains("git fetch origin tag v1.0");
    String id = "3F2C1AB0000000000000000000000000000000AA";
    assertThat(Revisions.fetchCommand(id, origin)).contains("git fetch origin " + id.toLowerCase());
    assertThat(Revisions.fetchCommand("3f2c1ab", origin)).isEmpty();
    assertThat(Revisions.fetchCommand("HEAD~1", origin)).isEmpty();
    assertThat(Revisions.fetchCommand("main", Set.of("fork"))).contains("git fetch fork main:main");
    assertThat(Revisions.fetchCommand("main", Set.of())).isEmpty();
  }

  /** Writes blobs until two share the first four digits of their ids; returns those digits. */
  private static String sharedPrefix(ObjectInserter inserter) throws IOException {
    Map<String, ObjectId> byPrefix = new HashMap<>();
    for (int i = 0; ; i++) {
      ObjectId id =
          inserter.insert(Constants.OBJ_BLOB, ("blob " + i).getBytes(StandardCharsets.UTF_8));
      String prefix = id.name().substring(0, 4);
      if (byPrefix.putIfAbsent(prefix, id) != null) {
        inserter.flush();
        return prefix;
      }
    }
  }

  private static void tag(TestRepo repo, String name, ObjectId target, int type)
      throws IOException {
    try (ObjectInserter inserter = repo.repository().newObjectInserter()) {
      TagBuilder tag = new TagBuilder();
      tag.setTag(name);
      tag.setObjectId(target, type);
      tag.setMessage("a tag of a tree");
      ObjectId id = inserter.insert(tag);
      inserter.flush();
      RefUpdate update = repo.repository().updateRef(Constants.R_TAGS + name);
      update.setNewObjectId(id);
      assertThat(update.update()).isIn(RefUpdate.Result.NEW, RefUpdate.Result.FORCED);
    }
  }
}
