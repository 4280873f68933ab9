package dev.ladder.sheets;

import dev.ladder.model.Ladder;
import dev.ladder.model.TrackId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a ladder as a CSV long table or an XLSX workbook (track matrices, then the long table).
 */
final class Export {
  /** The name of the last sheet of a workbook, the long table. */
  static final String TABLE_SHEET = "Expectations";

  /** The most characters a spreadsheet cell holds. */
  static final int MAX_CELL_CHARS = 32_767;

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private Export() {}

  static void csv(Ladder ladder, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // A byte order mark: without it Excel reads a UTF-8 file as the machine's legacy code page.
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSV);
    printer.printRecord(LongTable.HEADER);
    for (LongTable.Row row : LongTable.rows(ladder)) {
      List<String> cells = row.cells();
      for (String cell : cells) {
        printer.print(CellText.escape(cell));
      }
      printer.println();
    }
    printer.flush();
  }

  static void xlsx(Ladder ladder, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
    // The application name and version go into docProps/app.xml: fixed, as the bytes must be.
    Workbook workbook = new Workbook(raw, "ladder", "1.0");
    // Stored, not deflated: ReproducibleZip deflates every entry once when it fixes the times.
    workbook.setCompressionLevel(0);
    Set<String> taken = new HashSet<>();
    taken.add(TABLE_SHEET.toLowerCase(java.util.Locale.ROOT));
    for (TrackId track : ladder.trackIds()) {
      if (ladder.levelsOf(track).isEmpty()) {
        continue;
      }
      String name =
          ladder.track(track).map(t -> t.name()).filter(n -> !n.isBlank()).orElse(track.value());
      matrixSheet(
          workbook.newWorksheet(SheetNames.unique(name, taken)), TrackMatrix.of(ladder, track));
    }
    tableSheet(workbook.newWorksheet(TABLE_SHEET), LongTable.rows(ladder));
    workbook.finish();
    ReproducibleZip.copy(raw.toByteArray(), out);
  }

  private static void matrixSheet(Worksheet sheet, TrackMatrix matrix) {
    sheet.value(0, 0, TrackMatrix.CORNER);
    sheet.width(0, 24);
    for (int c = 0; c < matrix.levels.size(); c++) {
      sheet.value(0, c + 1, text(matrix.levels.get(c).title()));
      sheet.width(c + 1, 48);
    }
    sheet.range(0, 0, 0, matrix.levels.size()).style().bold().set();
    for (int r = 0; r < matrix.rows.size(); r++) {
      TrackMatrix.Row row = matrix.rows.get(r);
      sheet.value(r + 1, 0, text(row.dimension()));
      String[] cells = row.cells();
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] != null) {
          sheet.value(r + 1, c + 1, text(cells[c]));
        }
      }
    }
    if (!matrix.rows.isEmpty()) {
      sheet
          .range(1, 0, matrix.rows.size(), matrix.levels.size())
          .style()
          .wrapText(true)
          .verticalAlignment("top")
          .set();
    }
    sheet.freezePane(1, 1);
  }

  private static void tableSheet(Worksheet sheet, List<LongTable.Row> rows) {
    for (int c = 0; c < LongTable.HEADER.size(); c++) {
      sheet.value(0, c, LongTable.HEADER.get(c));
    }
    sheet.range(0, 0, 0, LongTable.HEADER.size() - 1).style().bold().set();
    for (int r = 0; r < rows.size(); r++) {
      LongTable.Row row = rows.get(r);
      List<String> cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        if (c == 1) {
          // The rank is a number, so that the table sorts by it.
          sheet.value(r + 1, c, row.rank());
        } else {
          sheet.value(r + 1, c, text(cells.get(c)));
        }
      }
    }
    sheet.freezePane(0, 1);
  }

  /** A text as a string cell shows it: guarded against formula injection, within a cell's size. */
  private static String text(String text) {
    String escaped = CellText.escape(text);
    if (escaped.length() > MAX_CELL_CHARS) {
      throw new SheetsException(
          "a text of "
              + escaped.length()
              + " characters does not fit in a spreadsheet cell (at most "
              + MAX_CELL_CHARS
              + "): \""
              + text.substring(0, 60)
              + "...\"");
    }
    return escaped;
  }
}
