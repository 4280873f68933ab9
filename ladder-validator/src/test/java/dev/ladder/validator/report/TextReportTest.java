package dev.ladder.validator.report;

import static dev.ladder.validator.report.ReportFixtures.diagnostic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Severity;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void format_example_is_written_byte_for_byte_as_format_md_shows_it() {
    String text =
        ReportFixtures.render(
            ReportFormat.TEXT, ReportFixtures.formatExample(), ReportFixtures.context());

    assertThat(text).isEqualTo(ReportFixtures.resource("format-example.txt"));
  }

  @Test
  void mixed_findings_are_sorted_with_hint_lines_only_where_there_is_a_hint() {
    String text =
        ReportFixtures.render(ReportFormat.TEXT, ReportFixtures.mixed(), ReportFixtures.context());

    assertThat(text).isEqualTo(ReportFixtures.resource("mixed.txt"));
  }

  @Test
  void line_is_file_line_column_severity_message_and_rule_id() {
    Diagnostic d = ReportFixtures.formatExample().diagnostics().get(0);

    assertThat(TextReport.line(d))
        .isEqualTo(
            "ladder/levels/vp.yaml:14:7: error: "
                + ReportFixtures.CONTAINMENT_MESSAGE
                + " [expectation-containment]");
    assertThat(TextReport.hintLine(d)).contains("    hint: " + ReportFixtures.CONTAINMENT_HINT);
  }

  @Test
  void a_finding_without_hint_has_no_hint_line() {
    Diagnostic d =
        diagnostic("placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 1, 1, "x");

    assertThat(TextReport.hintLine(d)).isEmpty();
  }

  @Test
  void summary_counts_use_singular_for_one_and_plural_otherwise() {
    assertThat(TextReport.summary(ReportFixtures.clean()))
        .isEqualTo("ladder: 0 errors, 0 warnings, 0 infos in 12 files");
    assertThat(TextReport.summary(ReportFixtures.mixed()))
        .isEqualTo("ladder: 2 errors, 1 warning, 1 info in 1 file");

    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      many.add(diagnostic("near-duplicate", Severity.INFO, "ladder/levels/a.yaml", i, 1, "i"));
      many.add(diagnostic("placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", i, 1, "w"));
    }
    assertThat(TextReport.summary(new ValidationResult("x", 0, many)))
        .isEqualTo("ladder: 0 errors, 2 warnings, 2 infos in 0 files");
  }

  @Test
  void a_line_break_in_a_message_or_hint_does_not_split_the_finding() {
    Diagnostic d =
        diagnostic(
            "placeholder-text",
            Severity.WARNING,
            "ladder/levels/a.yaml",
            3,
            9,
            "Level 'Senior\r\nEngineer' says TBD",
            "write\nwhat is expected");

    assertThat(TextReport.line(d))
        .isEqualTo(
            "ladder/levels/a.yaml:3:9: warning: Level 'Senior Engineer' says TBD [placeholder-text]");
    assertThat(TextReport.hintLine(d)).contains("    hint: write what is expected");
  }

  @Test
  void a_clean_ladder_prints_only_the_summary() {
    String text =
        ReportFixtures.render(ReportFormat.TEXT, ReportFixtures.clean(), ReportFixtures.context());

    assertThat(text).isEqualTo("ladder: 0 errors, 0 warnings, 0 infos in 12 files\n");
  }
}
