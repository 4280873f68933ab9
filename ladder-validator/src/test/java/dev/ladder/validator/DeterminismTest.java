package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.validator.report.ReportContext;
import dev.ladder.validator.report.ReportFormat;
import dev.ladder.validator.report.Reports;
import dev.ladder.validator.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same bytes give the same reports whatever order the file system lists the files in and
 * whatever their times. Validating in parallel is covered by {@link ValidatorTest}.
 */
class DeterminismTest {
  private static final Path BROKEN = Path.of("../examples/broken-ladder/ladder");

  /** Findings the broken example lacks, so that every severity and parse and schema show up. */
  private static final Map<String, String> EXTRA =
      Map.of(
          "levels/ic/principal-engineer.yaml",
          """
          id: principal-engineer
          title: Principal Engineer
          track: ic
          rank: 3
          extends: senior-engineer
          expectations:
            scope-of-knowledge:
              - Knows the architecture of a product area that spans several teams
              - Knows the architecture of the product area that spans several teams
          """,
          "levels/management/cto.json",
          """
          {"id": "cto", "title": "CTO", "track": "management", "rank": 3,
           "expectations": {"responsibilities": ["Sets the technical direction"]},
           "salary": 1}
          """,
          "levels/draft/broken.yaml",
          "id: broken\ntitle: [unclosed\n");

  @Test
  void file_order_and_times_do_not_change_a_byte_of_any_report(@TempDir Path temp)
      throws IOException {
    Map<String, byte[]> files = ladderFiles();
    List<String> forward = new ArrayList<>(files.keySet());
    List<String> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    Path first =
        write(temp.resolve("first/ladder"), files, forward, Instant.parse("2020-01-01T00:00:00Z"));
    Path second =
        write(
            temp.resolve("second/ladder"), files, backward, Instant.parse("2024-06-30T12:00:00Z"));
    Validator validator = Validator.builder().severity("no-progression", "off").build();
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("1.2.3"))
            .fileLinkBase("https://example.com/acme/ladder/blob/main/")
            .pathPrefix("docs")
            .build();

    ValidationResult one = validator.validate(first);
    ValidationResult other = validator.validate(second);

    assertThat(one.errors()).isPositive();
    assertThat(one.warnings()).isPositive();
    assertThat(one.infos()).isPositive();
    assertThat(one.diagnostics())
        .extracting(Diagnostic::rule)
        .contains("parse", "schema", "near-duplicate", "expectation-containment");
    assertThat(other).isEqualTo(one);
    for (ReportFormat format : ReportFormat.values()) {
      byte[] expected = Reports.toString(format, one, context).getBytes(StandardCharsets.UTF_8);
      byte[] actual = Reports.toString(format, other, context).getBytes(StandardCharsets.UTF_8);
      assertThat(actual).as(format.id()).isEqualTo(expected);
      assertThat(new String(expected, StandardCharsets.UTF_8))
          .as(format.id())
          .contains("levels/draft/broken.yaml", "levels/ic/principal-engineer.yaml");
    }
  }

  /** The broken example ladder plus {@link #EXTRA}, by path relative to the root. */
  private static Map<String, byte[]> ladderFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(BROKEN)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(BROKEN.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    EXTRA.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  /**
   * Writes {@code files} under {@code root} in {@code order}, each created folder and file a minute
   * after the one before, starting at {@code start}.
   */
  private static Path write(Path root, Map<String, byte[]> files, List<String> order, Instant start)
      throws IOException {
    Instant time = start;
    for (String path : order) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, files.get(path));
      Files.setLastModifiedTime(file, FileTime.from(time));
      time = time.plusSeconds(60);
    }
    return root;
  }
}
