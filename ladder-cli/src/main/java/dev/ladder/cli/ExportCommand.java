package dev.ladder.cli;

import dev.ladder.sheets.SheetFormat;
import dev.ladder.sheets.SheetsRun;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.RunConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ladder export}: the ladder as a spreadsheet (FORMAT.md section 8), one row per effective
 * expectation; {@code xlsx} adds one matrix sheet per track.
 *
 * <pre>
 * ladder export --format xlsx --out ladder.xlsx
 * </pre>
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Writes the ladder as a spreadsheet: CSV (the long table) or XLSX (a matrix per track).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the spreadsheet was written", "2:a usage or configuration error"})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand LadderCli cli;

  @Mixin LadderDirectory ladder;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "csv|xlsx",
      description = "csv or xlsx.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Override
  public Integer call() {
    SheetFormat sheet = SheetsRun.format(format, "--format");
    SheetsRun.export(
        RunConfig.builder(ladder.directory)
            .toolVersion(Version.current())
            .environment(cli.terminal().environment())
            .console(Console.printing(cli.terminal().out()))
            .build(),
        sheet,
        out);
    return LadderCli.PASSED;
  }
}
