package dev.ladder.git;

import static dev.ladder.git.TestRepo.TreeEntry.file;
import static dev.ladder.git.TestRepo.TreeEntry.link;
import static dev.ladder.git.TestRepo.TreeEntry.submodule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.LadderSource.Entry;
import dev.ladder.model.read.LadderSource.Kind;
import dev.ladder.model.read.Limits;
import dev.ladder.model.read.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLadderSecurityTest {
  private static final LadderReader READER = LadderReader.standard();
  private static final String ENGINEER_1 = "engineer-1.yaml";

  @TempDir Path dir;

  @Test
  void links_in_a_commit_read_as_the_same_links_in_its_checkout() {
    try (TestRepo repo = TestRepo.init(dir).example("ladder")) {
      repo.write("secret.yaml", "id: secret\n")
          .write("ladder/shared/level.yaml", "id: [\n")
          .link("ladder/levels/inside.yaml", "ic/" + ENGINEER_1)
          .link("ladder/levels/chain.yaml", "inside.yaml")
          .link("ladder/levels/roundabout.yaml", "../../ladder/levels/ic/" + ENGINEER_1)
          .link("ladder/levels/outside.yaml", "../../secret.yaml")
          .link("ladder/levels/absolute.yaml", "/etc/passwd")
          .link("ladder/levels/gone.yaml", "nowhere.yaml")
          .link("ladder/levels/through-a-file.yaml", "inside.yaml/x")
          .link("ladder/levels/loop-a.yaml", "loop-b.yaml")
          .link("ladder/levels/loop-b.yaml", "loop-a.yaml")
          .link("ladder/levels/shared", "../shared")
          .link("ladder/levels/up", "../..")
          .link("ladder/levels/root.yaml", "..");
      repo.commit("links");
      Path root = dir.resolve("ladder");

      try (GitLadder base = GitLadder.at(root, "HEAD")) {
        ReadResult fromFolder = READER.read(root);
        ReadResult atHead = READER.read(base);

        assertThat(kinds(base)).isEqualTo(kinds(LadderSource.folder(root)));
        assertThat(atHead.problems()).isEqualTo(fromFolder.problems());
        assertThat(atHead.files()).isEqualTo(fromFolder.files());
        assertThat(atHead.ladder().levels()).isEqualTo(fromFolder.ladder().levels());
        assertThat(kinds(base))
            .containsEntry("levels/inside.yaml", "FILE")
            .containsEntry("levels/chain.yaml", "FILE")
            .containsEntry("levels/roundabout.yaml", "FILE")
            .containsEntry("levels/outside.yaml", "LINK_OUTSIDE")
            .containsEntry("levels/absolute.yaml", "LINK_OUTSIDE")
            .containsEntry("levels/gone.yaml", "BROKEN_LINK")
            .containsEntry("levels/through-a-file.yaml", "BROKEN_LINK")
            .containsEntry("levels/loop-a.yaml", "BROKEN_LINK")
            .containsEntry("levels/shared", "FOLDER")
            .containsEntry("levels/up", "LINK_OUTSIDE")
            .containsEntry("levels/root.yaml", "FOLDER")
            .doesNotContainKey("levels/shared/level.yaml");
      }
    }
  }

  @Test
  void a_linked_levels_folder_is_read_when_it_stays_inside_the_root() {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("ladder/ladder.yaml", read(TestRepo.EXAMPLE.resolve("ladder.yaml")))
          .write(
              "ladder/ranks/ic/" + ENGINEER_1,
              read(TestRepo.EXAMPLE.resolve("levels/ic/" + ENGINEER_1)))
          .link("ladder/levels", "ranks")
          .write("elsewhere/levels/x.yaml", "id: x\n")
          .write("outside/ladder.yaml", "id: outside\n")
          .link("outside/levels", "../elsewhere/levels");
      repo.commit("linked levels");

      for (String root : List.of("ladder", "outside")) {
        try (GitLadder base = GitLadder.at(dir.resolve(root), "HEAD")) {
          assertThat(READER.read(base).problems())
              .as(root)
              .isEqualTo(READER.read(dir.resolve(root)).problems());
          assertThat(kinds(base)).as(root).isEqualTo(kinds(LadderSource.folder(dir.resolve(root))));
        }
      }
      try (GitLadder inside = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(kinds(inside)).containsEntry("levels/ic/" + ENGINEER_1, "FILE");
      }
    }
  }

  @Test
  void a_ladder_root_reached_through_a_link_at_the_revision_is_read_where_it_leads() {
    try (TestRepo repo = TestRepo.init(dir)) {
      Map<String, TestRepo.TreeEntry> tree = withPrefix("config/ladder", TestRepo.exampleTree(""));
      tree.put("ladder", link("config/ladder"));
      repo.commitTree("a link to the ladder", tree);

      try (GitLadder base = GitLadder.in(dir, "ladder", "HEAD")) {
        assertThat(base.exists()).isTrue();
        assertThat(READER.read(base).ladder().levels()).hasSize(10);
      }
    }
  }

  @Test
  void a_submodule_is_another_kind_of_entry_and_never_read() {
    try (TestRepo repo = TestRepo.init(dir)) {
      Map<String, TestRepo.TreeEntry> tree = TestRepo.exampleTree("ladder");
      String someCommit = "3f2c1ab0000000000000000000000000000000aa";
      tree.put("ladder/levels/vendor.yaml", submodule(someCommit));
      tree.put("ladder/levels/vendor/x", submodule(someCommit));
      tree.put("ladder/levels/to-vendor.yaml", link("vendor.yaml"));
      tree.put("ladder/levels/into-vendor.yaml", link("vendor/x/level.yaml"));
      repo.commitTree("a submodule", tree);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(kinds(base))
            .containsEntry("levels/vendor.yaml", "OTHER")
            .containsEntry("levels/vendor", "FOLDER")
            .containsEntry("levels/vendor/x", "OTHER")
            .containsEntry("levels/to-vendor.yaml", "OTHER")
            .containsEntry("levels/into-vendor.yaml", "BROKEN_LINK");
        assertThat(messages(READER.read(base)))
            .containsExactly(
                "levels/into-vendor.yaml:1:1: 'levels/into-vendor.yaml' is a symbolic link that"
                    + " leads nowhere; not read",
                "levels/to-vendor.yaml:1:1: not a regular file; not read",
                "levels/vendor.yaml:1:1: not a regular file; not read");
      }
    }
  }

  @Test
  void a_blob_beyond_the_size_limit_is_refused_by_its_size_and_never_opened() {
    try (TestRepo repo = TestRepo.init(dir)) {
      Map<String, TestRepo.TreeEntry> tree = TestRepo.exampleTree("ladder");
      byte[] huge = new byte[2 << 20];
      Arrays.fill(huge, (byte) 'a');
      tree.put("ladder/levels/huge.yaml", file(huge));
      tree.put("ladder/levels/huge-link.yaml", link("huge.yaml"));
      repo.commitTree("a 2 MiB level", tree);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        List<String> opened = new ArrayList<>();
        ReadResult result = READER.read(recordingOpens(base, opened));

        assertThat(base.entries()).contains(Entry.file("levels/huge.yaml", 2 << 20));
        assertThat(messages(result))
            .containsExactly(
                "levels/huge-link.yaml:1:1: the file is 2097152 bytes, more than the limit of"
                    + " 1048576 bytes; not read",
                "levels/huge.yaml:1:1: the file is 2097152 bytes, more than the limit of 1048576"
                    + " bytes; not read");
        assertThat(opened).hasSize(11).doesNotContain("levels/huge.yaml", "levels/huge-link.yaml");
      }
    }
  }

  @Test
  void a_billion_laughs_or_malformed_file_is_the_readers_problem_as_for_any_source() {
    String laughs =
        "id: lol\n"
            + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
    byte[] notUtf8 = {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    try (TestRepo repo = TestRepo.init(dir)) {
      Map<String, TestRepo.TreeEntry> tree = TestRepo.exampleTree("ladder");
      tree.put("ladder/levels/laughs.yaml", file(laughs));
      tree.put("ladder/levels/broken.json", file("{\"id\": "));
      tree.put("ladder/levels/latin1.yaml", file(notUtf8));
      repo.commitTree("hostile files", tree);
      Map<String, byte[]> same = new TreeMap<>(TestRepo.files(TestRepo.EXAMPLE));
      same.put("levels/laughs.yaml", laughs.getBytes(StandardCharsets.UTF_8));
      same.put("levels/broken.json", "{\"id\": ".getBytes(StandardCharsets.UTF_8));
      same.put("levels/latin1.yaml", notUtf8);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        ReadResult atHead = READER.read(base);

        assertThat(atHead.problems()).isEqualTo(READER.read(LadderSource.of(same)).problems());
        assertThat(messages(atHead))
            .hasSize(3)
            .anySatisfy(m -> assertThat(m).startsWith("levels/laughs.yaml:2:4: "))
            .anySatisfy(m -> assertThat(m).startsWith("levels/broken.json:1:"))
            .anySatisfy(m -> assertThat(m).startsWith("levels/latin1.yaml:1:5: "));
      }
    }
  }

  @Test
  void names_git_refuses_are_never_walked_nor_opened() throws IOException {
    try (TestRepo repo = TestRepo.init(dir);
        ObjectInserter inserter = repo.repository().newObjectInserter()) {
      ObjectId level =
          inserter.insert(Constants.OBJ_BLOB, "id: [\n".getBytes(StandardCharsets.UTF_8));
      TreeFormatter inner = new TreeFormatter();
      inner.append("x.yaml", FileMode.REGULAR_FILE, level);
      ObjectId innerTree = inserter.insert(inner);
      TreeFormatter levels = new TreeFormatter();
      levels.append("..", FileMode.TREE, innerTree);
      levels.append("a.yaml", FileMode.REGULAR_FILE, level);
      levels.append("sub/dir.yaml", FileMode.REGULAR_FILE, level);
      ObjectId levelsTree = inserter.insert(levels);
      TreeFormatter ladder = new TreeFormatter();
      ladder.append(
          "ladder.yaml",
          FileMode.REGULAR_FILE,
          inserter.insert(
              Constants.OBJ_BLOB, Files.readAllBytes(TestRepo.EXAMPLE.resolve("ladder.yaml"))));
      ladder.append("levels", FileMode.TREE, levelsTree);
      TreeFormatter top = new TreeFormatter();
      top.append("ladder", FileMode.TREE, inserter.insert(ladder));
      repo.commitOf("crafted names", inserter.insert(top), inserter);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(kinds(base))
            .containsEntry("levels/..", "OTHER")
            .containsEntry("levels/sub/dir.yaml", "OTHER")
            .containsEntry("levels/a.yaml", "FILE")
            .doesNotContainKey("levels/../x.yaml");
        assertThat(messages(READER.read(base)))
            .contains("levels/sub/dir.yaml:1:1: not a regular file; not read")
            .noneMatch(m -> m.startsWith("levels/../"));
      }
    }
  }

  @Test
  void a_small_tree_that_names_a_great_many_files_is_listed_only_so_far() throws IOException {
    try (TestRepo repo = TestRepo.init(dir);
        ObjectInserter inserter = repo.repository().newObjectInserter()) {
      // Ten names for one subtree, six deep: 10^6 paths from a handful of objects.
      ObjectId level =
          inserter.insert(Constants.OBJ_BLOB, "id: x\n".getBytes(StandardCharsets.UTF_8));
      TreeFormatter files = new TreeFormatter();
      for (int i = 0; i < 10; i++) {
        files.append("f" + i + ".yaml", FileMode.REGULAR_FILE, level);
      }
      ObjectId tree = inserter.insert(files);
      for (int depth = 0; depth < 5; depth++) {
        TreeFormatter folders = new TreeFormatter();
        for (int i = 0; i < 10; i++) {
          folders.append("d" + i, FileMode.TREE, tree);
        }
        tree = inserter.insert(folders);
      }
      TreeFormatter ladder = new TreeFormatter();
      ladder.append("ladder.yaml", FileMode.REGULAR_FILE, level);
      ladder.append("levels", FileMode.TREE, tree);
      TreeFormatter top = new TreeFormatter();
      top.append("ladder", FileMode.TREE, inserter.insert(ladder));
      repo.commitOf("a tree bomb", inserter.insert(top), inserter);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(base.entries()).hasSize(RevisionTree.MAX_ENTRIES + 3);
        assertThat(base.entries()).contains(Entry.of("levels", Kind.UNREADABLE));
        // a reader that reads few files, so that the test spends its time on the listing
        LadderReader few = LadderReader.withLimits(new Limits(1 << 20, 10, 32, 10_000, 100_000));
        assertThat(messages(few.read(base)))
            .contains("levels:1:1: the levels folder could not be listed");
      }
    }
  }

  @Test
  void a_link_whose_text_is_longer_than_any_path_leads_nowhere() {
    try (TestRepo repo = TestRepo.init(dir)) {
      Map<String, TestRepo.TreeEntry> tree = TestRepo.exampleTree("ladder");
      tree.put("ladder/levels/long.yaml", link("a/".repeat(3000) + "x.yaml"));
      tree.put(
          "ladder/levels/nul.yaml",
          new TestRepo.TreeEntry(FileMode.SYMLINK, new byte[] {'a', 0}, null));
      tree.put("ladder/levels/empty.yaml", link(""));
      repo.commitTree("odd links", tree);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(kinds(base))
            .containsEntry("levels/long.yaml", "BROKEN_LINK")
            .containsEntry("levels/nul.yaml", "BROKEN_LINK")
            .containsEntry("levels/empty.yaml", "BROKEN_LINK");
      }
    }
  }

  @Test
  void forty_links_in_a_row_are_followed_and_forty_one_are_a_loop() {
    try (TestRepo repo = TestRepo.init(dir)) {
      Map<String, TestRepo.TreeEntry> tree = TestRepo.exampleTree("ladder");
      for (int i = 1; i <= 41; i++) {
        String next = i == 1 ? "ic/" + ENGINEER_1 : "hop" + (i - 1) + ".yaml";
        tree.put("ladder/levels/hop" + i + ".yaml", link(next));
      }
      repo.commitTree("a chain of links", tree);

      try (GitLadder base = GitLadder.at(dir.resolve("ladder"), "HEAD")) {
        assertThat(kinds(base))
            .containsEntry("levels/hop40.yaml", "FILE")
            .containsEntry("levels/hop41.yaml", "BROKEN_LINK");
      }
    }
  }

  private static Map<String, TestRepo.TreeEntry> withPrefix(
      String prefix, Map<String, TestRepo.TreeEntry> tree) {
    Map<String, TestRepo.TreeEntry> moved = new TreeMap<>();
    tree.forEach((path, entry) -> moved.put(prefix + path, entry));
    return moved;
  }

  /** Each entry's name to its kind, as the reader sees them. */
  private static Map<String, String> kinds(LadderSource source) {
    try {
      return source.entries().stream()
          .collect(Collectors.toMap(Entry::name, e -> e.kind().name(), (a, b) -> a, TreeMap::new));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> messages(ReadResult result) {
    return result.problems().stream().map(p -> p.location() + ": " + p.message()).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The source, writing down each file the reader opens. */
  private static LadderSource recordingOpens(LadderSource source, List<String> opened) {
    return new LadderSource() {
      @Override
      public String description() {
        return source.description();
      }

      @Override
      public List<Entry> entries() throws IOException {
        return source.entries();
      }

      @Override
      public InputStream open(String name) throws IOException {
        opened.add(name);
        return source.open(name);
      }
    };
  }
}
