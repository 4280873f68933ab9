package dev.ladder.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void names_parse_ignoring_case_and_blanks() {
    assertThat(ReportFormat.parse("sarif")).contains(ReportFormat.SARIF);
    assertThat(ReportFormat.parse(" JUnit ")).contains(ReportFormat.JUNIT);
    assertThat(ReportFormat.parse("Markdown")).contains(ReportFormat.MARKDOWN);
  }

  @Test
  void unknown_names_are_empty_so_the_caller_can_list_the_known_ones() {
    assertThat(ReportFormat.parse("html")).isEmpty();
    assertThat(ReportFormat.parse("")).isEmpty();
    assertThat(ReportFormat.parse(null)).isEmpty();
    assertThat(ReportFormat.names()).isEqualTo("text, json, sarif, junit, markdown, github");
  }

  @Test
  void file_names_are_those_of_format_md_and_console_formats_have_none() {
    assertThat(ReportFormat.JSON.fileName()).contains("ladder-report.json");
    assertThat(ReportFormat.SARIF.fileName()).contains("ladder-report.sarif");
    assertThat(ReportFormat.JUNIT.fileName()).contains("TEST-ladder.xml");
    assertThat(ReportFormat.MARKDOWN.fileName()).contains("ladder-report.md");
    assertThat(ReportFormat.TEXT.fileName()).isEmpty();
    assertThat(ReportFormat.GITHUB.fileName()).isEmpty();
    assertThat(ReportFormat.TEXT.console()).isTrue();
    assertThat(ReportFormat.JUNIT.console()).isFalse();
  }
}
