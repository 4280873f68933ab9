package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContainmentHintTest {
  private static final Path INSERTED =
      RuleFixturesTest.FIXTURES.resolve("expectation-containment/inserted-words");

  @Test
  void a_rewording_that_inserts_words_is_the_hint_even_beside_a_neighbour_closer_by_edits() {
    ValidationResult result = Validator.builder().build().validate(INSERTED, INSERTED);
    assertThat(result.diagnostics())
        .extracting(d -> d.file() + ":" + d.line() + " " + d.hint().orElse(""))
        .containsExactly(
            "levels/director-engineering.yaml:12 did you mean"
                + " 'writes-the-monthly-engineering-update-and-the-yearly-report-to-the-board-on-hiring-retention-and-spend'"
                + " (\"Writes the monthly engineering update and the yearly report to the board on"
                + " hiring, retention and spend\")? mark it `refines: writes-the-monthly-engineering-update`",
            "levels/senior-engineering-manager.yaml:11 did you mean"
                + " 'runs-the-weekly-planning-and-the-quarterly-review-meeting'"
                + " (\"Runs the weekly planning and the quarterly review meeting\")? mark it"
                + " `refines: runs-the-weekly-planning-meeting`");
  }
}
