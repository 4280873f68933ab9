package dev.ladder.cli;

import dev.ladder.sheets.ImportOptions;
import dev.ladder.sheets.ImportResult;
import dev.ladder.sheets.SheetFinding;
import dev.ladder.sheets.Sheets;
import dev.ladder.validator.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ladder import}: a matrix spreadsheet (FORMAT.md section 8) as a ladder root. Prints every
 * finding with its sheet and cell, every {@code refines} it guessed for a person to check, and the
 * cells that need a decision. Status 1 when a finding is an error (nothing is written).
 *
 * <pre>
 * ladder import ladder.xlsx --out ladder
 * </pre>
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads a matrix spreadsheet (CSV or XLSX) and writes it as a ladder root.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the ladder was written",
      "1:the sheets hold errors; nothing was written",
      "2:a usage or configuration error"
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand LadderCli cli;

  @Parameters(index = "0", paramLabel = "FILE", description = "FILE.csv or FILE.xlsx.")
  Path file;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "LADDER_DIR",
      description = "The ladder root to write.")
  Path out;

  @Override
  public Integer call() {
    ImportResult result = Sheets.importLadder(file, ImportOptions.defaults());
    for (SheetFinding finding : result.findings()) {
      cli.terminal().out().println(finding);
    }
    result.guesses().forEach(g -> cli.terminal().out().println("guess: " + g));
    if (result.hasErrors() || result.ladder().isEmpty()) {
      cli.terminal().out().println("ladder: import of " + file + " has errors; nothing written");
      return LadderCli.FINDINGS;
    }
    List<String> written;
    try {
      written = result.write(out);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationException("cannot write the ladder to " + out + ": " + e.getMessage());
    }
    cli.terminal()
        .out()
        .println(
            "ladder: imported "
                + result.ladder().get().levels().size()
                + " levels into "
                + out
                + " ("
                + written.size()
                + " files; "
                + result.guesses().size()
                + " refines guessed, "
                + result.decisions().size()
                + " cells need a decision)");
    return LadderCli.PASSED;
  }
}
