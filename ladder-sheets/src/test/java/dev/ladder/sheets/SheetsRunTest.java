package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.RunConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export as the plugin and the command line make it: one line, the file, findings counted. */
class SheetsRunTest {
  @TempDir Path dir;

  private final List<String> lines = new ArrayList<>();

  private final Console console = Console.lines(lines::add);

  private RunConfig config(Path ladder) {
    return RunConfig.builder(ladder).baseDirectory(dir).console(console).build();
  }

  @Test
  void the_example_is_written_and_one_line_says_where_relative_to_the_base() throws IOException {
    Path out = dir.resolve("target/ladder/ladder.xlsx");

    SheetsRun.export(config(RoundTripTest.EXAMPLE), SheetFormat.XLSX, out);

    assertThat(lines)
        .containsExactly(
            "ladder: exported 10 levels to target/ladder/ladder.xlsx; no errors or warnings");
    assertThat(Files.readAllBytes(out))
        .isEqualTo(ExportTest.export(RoundTripTest.example(), SheetFormat.XLSX));
  }

  @Test
  void a_ladder_with_errors_is_exported_as_far_as_it_reads_and_the_line_counts_them()
      throws IOException {
    Path ladder = dir.resolve("ladder");
    Files.createDirectories(ladder.resolve("levels"));
    Files.writeString(
        ladder.resolve("ladder.yaml"),
        "ladderFormat: 1\nid: broken\nname: Broken\ntracks:\n  - id: ic\n    name: IC\n"
            + "dimensions:\n  - id: craft\n    name: Craft\n");
    Files.writeString(
        ladder.resolve("levels/engineer.yaml"),
        "id: engineer\ntitle: Engineer\ntrack: ic\nrank: 1\nexpectations:\n"
            + "  craft:\n    - Writes tested code\n");
    Files.writeString(ladder.resolve("levels/senior.yaml"), "id: senior\ntitle: [unclosed\n");
    Path out = dir.resolve("sheets/ladder.csv");

    SheetsRun.export(config(ladder), SheetFormat.CSV, out);

    assertThat(lines)
        .containsExactly(
            "ladder: exported 1 level to sheets/ladder.csv; 1 error and 0 warnings"
                + " (validation lists them)");
    assertThat(Files.readString(out)).contains(",engineer,Engineer,craft,");
  }

  @Test
  void a_file_that_cannot_be_written_is_a_configuration_error_in_words() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    Path out = blocker.resolve("ladder.csv");

    assertThatThrownBy(() -> SheetsRun.export(config(RoundTripTest.EXAMPLE), SheetFormat.CSV, out))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("cannot write " + out + ": ")
        .hasMessageNotContaining("Exception");
    assertThat(lines).isEmpty();
  }
}
