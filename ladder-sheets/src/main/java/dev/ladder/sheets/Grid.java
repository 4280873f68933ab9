package dev.ladder.sheets;

import java.util.List;

/**
 * One sheet as read: its name and its rows, each row its cells' texts from column A on (an empty
 * string for an empty cell). Rows with nothing in them are left out; each row keeps its number.
 */
record Grid(String sheet, List<Row> rows) {
  Grid {
    rows = List.copyOf(rows);
  }

  record Row(int number, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    /** The text of a column (1 is A), empty past the last cell. */
    String cell(int column) {
      return column <= cells.size() ? cells.get(column - 1) : "";
    }
  }
}
