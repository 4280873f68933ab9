package dev.ladder.sheets;

/**
 * Text that a spreadsheet program must show and never run. A cell whose text starts with {@code =},
 * {@code +}, {@code -} or {@code @}, a tab or a carriage return is taken for a formula by Excel,
 * LibreOffice and Google Sheets when a CSV file is opened (CSV injection): export writes such a
 * text with a {@code '} in front, as OWASP advises, and import takes that {@code '} off again. A
 * text that already starts with {@code '} before such a character gets one more, so that every text
 * comes back as it was.
 *
 * <pre>{@code
 * CellText.escape("=SUM(A1)")    // '=SUM(A1)
 * CellText.unescape("'=SUM(A1)") // =SUM(A1)
 * CellText.escape("'hello")      // 'hello (nothing to guard)
 * }</pre>
 */
final class CellText {
  private CellText() {}

  static String escape(String text) {
    return guarded(text) ? "'" + text : text;
  }

  static String unescape(String cell) {
    return cell.startsWith("'") && guarded(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /** Whether a text would run, or would lose its own {@code '} to {@link #unescape}. */
  private static boolean guarded(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
