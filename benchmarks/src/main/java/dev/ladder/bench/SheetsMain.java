package dev.ladder.bench;

import dev.ladder.model.Ladder;
import dev.ladder.model.read.LadderReader;
import dev.ladder.sheets.ImportOptions;
import dev.ladder.sheets.ImportResult;
import dev.ladder.sheets.SheetFormat;
import dev.ladder.sheets.Sheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times spreadsheet export and import of a synthetic ladder in one warm JVM: export to CSV, export
 * to XLSX, and import of that XLSX (zip checks, reading every track sheet, inferring extends,
 * refines and retirements, building the model). Each is run {@code warm-up} times unmeasured, then
 * {@code rounds} times; prints the median and the fastest.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.SheetsMain 1000 wide 5 10 [export|import]
 * }</pre>
 */
public final class SheetsMain {
  private SheetsMain() {}

  /** A step that can fail with an I/O error. */
  private interface Step {
    void run() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int levels = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    String shape = args.length > 1 ? args[1] : "deep";
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;

    Path dir = Files.createTempDirectory("ladder-sheets-bench");
    Path root = LadderGenerator.shaped(shape, levels).write(dir.resolve("ladder"));
    Ladder ladder = LadderReader.standard().read(root).ladder();
    Path xlsx = dir.resolve("ladder.xlsx");
    Sheets.export(ladder, SheetFormat.XLSX, xlsx);
    ImportResult once = Sheets.importLadder(xlsx, ImportOptions.defaults());
    System.out.printf(
        Locale.ROOT,
        "%d levels (%s): workbook %,d bytes; import: %d levels, %d guesses, %d decisions, errors: %s%n",
        ladder.levels().size(),
        shape,
        Files.size(xlsx),
        once.ladder().map(l -> l.levels().size()).orElse(0),
        once.guesses().size(),
        once.decisions().size(),
        once.hasErrors());
    once.findings().stream()
        .filter(f -> f.severity() == dev.ladder.model.Severity.ERROR)
        .limit(3)
        .forEach(System.out::println);

    String only = args.length > 4 ? args[4] : "";
    if (only.isEmpty() || only.equals("export")) {
      time(
          "export csv",
          warmUp,
          rounds,
          () -> Sheets.export(ladder, SheetFormat.CSV, new ByteArrayOutputStream()));
      time(
          "export xlsx",
          warmUp,
          rounds,
          () -> Sheets.export(ladder, SheetFormat.XLSX, new ByteArrayOutputStream()));
    }
    if (only.isEmpty() || only.equals("import")) {
      time(
          "import xlsx", warmUp, rounds, () -> Sheets.importLadder(xlsx, ImportOptions.defaults()));
    }
  }

  private static void time(String name, int warmUp, int rounds, Step step) throws IOException {
    for (int i = 0; i < warmUp; i++) {
      step.run();
    }
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      step.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%-12s median %8.1f ms   fastest %8.1f ms%n",
        name,
        millis[rounds / 2],
        millis[0]);
  }
}
