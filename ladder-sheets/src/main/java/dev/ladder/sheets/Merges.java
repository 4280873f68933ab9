package dev.ladder.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills merged ranges: every cell of a range gets the text of its top-left cell. */
final class Merges {
  private static final Pattern CELL = Pattern.compile("([A-Z]+)([0-9]+)");

  private Merges() {}

  static List<List<String>> fill(
      List<List<String>> rows, List<Integer> numbers, List<String> ranges) {
    List<List<String>> filled = new ArrayList<>();
    rows.forEach(r -> filled.add(new ArrayList<>(r)));
    // Columns past every row's last cell hold nothing to merge into: a range that claims them
    // (A1:XFD1) is cut there rather than filled a million times.
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    for (String range : ranges) {
      String[] corners = range.split(":");
      int[] from = cell(corners[0]);
      int[] to = corners.length > 1 ? cell(corners[1]) : from;
      int top = numbers.indexOf(from[0]);
      if (top < 0) {
        continue;
      }
      String text = get(filled.get(top), from[1]);
      for (int i = 0; i < numbers.size(); i++) {
        int number = numbers.get(i);
        if (number < from[0] || number > to[0]) {
          continue;
        }
        for (int c = from[1]; c <= Math.min(to[1], width); c++) {
          set(filled.get(i), c, text);
        }
      }
    }
    return filled;
  }

  /** Row number, column number (from 1) of {@code D4}. */
  static int[] cell(String a1) {
    Matcher m = CELL.matcher(a1);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a cell: " + a1);
    }
    int column = 0;
    for (char c : m.group(1).toCharArray()) {
      column = column * 26 + (c - 'A' + 1);
    }
    return new int[] {Integer.parseInt(m.group(2)), column};
  }

  private static String get(List<String> row, int column) {
    return column <= row.size() ? row.get(column - 1) : "";
  }

  private static void set(List<String> row, int column, String text) {
    while (row.size() < column) {
      row.add("");
    }
    row.set(column - 1, text);
  }
}
