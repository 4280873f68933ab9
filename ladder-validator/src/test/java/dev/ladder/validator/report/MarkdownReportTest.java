package dev.ladder.validator.report;

import static dev.ladder.validator.report.ReportFixtures.diagnostic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Severity;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static String markdown(ValidationResult result, ReportContext context) {
    return ReportFixtures.render(ReportFormat.MARKDOWN, result, context);
  }

  private static List<String> rows(String markdown) {
    return markdown
        .lines()
        .filter(l -> l.startsWith("| ") && !l.startsWith("| ---"))
        .skip(1)
        .toList();
  }

  @Test
  void a_clean_ladder_says_no_findings_and_has_no_table() {
    assertThat(markdown(ReportFixtures.clean(), ReportFixtures.context()))
        .isEqualTo(
            "### ladder: acme-engineering\n\n"
                + "0 errors, 0 warnings, 0 infos in 12 files.\n\n"
                + "No findings.\n");
  }

  @Test
  void a_finding_row_links_its_rule_docs_and_plain_location_without_a_file_link_base() {
    String md = markdown(ReportFixtures.formatExample(), ReportFixtures.context());

    assertThat(md)
        .startsWith(
            "### ladder: acme-engineering\n\n**1 error**, 0 warnings, 0 infos in 12 files.\n\n");
    assertThat(md)
        .contains("| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n");
    assertThat(rows(md))
        .containsExactly(
            "| error"
                + " | [expectation-containment](https://github.com/ladder-dev/ladder/blob/main/docs/rules/expectation-containment.md)"
                + " | ladder/levels/vp.yaml:14"
                + " | "
                + ReportFixtures.CONTAINMENT_MESSAGE
                + "<br>hint: did you mean 'external-communication' (\"Cross-functional and external"
                + " communication\")? mark it `refines: cross-functional-communication` |");
  }

  @Test
  void locations_link_to_the_file_and_line_given_a_file_link_base() {
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("1.2.3"))
            .fileLinkBase("https://github.com/acme/ladder/blob/abc123")
            .pathPrefix("careers/")
            .docsBaseUri("https://example.org/ladder")
            .build();

    String md = markdown(ReportFixtures.formatExample(), context);

    assertThat(md)
        .contains(
            "| [expectation-containment](https://example.org/ladder/docs/rules/expectation-containment.md)"
                + " | [careers/ladder/levels/vp.yaml:14](https://github.com/acme/ladder/blob/abc123/careers/ladder/levels/vp.yaml#L14) |");
  }

  @Test
  void pipes_line_breaks_and_html_in_cells_cannot_break_the_table() {
    ValidationResult result =
        ReportFixtures.result(
            "acme|ladder",
            1,
            List.of(
                diagnostic(
                    "placeholder-text",
                    Severity.WARNING,
                    "ladder/levels/a.yaml",
                    4,
                    2,
                    "title 'A | B' is\nTBD <script>x</script> & more\\",
                    "line one\r\nline two")));

    String md = markdown(result, ReportFixtures.context());

    assertThat(md).startsWith("### ladder: acme\\|ladder\n");
    assertThat(rows(md)).hasSize(1);
    assertThat(rows(md).get(0))
        .endsWith(
            " | title 'A \\| B' is<br>TBD &lt;script&gt;x&lt;/script&gt; &amp; more\\\\"
                + "<br>hint: line one<br>line two |");
  }

  @Test
  void a_rule_without_docs_is_not_linked() {
    ValidationResult result =
        ReportFixtures.result(
            "acme",
            1,
            List.of(
                diagnostic("acme-house-style", Severity.INFO, "ladder/levels/a.yaml", 1, 1, "m")));

    assertThat(rows(markdown(result, ReportFixtures.context())))
        .containsExactly("| info | acme-house-style | ladder/levels/a.yaml:1 | m |");
  }

  @Test
  void the_table_stops_at_the_row_limit_and_says_how_many_more() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= MarkdownReport.MAX_ROWS + 3; i++) {
      many.add(
          diagnostic("placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", i, 1, "TBD"));
    }

    String md = markdown(ReportFixtures.result("acme", 1, many), ReportFixtures.context());

    assertThat(rows(md)).hasSize(MarkdownReport.MAX_ROWS);
    assertThat(md).contains("**203 warnings**");
    assertThat(md).endsWith("| TBD |\n\n_and 3 more findings, in the full report._\n");
  }
}
