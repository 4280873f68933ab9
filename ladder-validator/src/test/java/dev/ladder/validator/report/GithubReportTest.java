package dev.ladder.validator.report;

import static dev.ladder.validator.report.ReportFixtures.diagnostic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Severity;
import dev.ladder.validator.Diagnostic;
import org.junit.jupiter.api.Test;

class GithubReportTest {

  @Test
  void format_example_is_an_error_annotation_with_the_hint_on_a_new_line() {
    String lines =
        ReportFixtures.render(
            ReportFormat.GITHUB, ReportFixtures.formatExample(), ReportFixtures.context());

    assertThat(lines)
        .isEqualTo(
            "::error file=ladder/levels/vp.yaml,line=14,col=7,title=expectation-containment::"
                + ReportFixtures.CONTAINMENT_MESSAGE
                + "%0Ahint: "
                + ReportFixtures.CONTAINMENT_HINT
                + "\n");
  }

  @Test
  void warning_stays_warning_and_info_becomes_notice() {
    Diagnostic warning =
        diagnostic("placeholder-text", Severity.WARNING, "ladder/a.yaml", 2, 3, "w");
    Diagnostic info = diagnostic("near-duplicate", Severity.INFO, "ladder/a.yaml", 2, 3, "i");

    assertThat(GithubReport.line(warning, ReportFixtures.context()))
        .isEqualTo("::warning file=ladder/a.yaml,line=2,col=3,title=placeholder-text::w");
    assertThat(GithubReport.line(info, ReportFixtures.context()))
        .isEqualTo("::notice file=ladder/a.yaml,line=2,col=3,title=near-duplicate::i");
  }

  @Test
  void data_escapes_percent_and_line_breaks_and_properties_also_colon_and_comma() {
    Diagnostic d =
        diagnostic(
            "placeholder-text",
            Severity.ERROR,
            "ladder/levels/a,b:c%.yaml",
            1,
            1,
            "100% done,\r\nreally: yes");

    assertThat(GithubReport.line(d, ReportFixtures.context()))
        .isEqualTo(
            "::error file=ladder/levels/a%2Cb%3Ac%25.yaml,line=1,col=1,title=placeholder-text::"
                + "100%25 done,%0D%0Areally: yes");
  }

  @Test
  void files_get_the_repository_prefix() {
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("1.2.3")).pathPrefix("./careers").build();
    Diagnostic d = diagnostic("schema", Severity.ERROR, "ladder/ladder.yaml", 1, 1, "m");

    assertThat(GithubReport.line(d, context))
        .startsWith("::error file=careers/ladder/ladder.yaml,");
  }

  @Test
  void a_clean_ladder_prints_nothing() {
    assertThat(
            ReportFixtures.render(
                ReportFormat.GITHUB, ReportFixtures.clean(), ReportFixtures.context()))
        .isEmpty();
  }
}
