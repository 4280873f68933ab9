package dev.ladder.sheets;

import java.util.Objects;

/**
 * A cell of a sheet, as spreadsheet programs name it: {@code IC!D4}, or {@code 'People manager'!B3}
 * when the sheet's name needs quotes. Rows and columns count from 1.
 *
 * <pre>{@code new CellRef("IC", 4, 4).toString() // IC!D4}</pre>
 *
 * @param sheet the sheet's name; for a CSV file, its name without {@code .csv}
 */
public record CellRef(String sheet, int row, int column) {
  public CellRef {
    Objects.requireNonNull(sheet, "sheet");
    if (row < 1 || column < 1) {
      throw new IllegalArgumentException("rows and columns count from 1: " + row + ", " + column);
    }
  }

  /** The cell's own name, without the sheet: {@code D4}. */
  public String a1() {
    return columnName(column) + row;
  }

  /** The letters of a column: 1 is A, 26 Z, 27 AA. */
  public static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }

  /**
   * A sheet name as a reference writes it: bare when plain, else in quotes with {@code '} doubled.
   */
  public static String quoted(String sheet) {
    boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
    for (int i = 0; i < sheet.length() && plain; i++) {
      char c = sheet.charAt(i);
      plain =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public String toString() {
    return quoted(sheet) + "!" + a1();
  }
}
