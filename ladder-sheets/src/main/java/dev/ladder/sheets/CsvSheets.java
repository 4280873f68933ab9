package dev.ladder.sheets;

import dev.ladder.model.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as one sheet, named by the file (without {@code .csv}). UTF-8 only, a byte order
 * mark allowed; RFC 4180 quoting, strictly (a stray quote is an error, not a guess); comma or
 * semicolon as separator, whichever the first line uses (spreadsheet programs in many locales write
 * semicolons).
 */
final class CsvSheets {
  private CsvSheets() {}

  static Optional<Grid> read(Path file, SheetLimits limits, List<SheetFinding> findings)
      throws IOException {
    String name = file.getFileName().toString();
    String sheet =
        name.endsWith(".csv") || name.endsWith(".CSV")
            ? name.substring(0, name.length() - 4)
            : name;
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
                  + " a ladder's sheet may have"));
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    Optional<String> text = decode(bytes, name, findings);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return parse(text.get(), name, sheet, limits, findings);
  }

  /** The text of UTF-8 bytes, or a finding at the first byte that is not UTF-8 or not text. */
  private static Optional<String> decode(byte[] bytes, String name, List<SheetFinding> findings) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "encoding",
              name,
              "line 1, column 1",
              "the file is UTF-16, not UTF-8: save it as \"CSV UTF-8\""));
      return Optional.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "encoding",
              name,
              position(bytes, start, offset),
              String.format(
                  "byte 0x%02X (offset %d) is not UTF-8: save the file as \"CSV UTF-8\"",
                  bytes[offset] & 0xFF, offset)));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "not-csv",
              name,
              position(text, nul),
              "the file holds a NUL character: it is not a CSV text file"));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private static Optional<Grid> parse(
      String text, String name, String sheet, SheetLimits limits, List<SheetFinding> findings) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
    List<Grid.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        long number = record.getRecordNumber();
        if (number > limits.maxRows()) {
          findings.add(
              SheetFinding.in(
                  Severity.ERROR,
                  "too-many-rows",
                  name,
                  "line " + parser.getCurrentLineNumber(),
                  "more than "
                      + limits.maxRows()
                      + " rows: a ladder's sheet has a row per dimension or expectation; is this"
                      + " the right file?"));
          return Optional.empty();
        }
        if (record.size() > limits.maxColumns()) {
          findings.add(
              SheetFinding.in(
                  Severity.ERROR,
                  "too-many-columns",
                  name,
                  "line " + parser.getCurrentLineNumber(),
                  "row "
                      + number
                      + " has "
                      + record.size()
                      + " columns, more than "
                      + limits.maxColumns()));
          return Optional.empty();
        }
        List<String> cells = new ArrayList<>(record.size());
        boolean any = false;
        for (int c = 0; c < record.size(); c++) {
          String cell = record.get(c);
          if (cell.length() > limits.maxCellChars()) {
            findings.add(
                SheetFinding.at(
                    Severity.ERROR,
                    "too-long",
                    name,
                    new CellRef(sheet, (int) number, c + 1),
                    "the cell holds "
                        + cell.length()
                        + " characters, more than "
                        + limits.maxCellChars()
                        + "; it is left out"));
            cell = "";
          }
          any |= !cell.isBlank();
          cells.add(cell);
        }
        if (any) {
          rows.add(new Grid.Row((int) number, cells));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      findings.add(
          SheetFinding.in(
              Severity.ERROR, "not-csv", name, "", "not valid CSV (RFC 4180): " + message));
      return Optional.empty();
    }
    return Optional.of(new Grid(sheet, rows));
  }

  /** A semicolon when the first line has semicolons and no comma outside quotes, else a comma. */
  private static char delimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > 0 && commas == 0 ? ';' : ',';
  }

  /** {@code line L, column C} of a byte offset: lines and characters before it, decoded. */
  private static String position(byte[] bytes, int start, int offset) {
    String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    return position(before, before.length());
  }

  private static String position(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (index - lineStart + 1);
  }
}
