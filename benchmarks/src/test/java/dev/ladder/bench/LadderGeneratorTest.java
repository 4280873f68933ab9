package dev.ladder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderGeneratorTest {

  @Test
  void the_same_seed_gives_the_same_bytes() {
    assertThat(LadderGenerator.of(100, 4, 7).files())
        .isEqualTo(LadderGenerator.of(100, 4, 7).files());
  }

  @Test
  void another_seed_gives_other_texts_on_the_same_layout() {
    SortedMap<String, String> a = LadderGenerator.of(40, 4, 1).files();
    SortedMap<String, String> b = LadderGenerator.of(40, 4, 2).files();
    assertThat(a.keySet()).isEqualTo(b.keySet());
    assertThat(a.get("levels/engineering/engineering-1.yaml"))
        .isNotEqualTo(b.get("levels/engineering/engineering-1.yaml"));
  }

  @Test
  void writes_ladder_yaml_and_one_file_per_level_spread_over_the_tracks(@TempDir Path dir)
      throws IOException {
    Path root = LadderGenerator.of(1_000).write(dir.resolve("ladder"));

    assertThat(root.resolve("ladder.yaml")).isRegularFile();
    for (String track : new String[] {"engineering", "data", "security", "management"}) {
      try (var files = Files.list(root.resolve("levels").resolve(track))) {
        assertThat(files.count()).as(track).isEqualTo(250);
      }
    }
    assertThat(Files.readString(root.resolve("levels/engineering/engineering-1.yaml")))
        .isEqualTo(LadderGenerator.of(1_000).files().get("levels/engineering/engineering-1.yaml"));
  }

  @Test
  void every_level_has_five_dimensions_of_ten_expectations() {
    String level = LadderGenerator.of(10).files().get("levels/data/data-2.yaml");

    assertThat(level)
        .contains("extends: data-1\n", "refines: data-1-d5-e10\n")
        .contains("scope-of-knowledge:", "responsibilities:", "technical-leadership:")
        .contains("people-leadership:", "delivery:");
    assertThat(level.split("\n      refines: ", -1)).hasSize(51);
  }

  @Test
  void a_branch_starts_by_extending_a_trunk_level_that_leads_to_it() {
    SortedMap<String, String> files = LadderGenerator.of(100).files();

    assertThat(files.get("levels/management/management-1.yaml"))
        .contains("extends: engineering-18\n");
    assertThat(files.get("levels/engineering/engineering-18.yaml"))
        .contains("next: [engineering-19, management-1]\n");
  }

  @Test
  void a_deep_ladder_reads_without_problems_and_validates_without_any_finding(@TempDir Path dir) {
    Path root = LadderGenerator.of(60).write(dir.resolve("ladder"));

    ReadResult read = LadderReader.standard().read(root);
    assertThat(read.problems()).isEmpty();
    assertThat(read.ladder().levels()).hasSize(60);
    assertThat(read.ladder().stepsUp()).hasSize(59);

    ValidationResult result = Validator.builder().build().validate(root);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.files()).isEqualTo(61);
  }

  @Test
  void a_wide_ladder_validates_without_any_finding_even_with_every_rule_at_error(
      @TempDir Path dir) {
    Path root = LadderGenerator.wide(200).write(dir.resolve("ladder"));

    ValidationResult result =
        Validator.builder()
            .severity("compensation-monotonic", "error")
            .severity("dimension-coverage", "error")
            .severity("placeholder-text", "error")
            .severity("no-progression", "error")
            .severity("near-duplicate", "error")
            .build()
            .validate(root);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.files()).isEqualTo(201);
  }

  @Test
  void a_wide_ladder_has_tracks_of_ten_levels() {
    SortedMap<String, String> files = LadderGenerator.wide(100).files();

    assertThat(files).hasSize(101).containsKey("levels/track-10/track-10-10.yaml");
    assertThat(files.get("ladder.yaml")).contains("  - id: track-10\n");
  }
}
