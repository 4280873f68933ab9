package dev.ladder.sheets;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Spreadsheets in and out (FORMAT.md section 8): the one entry point for every front end.
 *
 * <p><b>Export</b> writes one row per effective expectation of every level ({@code track, rank,
 * level id, level title, dimension, expectation id, text, source}, source being {@code own}, {@code
 * inherited from <level id>} or {@code refines <expectation id>}). CSV is that long table; XLSX has
 * one sheet per track laid out as a matrix (the layout {@link #importLadder} reads) and the long
 * table on a last sheet, {@code Expectations}. The same ladder gives the same bytes.
 *
 * <p><b>Import</b> reads the matrix layout: one sheet per track (a CSV file is one track, named by
 * the file), level titles in rank order across the first row, dimension names down the first
 * column, each cell that level's expectations in that dimension, one per line. See
 * docs/spreadsheets.md.
 *
 * <pre>{@code
 * Sheets.export(ladder, SheetFormat.XLSX, Path.of("ladder.xlsx"));
 *
 * ImportResult result = Sheets.importLadder(Path.of("ladder.xlsx"), ImportOptions.defaults());
 * result.guesses().forEach(System.out::println);   // every refines it wrote, with its score
 * result.decisions().forEach(System.out::println); // cells where a level drops an expectation
 * result.write(Path.of("ladder"));
 * }</pre>
 */
public final class Sheets {
  private Sheets() {}

  /**
   * Writes the ladder to {@code out}, replacing it.
   *
   * @throws SheetsException when a text does not fit in a spreadsheet cell
   */
  public static void export(Ladder ladder, SheetFormat format, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      export(ladder, format, stream);
    }
  }

  /** Writes the ladder to a stream, left open. */
  public static void export(Ladder ladder, SheetFormat format, OutputStream out)
      throws IOException {
    Objects.requireNonNull(ladder, "ladder");
    switch (format) {
      case CSV -> Export.csv(ladder, out);
      case XLSX -> Export.xlsx(ladder, out);
    }
    out.flush();
  }

  /**
   * Reads a CSV file or an XLSX workbook in the matrix layout into a ladder. Never throws for what
   * the file holds: a file that cannot be read, a hostile workbook or a cell that cannot be used
   * are findings, located at the file, the zip entry or the cell.
   */
  public static ImportResult importLadder(Path file, ImportOptions options) {
    List<SheetFinding> findings = new ArrayList<>();
    List<RefinesGuess> guesses = new ArrayList<>();
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    Optional<List<Grid>> grids = Optional.empty();
    try {
      if (!Files.isRegularFile(file)) {
        findings.add(
            SheetFinding.in(Severity.ERROR, "unreadable", name, "", "no such file: " + file));
      } else if (lower.endsWith(".xlsm") || lower.endsWith(".xltm") || lower.endsWith(".xlam")) {
        findings.add(
            SheetFinding.in(
                Severity.ERROR,
                "macros",
                name,
                "",
                "a workbook with macros (."
                    + lower.substring(lower.lastIndexOf('.') + 1)
                    + "); macros are never run: save it as an .xlsx workbook without macros and import that"));
      } else if (lower.endsWith(".csv")) {
        grids = CsvSheets.read(file, options.limits(), findings).map(List::of);
      } else if (lower.endsWith(".xlsx")) {
        grids = XlsxSheets.read(file, options.limits(), findings);
      } else {
        findings.add(
            SheetFinding.in(
                Severity.ERROR, "unknown-format", name, "", "import reads .csv and .xlsx files"));
      }
    } catch (IOException e) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR, "unreadable", name, "", "cannot read the file: " + e.getMessage()));
    }
    Optional<Ladder> ladder =
        grids.flatMap(g -> MatrixImport.read(name, g, options, findings, guesses));
    return new ImportResult(ladder, guesses, findings);
  }
}
