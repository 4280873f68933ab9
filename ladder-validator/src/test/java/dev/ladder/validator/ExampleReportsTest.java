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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report bytes of the repository's example ladders, pinned by golden files: a change that moves
 * a byte of any report shows here. Run with {@code -Dgolden.update=true} to rewrite the files after
 * a change of the reports that is meant.
 */
class ExampleReportsTest {
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @CsvSource({
    "engineering-ladder, text",
    "engineering-ladder, json",
    "engineering-ladder, sarif",
    "engineering-ladder, junit",
    "engineering-ladder, markdown",
    "engineering-ladder, github",
    "broken-ladder, text",
    "broken-ladder, json",
    "broken-ladder, sarif",
    "broken-ladder, junit",
    "broken-ladder, markdown",
    "broken-ladder, github"
  })
  void every_report_of_an_example_ladder_keeps_its_bytes(String example, String formatName)
      throws IOException {
    ReportFormat format = ReportFormat.parse(formatName).orElseThrow();
    Path base = EXAMPLES.resolve(example);
    // The built-in rules alone, as the plugin runs them: not the test rule of this class path.
    Validator validator =
        Validator.builder().ruleLoader(ClassLoader.getPlatformClassLoader()).build();
    ValidationResult result = validator.validate(base.resolve("ladder"), base);
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("0.1.0-SNAPSHOT"))
            .pathPrefix("examples/" + example)
            .build();
    String report = Reports.toString(format, result, context);

    Path golden = GOLDEN.resolve(example).resolve(goldenName(format));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, report, StandardCharsets.UTF_8);
    }
    assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String goldenName(ReportFormat format) {
    return format.fileName().orElse("console-" + format.id() + ".txt");
  }
}
