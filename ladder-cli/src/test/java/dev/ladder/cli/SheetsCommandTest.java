package dev.ladder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ladder export} and {@code ladder import}: spreadsheets in and out. */
class SheetsCommandTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run ladder(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            name -> null);
    CommandLine commandLine = LadderCli.commandLine(terminal);
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void export_writes_the_long_table_as_csv() throws IOException {
    Path ladder = Examples.copy("engineering-ladder", dir.resolve("repo")).resolve("ladder");
    Path csv = dir.resolve("ladder.csv");

    Run run = ladder("export", ladder.toString(), "--format", "csv", "--out", csv.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo("ladder: exported 10 levels to " + csv + "; no errors or warnings\n");
    assertThat(Files.readAllLines(csv).get(0))
        .isEqualTo("\uFEFFtrack,rank,level id,level title,dimension,expectation id,text,source");
  }

  @Test
  void an_exported_workbook_imports_as_a_ladder_root() throws IOException {
    Path ladder = Examples.copy("engineering-ladder", dir.resolve("repo")).resolve("ladder");
    Path xlsx = dir.resolve("ladder.xlsx");
    ladder("export", ladder.toString(), "--format", "xlsx", "--out", xlsx.toString());
    Path out = dir.resolve("imported");

    Run run = ladder("import", xlsx.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("ladder: imported 10 levels into " + out);
    assertThat(out.resolve("ladder.yaml")).isRegularFile();
  }

  @Test
  void an_unknown_format_is_a_configuration_error_with_status_2() {
    Run run = ladder("export", "--format", "ods", "--out", dir.resolve("x").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown --format 'ods'; use csv or xlsx");
  }

  @Test
  void a_sheet_that_is_not_a_workbook_is_reported_and_nothing_is_written() throws IOException {
    Path bad = Files.write(dir.resolve("bad.xlsx"), new byte[] {1, 2, 3, 4});
    Path out = dir.resolve("imported");

    Run run = ladder("import", bad.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("has errors; nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void a_ladder_with_an_error_is_exported_with_status_0_and_the_line_counts_it()
      throws IOException {
    Path ladder = dir.resolve("ladder");
    Files.createDirectories(ladder.resolve("levels"));
    Files.writeString(
        ladder.resolve("ladder.yaml"),
        "ladderFormat: 1\nid: long\nname: Long\ntracks:\n  - id: ic\n    name: IC\n"
            + "dimensions:\n  - id: craft\n    name: Craft\n");
    Files.writeString(
        ladder.resolve("levels/engineer.yaml"),
        "id: engineer\ntitle: Engineer\ntrack: ic\nrank: 1\nexpectations:\n  craft:\n    - Writes "
            + "a very long sentence ".repeat(600).strip()
            + "\n");
    Path csv = dir.resolve("long.csv");

    Run run = ladder("export", ladder.toString(), "--format", "csv", "--out", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            // relative to the folder that holds the ladder root, where it is inside it
            "ladder: exported 0 levels to long.csv; 1 error and 0 warnings (validation lists them)\n");
    assertThat(Files.readAllLines(csv)).hasSize(1);
  }
}
