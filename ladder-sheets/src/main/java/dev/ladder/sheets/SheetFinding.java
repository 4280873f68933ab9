package dev.ladder.sheets;

import dev.ladder.model.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the import found in a spreadsheet: an error (the input cannot be read as it stands), a
 * warning (read, but a person should look), or a cell that needs a decision. Located at a cell when
 * there is one ({@code IC!D4}), else at the file, a line of a CSV file or a part of the workbook.
 *
 * <pre>{@code
 * result.findings().forEach(f -> System.err.println(f)); // ladder.xlsx: IC!D4: error: ... [formula]
 * }</pre>
 *
 * @param code what kind of finding, a stable slug ({@code needs-decision}, {@code formula}, ...)
 * @param file the file name (no folder) of the spreadsheet
 * @param where the place inside the file: a cell, {@code line 3, column 7}, a zip entry, or empty
 * @param cell the cell, when the finding is about one
 */
public record SheetFinding(
    Severity severity,
    String code,
    String file,
    String where,
    Optional<CellRef> cell,
    String message) {
  /** Cells that need a person's decision (a level drops what the level before it expects). */
  public static final String NEEDS_DECISION = "needs-decision";

  public SheetFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
  }

  static SheetFinding at(
      Severity severity, String code, String file, CellRef cell, String message) {
    return new SheetFinding(severity, code, file, cell.toString(), Optional.of(cell), message);
  }

  static SheetFinding in(
      Severity severity, String code, String file, String where, String message) {
    return new SheetFinding(severity, code, file, where, Optional.empty(), message);
  }

  /** {@code ladder.xlsx: IC!D4}: the file, and the place in it when there is one. */
  public String location() {
    return where.isEmpty() ? file : file + ": " + where;
  }

  /** {@code ladder.xlsx: IC!D4: error: message [code]}. */
  @Override
  public String toString() {
    return location() + ": " + severity.label() + ": " + message + " [" + code + "]";
  }
}
