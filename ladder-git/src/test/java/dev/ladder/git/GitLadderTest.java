package dev.ladder.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLadderTest {
  private static final LadderReader READER = LadderReader.standard();
  private static final String STAFF = "ladder/levels/ic/staff-engineer.yaml";

  @TempDir Path dir;

  @Test
  void the_example_ladder_at_a_commit_reads_as_it_does_from_the_folder() {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      ReadResult fromFolder = READER.read(TestRepo.EXAMPLE);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        ReadResult atHead = READER.read(base);

        assertThat(atHead.problems()).isEqualTo(fromFolder.problems()).isEmpty();
        assertThat(atHead.files()).isEqualTo(fromFolder.files());
        assertThat(atHead.ladder().levels()).isEqualTo(fromFolder.ladder().levels()).hasSize(10);
        assertThat(atHead.ladder().tracks()).isEqualTo(fromFolder.ladder().tracks());
        assertThat(READER.snapshot(base).digest())
            .isEqualTo(READER.snapshot(LadderSource.folder(TestRepo.EXAMPLE)).digest());
      }
    }
  }

  @Test
  void head_a_branch_a_tag_and_a_short_commit_id_each_name_their_own_commit() throws Exception {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      RevCommit first = repo.commit("the ladder");
      repo.git.branchCreate().setName("release").call();
      repo.git.tag().setName("v1").setAnnotated(true).setMessage("first ladder").call();
      repo.git.tag().setName("light").setAnnotated(false).call();
      retitle(repo, "Staff Engineer", "Staff Engineer II");
      RevCommit second = repo.commit("retitle staff");
      Path root = dir.resolve("ladder");

      assertThat(staffTitle(root, "HEAD")).isEqualTo("Staff Engineer II");
      assertThat(staffTitle(root, "main")).isEqualTo("Staff Engineer II");
      assertThat(staffTitle(root, second.name())).isEqualTo("Staff Engineer II");
      for (String named : List.of("release", "v1", "light", "HEAD~1", "refs/tags/v1")) {
        assertThat(staffTitle(root, named)).as(named).isEqualTo("Staff Engineer");
      }
      assertThat(staffTitle(root, first.abbreviate(7).name())).isEqualTo("Staff Engineer");
    }
  }

  @Test
  void the_source_names_the_revision_its_commit_and_the_ladder_path() throws Exception {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      RevCommit commit = repo.commit("the ladder");
      String shortId = commit.abbreviate(7).name();
      repo.git.tag().setName("v1").setAnnotated(true).setMessage("first").call();

      try (GitLadder tag = GitLadder.at(dir.resolve("ladder"), "v1");
          GitLadder byId = GitLadder.at(dir.resolve("ladder"), commit.name());
          GitLadder byShortId = GitLadder.at(dir.resolve("ladder"), shortId.substring(0, 5))) {
        assertThat(tag.description()).isEqualTo("v1 (" + shortId + "):ladder");
        assertThat(tag.revision()).isEqualTo("v1");
        assertThat(tag.commitId()).isEqualTo(commit.name()); // the commit, not the tag object
        assertThat(tag.path()).isEqualTo("ladder");
        assertThat(tag.exists()).isTrue();
        assertThat(byId.description()).isEqualTo(shortId + ":ladder");
        assertThat(byShortId.description()).isEqualTo(shortId + ":ladder");
      }
    }
  }

  @Test
  void uncommitted_changes_of_the_work_tree_are_not_read() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      retitle(repo, "Staff Engineer", "Staff Engineer (edited)");
      Files.delete(dir.resolve("ladder/levels/ic/engineer-1.yaml"));

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        ReadResult atHead = READER.read(base);

        assertThat(atHead.ladder().levels()).hasSize(10);
        assertThat(title(atHead, "staff-engineer")).isEqualTo("Staff Engineer");
      }
      assertThat(READER.read(dir.resolve("ladder")).ladder().levels()).hasSize(9);
    }
  }

  @Test
  void a_ladder_in_a_sub_folder_is_found_from_the_folder_itself() {
    try (TestRepo repo = TestRepo.init(dir).example("docs/career/ladder")) {
      RevCommit commit = repo.commit("the ladder");

      try (GitLadder base = GitLadder.at(dir.resolve("docs/career/ladder"), "main")) {
        assertThat(base.path()).isEqualTo("docs/career/ladder");
        assertThat(base.description())
            .isEqualTo("main (" + commit.abbreviate(7).name() + "):docs/career/ladder");
        assertThat(READER.read(base).ladder().levels()).hasSize(10);
      }
    }
  }

  @Test
  void a_ladder_root_given_through_a_relative_or_unnormalized_path_is_the_same_ladder() {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      Path roundabout = dir.resolve("ladder/levels/../../ladder/.");

      try (GitLadder base = GitLadder.at(roundabout, "HEAD")) {
        assertThat(base.path()).isEqualTo("ladder");
        assertThat(READER.read(base).problems()).isEmpty();
      }
    }
  }

  @Test
  void a_ladder_at_the_top_of_the_repository_has_no_path() {
    try (TestRepo repo = TestRepo.init(dir).example(".")) {
      RevCommit commit = repo.commit("the ladder");

      try (GitLadder base = GitLadder.at(dir, "HEAD")) {
        assertThat(base.path()).isEmpty();
        assertThat(base.description()).isEqualTo("HEAD (" + commit.abbreviate(7).name() + ")");
        assertThat(READER.read(base).ladder().levels()).hasSize(10);
      }
    }
  }

  @Test
  void a_revision_without_the_ladder_folder_reads_as_a_ladder_without_files() {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("README.md", "a repository before its ladder\n").commit("readme");
      repo.example("ladder").commit("add the ladder");

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD~1")) {
        ReadResult atBase = READER.read(base);

        assertThat(base.exists()).isFalse();
        assertThat(base.entries()).isEmpty();
        assertThat(atBase.ladder().levels()).isEmpty();
        assertThat(atBase.problems())
            .extracting(p -> p.location() + ": " + p.message())
            .containsExactly(
                "ladder.yaml:1:1: ladder.yaml is missing: a ladder root holds one ladder.yaml");
      }
    }
  }

  @Test
  void a_ladder_removed_from_the_work_tree_can_still_be_read_at_a_revision() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      try (var files = Files.walk(dir.resolve("ladder"))) {
        files
            .sorted(java.util.Comparator.reverseOrder())
            .map(Path::toFile)
            .forEach(f -> f.delete());
      }

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(base.path()).isEqualTo("ladder");
        assertThat(READER.read(base).ladder().levels()).hasSize(10);
      }
    }
  }

  @Test
  void a_linked_worktree_reads_from_the_repository_it_belongs_to(@TempDir Path other)
      throws Exception {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      repo.git.branchCreate().setName("feature").call();
      retitle(repo, "Staff Engineer", "Staff Engineer on main");
      repo.commit("retitle on main");
      // What `git worktree add ../wt feature` leaves behind, written out by hand.
      Path admin = dir.resolve(".git/worktrees/wt");
      Path worktree = other.resolve("wt");
      Files.createDirectories(admin);
      Files.createDirectories(worktree.resolve("ladder"));
      Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/feature\n");
      Files.writeString(admin.resolve("commondir"), "../..\n");
      Files.writeString(admin.resolve("gitdir"), worktree.resolve(".git") + "\n");
      Files.writeString(worktree.resolve(".git"), "gitdir: " + admin + "\n");

      try (GitLadder head = GitLadder.at(worktree.resolve("ladder"), "HEAD")) {
        assertThat(head.path()).isEqualTo("ladder");
        assertThat(title(READER.read(head), "staff-engineer")).isEqualTo("Staff Engineer");
      }
      try (GitLadder main = GitLadder.at(worktree.resolve("ladder"), "main")) {
        assertThat(title(READER.read(main), "staff-engineer")).isEqualTo("Staff Engineer on main");
      }
    }
  }

  @Test
  void a_git_file_with_a_relative_path_leads_to_the_repository(@TempDir Path other)
      throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("store")).example("ladder")) {
      repo.commit("the ladder");
    }
    // A work tree whose .git is a file naming the git folder elsewhere, as submodules have.
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("ladder"));
    Files.writeString(checkout.resolve(".git"), "gitdir: ../store/.git\n");

    try (GitLadder base = GitLadder.at(checkout.resolve("ladder"), "HEAD")) {
      assertThat(READER.read(base).ladder().levels()).hasSize(10);
    }
  }

  @Test
  void a_repository_can_be_named_as_its_top_folder_its_git_folder_or_a_bare_clone()
      throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("work")).example("docs/ladder")) {
      repo.commit("the ladder");
    }
    Path bare = dir.resolve("mirror.git");
    Git.cloneRepository()
        .setURI(dir.resolve("work").toUri().toString())
        .setDirectory(bare.toFile())
        .setBare(true)
        .call()
        .close();

    for (Path repository : List.of(dir.resolve("work"), dir.resolve("work/.git"), bare)) {
      try (GitLadder base = GitLadder.in(repository, "docs/ladder", "main")) {
        assertThat(READER.read(base).ladder().levels()).as(repository.toString()).hasSize(10);
        assertThat(base.path()).isEqualTo("docs/ladder");
      }
    }
    try (GitLadder base = GitLadder.in(dir.resolve("work"), "./docs//ladder/", "main")) {
      assertThat(base.path()).isEqualTo("docs/ladder");
    }
  }

  @Test
  void a_repository_the_caller_opened_stays_open_after_the_source_is_closed() throws Exception {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
    }
    try (Repository repository =
        new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).build()) {
      try (GitLadder base = GitLadder.in(repository, "ladder", "HEAD")) {
        assertThat(READER.read(base).ladder().levels()).hasSize(10);
      }
      try (GitLadder again = GitLadder.in(repository, "ladder", "HEAD")) {
        assertThat(READER.read(again).ladder().levels()).hasSize(10);
      }
    }
  }

  @Test
  void a_closed_source_still_lists_but_no_longer_opens_files() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
    }
    GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD");
    base.close();

    assertThat(base.entries()).isNotEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> base.open("ladder.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessage("the git source is closed");
  }

  @Test
  void files_are_read_as_git_stores_them() throws IOException {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.commit("the ladder");
      byte[] stored = Files.readAllBytes(dir.resolve(STAFF));

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD");
          var in = base.open("levels/ic/staff-engineer.yaml")) {
        assertThat(in.readAllBytes()).isEqualTo(stored);
      }
    }
  }

  private static String staffTitle(Path root, String revision) {
    try (GitLadder source = GitLadder.at(root, revision)) {
      return title(READER.read(source), "staff-engineer");
    }
  }

  private static String title(ReadResult result, String id) {
    return result.ladder().levels().stream()
        .filter(l -> l.id().equals(LevelId.of(id)))
        .map(Level::title)
        .findFirst()
        .orElseThrow();
  }

  private static void retitle(TestRepo repo, String from, String to) {
    try {
      Path file = repo.top.resolve(STAFF);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).contains("title: " + from + "\n");
      Files.writeString(file, text.replace("title: " + from + "\n", "title: " + to + "\n"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
