package dev.ladder.validator.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.LadderSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateIndexTest {
  @TempDir Path dir;

  private Path ladder() throws Exception {
    Path root = dir.resolve("ladder");
    Files.createDirectories(root.resolve("levels"));
    Files.writeString(root.resolve("ladder.yaml"), "ladderFormat: 1\n");
    Files.writeString(root.resolve("levels/engineer.yaml"), "id: engineer\n");
    return root;
  }

  private UpToDateIndex.Fingerprint fingerprint(Path root, String settings) {
    return UpToDateIndex.fingerprint(
        LadderReader.standard().snapshot(LadderSource.folder(root)), settings);
  }

  @Test
  void the_same_ladder_and_settings_give_the_same_fingerprint() throws Exception {
    Path root = ladder();
    assertThat(fingerprint(root, "a")).isEqualTo(fingerprint(root, "a"));
    assertThat(fingerprint(root, "a").files()).isEqualTo(2);
  }

  @Test
  void edited_renamed_added_files_and_other_settings_change_the_fingerprint() throws Exception {
    Path root = ladder();
    UpToDateIndex.Fingerprint before = fingerprint(root, "a");
    assertThat(fingerprint(root, "b")).isNotEqualTo(before);

    Files.writeString(root.resolve("levels/engineer.yaml"), "id: engineeR\n"); // same size
    UpToDateIndex.Fingerprint edited = fingerprint(root, "a");
    assertThat(edited).isNotEqualTo(before);

    Files.move(root.resolve("levels/engineer.yaml"), root.resolve("levels/engineer-1.yaml"));
    UpToDateIndex.Fingerprint renamed = fingerprint(root, "a");
    assertThat(renamed).isNotEqualTo(edited);

    Files.writeString(root.resolve("levels/senior.yaml"), "id: senior\n");
    assertThat(fingerprint(root, "a").files()).isEqualTo(3);
  }

  @Test
  void files_the_reader_does_not_read_leave_the_fingerprint_alone() throws Exception {
    Path root = ladder();
    UpToDateIndex.Fingerprint before = fingerprint(root, "a");
    Files.writeString(root.resolve("README.md"), "notes");
    Files.writeString(root.resolve("levels/notes.txt"), "notes");
    assertThat(fingerprint(root, "a")).isEqualTo(before);
  }

  @Test
  void rule_jars_are_part_of_the_code_whatever_the_version() throws Exception {
    Path jar = Files.writeString(dir.resolve("rules.jar"), "a");
    String before = UpToDateIndex.withJars("1.0", List.of(jar));
    assertThat(before).startsWith("1.0|" + jar + ":1:");
    Files.writeString(jar, "ab");
    assertThat(UpToDateIndex.withJars("1.0", List.of(jar))).isNotEqualTo(before);
  }

  @Test
  void the_index_matches_only_what_it_recorded_until_forgotten() throws Exception {
    Path root = ladder();
    UpToDateIndex index = new UpToDateIndex(dir.resolve("target/ladder/ladder-index.properties"));
    UpToDateIndex.Fingerprint now = fingerprint(root, "a");
    assertThat(index.matches(now)).isFalse();

    index.record(now);
    assertThat(index.matches(now)).isTrue();
    assertThat(index.matches(fingerprint(root, "b"))).isFalse();

    index.forget();
    assertThat(index.matches(now)).isFalse();
  }

  @Test
  void a_snapshot_code_version_names_the_jars_a_release_only_its_version() {
    assertThat(UpToDateIndex.codeVersion("1.0", UpToDateIndexTest.class)).isEqualTo("1.0");
    assertThat(UpToDateIndex.codeVersion("1.0-SNAPSHOT", UpToDateIndexTest.class))
        .startsWith("1.0-SNAPSHOT|")
        .contains("test-classes");
  }
}
