package dev.ladder.validator.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.validator.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportsTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void every_format_is_pinned_byte_for_byte(ReportFormat format) {
    String expected = ReportFixtures.resource(goldenFile(format));

    assertThat(
            Reports.toString(format, ReportFixtures.goldenMixed(), ReportFixtures.goldenContext()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void the_same_result_gives_the_same_bytes_whatever_order_findings_came_in(ReportFormat format) {
    String first =
        Reports.toString(format, ReportFixtures.goldenMixed(), ReportFixtures.goldenContext());
    String again =
        Reports.toString(format, ReportFixtures.goldenMixed(), ReportFixtures.goldenContext());
    String reversed =
        Reports.toString(format, ReportFixtures.mixedReversed(), ReportFixtures.goldenContext());
    ValidationResult rulesReversed =
        new ValidationResult(
            "acme-engineering",
            1,
            ReportFixtures.mixedDiagnostics(),
            reversed(ReportFixtures.ran(Set.of("no-progression"))));
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("1.2.3"))
            .fileLinkBase("https://github.com/acme/ladder/blob/abc123/")
            .docsBaseUri("https://github.com/ladder-dev/ladder/blob/v1.2.3/")
            .build();

    assertThat(again).isEqualTo(first);
    assertThat(reversed).isEqualTo(first);
    assertThat(Reports.toString(format, rulesReversed, context)).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void output_streams_get_utf_8_and_only_newline_line_ends(ReportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Reports.write(format, ReportFixtures.goldenMixed(), ReportFixtures.goldenContext(), out);

    String written = out.toString(UTF_8);
    assertThat(written)
        .isEqualTo(
            Reports.toString(format, ReportFixtures.goldenMixed(), ReportFixtures.goldenContext()));
    assertThat(written).doesNotContain("\r").contains("Zoë");
  }

  private static String goldenFile(ReportFormat format) {
    return switch (format) {
      case TEXT -> "mixed.txt";
      case JSON -> "mixed.json";
      case SARIF -> "mixed.sarif";
      case JUNIT -> "mixed.junit.xml";
      case MARKDOWN -> "mixed.md";
      case GITHUB -> "mixed.github.txt";
    };
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void file_formats_are_written_to_their_file_names_in_the_report_directory(@TempDir Path dir)
      throws Exception {
    Path reports = dir.resolve("target/ladder");

    Optional<Path> json =
        Reports.writeFile(
            ReportFormat.JSON, ReportFixtures.mixed(), ReportFixtures.context(), reports);
    Optional<Path> text =
        Reports.writeFile(
            ReportFormat.TEXT, ReportFixtures.mixed(), ReportFixtures.context(), reports);

    assertThat(json).contains(reports.resolve("ladder-report.json"));
    assertThat(Files.readString(json.orElseThrow(), UTF_8))
        .isEqualTo(ReportFixtures.resource("mixed.json"));
    assertThat(text).isEmpty();
    try (var files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ladder-report.json");
    }
  }
}
