package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  @TempDir Path dir;

  private ImportResult importCsv(String name, String csv) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return Sheets.importLadder(file, ImportOptions.defaults());
  }

  private static List<String> own(Ladder ladder, String level) {
    return ladder.level(LevelId.of(level)).orElseThrow().ownExpectations().stream()
        .map(Expectation::text)
        .toList();
  }

  @Test
  void a_csv_file_is_one_track_named_by_the_file_with_levels_in_rank_order() throws Exception {
    ImportResult result =
        importCsv(
            "ic.csv",
            "Dimension,Engineer,Senior Engineer\n"
                + "Delivery,\"Ships small changes\nWrites tests\",\"Ships small changes\nWrites tests\nPlans projects\"\n");
    assertThat(result.findings()).isEmpty();
    Ladder ladder = result.ladder().orElseThrow();
    assertThat(ladder.id()).isEqualTo("ic");
    assertThat(ladder.tracks())
        .extracting(t -> t.id().value() + " " + t.name())
        .containsExactly("ic ic");
    assertThat(ladder.dimensions())
        .extracting(d -> d.id().value() + " " + d.name())
        .containsExactly("delivery Delivery");
    Level senior = ladder.level(LevelId.of("senior-engineer")).orElseThrow();
    assertThat(senior.rank()).isEqualTo(2);
    assertThat(senior.parent()).contains(LevelId.of("engineer"));
    // Repeated word for word: inherited, not copied.
    assertThat(own(ladder, "senior-engineer")).containsExactly("Plans projects");
    assertThat(ladder.effective(senior).ids())
        .extracting(ExpectationId::value)
        .containsExactly("ships-small-changes", "writes-tests", "plans-projects");
  }

  @Test
  void a_confident_rewording_gets_refines_and_is_listed_with_its_score() throws Exception {
    ImportResult result =
        importCsv(
            "management.csv",
            "Dimension,Engineering Manager,Senior Engineering Manager\n"
                + "Delivery,Runs the weekly planning meeting,Runs the weekly planning and the quarterly review meeting\n");
    assertThat(result.decisions()).isEmpty();
    assertThat(result.guesses()).hasSize(1);
    RefinesGuess guess = result.guesses().get(0);
    assertThat(guess.toString())
        .isEqualTo(
            "management!C2: 'runs-the-weekly-planning-and-the-quarterly-review-meeting' (\"Runs the weekly planning and the quarterly review meeting\") refines 'runs-the-weekly-planning-meeting' (\"Runs the weekly planning meeting\"), similarity 0.86");
    Expectation refined =
        result
            .ladder()
            .orElseThrow()
            .level(LevelId.of("senior-engineering-manager"))
            .orElseThrow()
            .ownExpectations()
            .get(0);
    assertThat(refined.refines())
        .containsExactly(ExpectationId.of("runs-the-weekly-planning-meeting"));
  }

  @Test
  void a_dropped_expectation_names_the_cell_that_needs_a_decision_and_the_ladder_still_validates()
      throws Exception {
    ImportResult result =
        importCsv(
            "IC.csv",
            "Dimension,Engineer,Senior,Staff\n"
                + "Scope of knowledge,Knows the codebase,Knows the codebase,Knows the codebase\n"
                + "Delivery,Estimates own tasks,\"Estimates own tasks\nPlans projects\",Plans projects\n");
    assertThat(result.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.where()).isEqualTo("IC!D3");
              assertThat(d.message())
                  .startsWith(
                      "Staff drops 'estimates-own-tasks' (\"Estimates own tasks\") that Senior expects in Delivery");
            });
    Level staff = result.ladder().orElseThrow().level(LevelId.of("staff")).orElseThrow();
    assertThat(staff.retires())
        .extracting(r -> r.expectation().value())
        .containsExactly("estimates-own-tasks");
    assertThat(staff.retires().get(0).reason()).contains("IC!D3").contains("to be decided");

    Path root = dir.resolve("ladder");
    result.write(root);
    assertThat(Validator.builder().build().validate(root, root).diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("expectation-containment");
  }

  @Test
  void the_exported_sheet_of_a_ladder_whose_higher_level_drops_an_expectation_names_that_cell()
      throws Exception {
    // Built without extends: the Senior level simply does not have what the Engineer level has.
    Ladder dropping =
        LadderFixtures.oneTrack(
            "IC",
            List.of("Engineer", "Senior"),
            List.of(
                List.of("Writes tests", "Estimates own tasks"),
                List.of("Writes tests", "Mentors engineers")));
    Path xlsx = dir.resolve("dropping.xlsx");
    Sheets.export(dropping, SheetFormat.XLSX, xlsx);
    ImportResult result = Sheets.importLadder(xlsx, ImportOptions.defaults());
    assertThat(result.decisions()).extracting(SheetFinding::where).containsExactly("IC!C3");
    assertThat(result.decisions().get(0).toString())
        .startsWith("dropping.xlsx: IC!C3: warning: Senior drops 'estimates-own-tasks'");
  }

  @Test
  void a_rewording_below_the_confident_score_is_a_decision_that_names_what_took_its_place()
      throws Exception {
    ImportResult result =
        importCsv(
            "ic.csv",
            "Dimension,Engineer,Senior\n"
                + "Delivery,Owns the budget of their team,Owns the hiring plan of their team\n");
    assertThat(result.guesses()).isEmpty();
    assertThat(result.decisions())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .contains(
                        "C2 now holds 'owns-the-hiring-plan-of-their-team': the import retires it"));
  }

  @Test
  void an_empty_first_column_continues_the_dimension_above_and_bullets_are_taken_off()
      throws Exception {
    ImportResult result =
        importCsv(
            "ic.csv",
            "Dimension,Engineer\n"
                + "Delivery,\u2022 Ships small changes\n"
                + ",- Writes tests\n"
                + "People,* Asks for feedback\n");
    Ladder ladder = result.ladder().orElseThrow();
    Level engineer = ladder.level(LevelId.of("engineer")).orElseThrow();
    assertThat(engineer.expectations().get(DimensionId.of("delivery")))
        .extracting(Expectation::text)
        .containsExactly("Ships small changes", "Writes tests");
    assertThat(engineer.expectations().get(DimensionId.of("people")))
        .extracting(Expectation::text)
        .containsExactly("Asks for feedback");
  }

  @Test
  void ids_are_slugs_made_unique_where_two_dimensions_or_two_tracks_use_one() throws Exception {
    Path xlsx =
        Workbooks.create()
            .sheet(
                "IC",
                List.of(
                    List.of("Dimension", "Senior"),
                    List.of("Delivery", "Reviews designs"),
                    List.of("Craft", "Reviews designs")))
            .sheet(
                "Data",
                List.of(List.of("Dimension", "Senior"), List.of("Delivery", "Reviews designs")))
            .write(dir.resolve("ladder.xlsx"));
    ImportResult result = Sheets.importLadder(xlsx, ImportOptions.defaults());
    Ladder ladder = result.ladder().orElseThrow();
    assertThat(ladder.levels())
        .extracting(l -> l.id().value())
        .containsExactlyInAnyOrder("senior", "data-senior");
    assertThat(result.findings())
        .extracting(SheetFinding::toString)
        .containsExactly(
            "ladder.xlsx: Data!B1: warning: another column already has a level 'senior'; this one is 'data-senior' [duplicate-level]");
    assertThat(ladder.level(LevelId.of("senior")).orElseThrow().ownExpectations())
        .extracting(e -> e.id().value())
        .containsExactly("reviews-designs", "reviews-designs-craft");
  }

  @Test
  void the_hand_made_example_sheet_imports_to_a_ladder_that_validates() throws Exception {
    Path sheet = Path.of("../examples/spreadsheets/hand-made-ladder.xlsx");
    ImportResult result = Sheets.importLadder(sheet, ImportOptions.defaults());
    assertThat(result.hasErrors()).isFalse();
    Path root = dir.resolve("ladder");
    result.write(root);
    assertThat(Validator.builder().build().validate(root, root).diagnostics())
        .extracting(d -> d.rule() + " " + d.message())
        .filteredOn(s -> s.startsWith("expectation-containment"))
        .isEmpty();
    assertThat(Arrays.stream(result.guesses().toArray())).isNotEmpty();
  }
}
