package dev.ladder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.LadderChanges;
import dev.ladder.model.LevelChange;
import dev.ladder.model.LevelChanges;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.Validator;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisedLadderTest {
  private static final SortedMap<String, String> BASE = LadderGenerator.of(200).files();

  @Test
  void one_level_file_in_twenty_is_edited() {
    assertThat(RevisedLadder.edited(BASE)).isEqualTo(10);
    assertThat(RevisedLadder.of(BASE).keySet()).isEqualTo(BASE.keySet());
  }

  @Test
  void the_head_validates_without_any_finding(@TempDir Path dir) {
    // (The reader has one YAML parser since the fast path was removed: nothing else to check.)
    Path root = RevisedLadder.write(RevisedLadder.of(BASE), dir.resolve("ladder"));

    assertThat(Validator.builder().build().validate(root).diagnostics()).isEmpty();
  }

  @Test
  void each_edited_level_has_one_expectation_reworded_in_each_dimension(@TempDir Path dir) {
    ReadResult base = LadderReader.standard().read(RevisedLadder.write(BASE, dir.resolve("b")));
    ReadResult head =
        LadderReader.standard().read(RevisedLadder.write(RevisedLadder.of(BASE), dir.resolve("h")));

    LadderChanges changes = LadderChanges.between(base.ladder(), head.ladder());

    assertThat(changes.levels()).hasSize(10);
    assertThat(changes.count(LevelChanges.Change.CHANGED)).isEqualTo(10);
    for (LevelChanges level : changes.levels()) {
      assertThat(level.changes())
          .hasSize(LadderGenerator.DIMENSIONS)
          .allSatisfy(
              c -> {
                assertThat(c.kind()).isEqualTo(LevelChange.Kind.EXPECTATION_REWORDED);
                assertThat(c.to().orElseThrow()).endsWith(", reviewed each quarter");
                assertThat(c.inherited()).isFalse();
              });
    }
  }
}
