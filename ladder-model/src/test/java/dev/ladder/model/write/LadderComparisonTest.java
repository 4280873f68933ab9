package dev.ladder.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Compensation;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.TrackId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LadderComparisonTest {

  private static Level level(String id, String title, String file, String... expectations) {
    LevelId owner = LevelId.of(id);
    List<Expectation> list =
        List.of(expectations).stream()
            .map(
                text ->
                    new Expectation(
                        ExpectationId.slugOf(text),
                        text,
                        DimensionId.of("delivery"),
                        List.of(),
                        owner,
                        SourceRef.root(file).at("expectations", "delivery", 0)))
            .toList();
    return new Level(
        owner,
        title,
        TrackId.of("ic"),
        1,
        Optional.empty(),
        Status.ACTIVE,
        "",
        new Experience(
            Optional.of(new BigDecimal(file.length() % 2 == 0 ? "2.5" : "2.50")), Optional.empty()),
        Map.of(),
        Map.of(),
        Compensation.NONE,
        List.of(),
        Map.of(DimensionId.of("delivery"), list),
        List.of(),
        List.of(),
        List.of(),
        SourceRef.root(file));
  }

  private static Ladder ladder(Level... levels) {
    Ladder.Builder builder = Ladder.builder().id("tiny").name("Tiny");
    List.of(levels).forEach(builder::level);
    return builder.build();
  }

  @Test
  void files_positions_and_the_scale_of_a_number_are_not_content() {
    Ladder a = ladder(level("senior", "Senior", "levels/senior.yaml", "Ships"));
    Ladder b = ladder(level("senior", "Senior", "levels/ic/senior-engineer.yml", "Ships"));

    assertThat(LadderComparison.differences(a, b)).isEmpty();
    assertThat(LadderComparison.sameContent(a, b)).isTrue();
  }

  @Test
  void a_changed_text_is_named_with_the_level_and_the_place() {
    Ladder a = ladder(level("senior", "Senior", "levels/senior.yaml", "Ships", "Plans"));
    Ladder b = ladder(level("senior", "Senior \"II\"", "levels/senior.yaml", "Ships", "Plans\n"));

    assertThat(LadderComparison.differences(a, b))
        .containsExactly(
            "level senior: title: \"Senior\" != \"Senior \\\"II\\\"\"",
            "level senior: expectations.\"delivery\"[1]: {id: \"plans\", text: \"Plans\","
                + " dimension: \"delivery\", refines: [], owner: \"senior\"} != {id: \"plans\","
                + " text: \"Plans\\n\", dimension: \"delivery\", refines: [], owner:"
                + " \"senior\"}");
  }

  @Test
  void a_missing_or_extra_level_is_named() {
    Ladder a = ladder(level("senior", "Senior", "levels/a.yaml"));
    Ladder b = ladder(level("staff", "Staff", "levels/b.yaml"));

    assertThat(LadderComparison.differences(a, b))
        .containsExactly("level senior: missing", "level staff: not expected");
  }

  @Test
  void an_empty_competency_catalogue_is_not_the_same_as_none() {
    Ladder none = Ladder.builder().id("tiny").name("Tiny").build();
    Ladder empty = Ladder.builder().id("tiny").name("Tiny").competencies(List.of()).build();

    assertThat(LadderComparison.differences(none, empty))
        .containsExactly("ladder.yaml: competencies: no catalogue != 0 entries");
  }

  @Test
  void levels_with_a_repeated_id_are_matched_by_content_in_any_order() {
    Level one = level("senior", "Senior", "levels/a.yaml");
    Level two = level("senior", "Senior two", "levels/b.yaml");

    assertThat(LadderComparison.differences(ladder(one, two), ladder(two, one))).isEmpty();
    assertThat(LadderComparison.differences(ladder(one, two), ladder(one, one)))
        .containsExactly(
            "level senior: no level with this id has the content of the one in levels/b.yaml");
    assertThat(LadderComparison.differences(ladder(one, two), ladder(one)))
        .containsExactly("level senior: 2 levels with this id != 1");
  }

  @Test
  void two_levels_compare_alone_too() {
    Level one = level("senior", "Senior", "levels/a.yaml", "Ships");
    Level moved = level("senior", "Senior", "levels/ic/a.yaml", "Ships");

    assertThat(LadderComparison.sameContent(one, moved)).isTrue();
    assertThat(LadderComparison.differences(one, level("senior", "Senior", "levels/a.yaml")))
        .containsExactly(
            "expectations.\"delivery\".size: 1 != 0",
            "expectations.\"delivery\"[0]: {id: \"ships\", text: \"Ships\", dimension:"
                + " \"delivery\", refines: [], owner: \"senior\"} != absent");
  }
}
