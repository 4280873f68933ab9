package dev.ladder.sheets;

import dev.ladder.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads the sheets of an XLSX workbook, after {@link WorkbookZip} has checked its zip. Cells are
 * read as the values the file stores: a formula is never evaluated; its cached value is used, with
 * a warning that names the formula, and a formula without one is an error at its cell. Merged
 * ranges are read as the top-left cell's text in every cell of the range, with a warning.
 */
final class XlsxSheets {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private XlsxSheets() {}

  /** The sheets, in workbook order, or empty when the workbook cannot be read. */
  static Optional<List<Grid>> read(Path file, SheetLimits limits, List<SheetFinding> findings)
      throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "too-large",
              name,
              "",
              "the file has "
                  + size
                  + " bytes, more than the "
                  + limits.maxFileBytes()
                  + " a ladder's workbook may have"));
      return Optional.empty();
    }
    byte[] head = new byte[8];
    int got;
    try (InputStream in = Files.newInputStream(file)) {
      got = in.readNBytes(head, 0, head.length);
    }
    if (startsWith(head, got, OLE2)) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "not-a-workbook",
              name,
              "",
              "an Excel 97-2003 (.xls) or password-protected workbook, not XLSX: save it as an .xlsx workbook without a password"));
      return Optional.empty();
    }
    if (!startsWith(head, got, ZIP)) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "not-a-workbook",
              name,
              "",
              "not an XLSX workbook: an .xlsx file is a zip, and this one does not start as a zip does"));
      return Optional.empty();
    }
    Optional<WorkbookZip> zip = WorkbookZip.check(file, limits, findings);
    if (zip.isEmpty()) {
      return Optional.empty();
    }
    for (String link : zip.get().externalLinks) {
      findings.add(
          SheetFinding.in(
              Severity.WARNING,
              "external-link",
              name,
              "",
              "the workbook links to "
                  + link
                  + "; links are never followed: cells keep the values saved in this file"));
    }
    List<Grid> grids = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      List<Sheet> sheets = workbook.getSheets().toList();
      if (sheets.size() > limits.maxSheets()) {
        findings.add(
            SheetFinding.in(
                Severity.ERROR,
                "too-many-sheets",
                name,
                "",
                "the workbook has " + sheets.size() + " sheets, more than " + limits.maxSheets()));
        return Optional.empty();
      }
      for (Sheet sheet : sheets) {
        if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
          findings.add(
              SheetFinding.in(
                  Severity.WARNING,
                  "hidden-sheet",
                  name,
                  CellRef.quoted(sheet.getName()),
                  "the sheet is hidden; it is not imported"));
          continue;
        }
        Optional<Grid> grid =
            sheet(
                name,
                sheet,
                limits,
                zip.get().merged.getOrDefault(sheet.getName(), List.of()),
                findings);
        if (grid.isEmpty()) {
          return Optional.empty();
        }
        grids.add(grid.get());
      }
    } catch (IOException | RuntimeException e) {
      // The library's own errors (malformed XML, a part it cannot find) name no cell; the file is
      // still named, and no stack trace is shown.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      findings.add(
          SheetFinding.in(
              Severity.ERROR, "unreadable", name, "", "the workbook cannot be read: " + message));
      return Optional.empty();
    }
    return Optional.of(grids);
  }

  private static Optional<Grid> sheet(
      String file,
      Sheet sheet,
      SheetLimits limits,
      List<String> merged,
      List<SheetFinding> findings)
      throws IOException {
    String sheetName = sheet.getName();
    List<List<String>> cells = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (Stream<Row> rows = sheet.openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        int number = row.getRowNum();
        if (number > limits.maxRows()) {
          findings.add(
              SheetFinding.in(
                  Severity.ERROR,
                  "too-many-rows",
                  file,
                  CellRef.quoted(sheetName) + "!A" + number,
                  "more than "
                      + limits.maxRows()
                      + " rows: a ladder's sheet has a row per dimension or expectation; is this the right workbook?"));
          return Optional.empty();
        }
        if (row.getCellCount() > limits.maxColumns()) {
          findings.add(
              SheetFinding.in(
                  Severity.ERROR,
                  "too-many-columns",
                  file,
                  CellRef.quoted(sheetName) + "!A" + number,
                  "row "
                      + number
                      + " has "
                      + row.getCellCount()
                      + " columns, more than "
                      + limits.maxColumns()));
          return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < row.getCellCount(); c++) {
          Cell cell = row.getCell(c);
          String text =
              cell == null ? "" : text(file, sheetName, number, c + 1, cell, limits, findings);
          any |= !text.isBlank();
          texts.add(text);
        }
        if (any) {
          cells.add(texts);
          numbers.add(number);
          if (cells.size() == 1 && MatrixImport.isLongTable(texts)) {
            // The long table that export writes: named for what it is, not read row by row.
            break;
          }
        }
      }
    }
    List<List<String>> filled = Merges.fill(cells, numbers, merged);
    for (String range : merged) {
      findings.add(
          SheetFinding.in(
              Severity.WARNING,
              "merged-cells",
              file,
              CellRef.quoted(sheetName) + "!" + range,
              "merged cells are read as the same text in every cell of the range; unmerge them to say which levels expect it"));
    }
    List<Grid.Row> rows = new ArrayList<>();
    for (int i = 0; i < filled.size(); i++) {
      rows.add(new Grid.Row(numbers.get(i), filled.get(i)));
    }
    return Optional.of(new Grid(sheetName, rows));
  }

  private static String text(
      String file,
      String sheet,
      int row,
      int column,
      Cell cell,
      SheetLimits limits,
      List<SheetFinding> findings) {
    CellRef ref = new CellRef(sheet, row, column);
    String text;
    CellType type = cell.getType();
    if (type == CellType.FORMULA || cell.getFormula() != null) {
      String cached = cell.getRawValue();
      if (cached == null || cached.isEmpty()) {
        findings.add(
            SheetFinding.at(
                Severity.ERROR,
                "formula",
                file,
                ref,
                "the cell holds the formula ="
                    + cell.getFormula()
                    + " with no saved value; formulas are never evaluated: type the text in instead"));
        return "";
      }
      findings.add(
          SheetFinding.at(
              Severity.WARNING,
              "formula",
              file,
              ref,
              "the cell holds the formula ="
                  + cell.getFormula()
                  + "; formulas are never evaluated: its saved value \""
                  + cached
                  + "\" is read"));
      text = cached;
    } else if (type == CellType.ERROR) {
      findings.add(
          SheetFinding.at(
              Severity.ERROR,
              "cell-error",
              file,
              ref,
              "the cell holds the error value " + cell.getRawValue() + "; it is left out"));
      return "";
    } else if (type == CellType.EMPTY) {
      return "";
    } else {
      text =
          cell.getRawValue() == null
              ? ""
              : type == CellType.STRING ? cell.asString() : cell.getRawValue();
    }
    if (text.length() > limits.maxCellChars()) {
      findings.add(
          SheetFinding.at(
              Severity.ERROR,
              "too-long",
              file,
              ref,
              "the cell holds "
                  + text.length()
                  + " characters, more than "
                  + limits.maxCellChars()
                  + "; it is left out"));
      return "";
    }
    return text;
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
