package dev.ladder.model.read;

import dev.ladder.model.Position;

/** Positions and safe quoting of file text, so problem messages never carry raw control bytes. */
final class Text {
  private static final int MAX_QUOTED = 60;
  private static final int MAX_MESSAGE = 200;

  private Text() {}

  /**
   * The 1-based line and column of the character at {@code index}; {@code \r\n}, {@code \r} and
   * {@code \n} each end a line, as the parsers count them.
   */
  static Position positionOf(CharSequence text, int index) {
    int line = 1;
    int column = 1;
    int end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new Position(line, column);
  }

  /** A value from the file, shortened and with control characters escaped, for a message. */
  static String quote(String value) {
    String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "..." : value;
    return "'" + printable(shown) + "'";
  }

  /** A parser's message made safe to print: one line, printable, short. */
  static String message(String raw) {
    String m = raw == null ? "" : raw.strip();
    int source = m.indexOf(" at [Source:");
    if (source >= 0) {
      m = m.substring(0, source);
    }
    m = m.replaceAll("\\s*\\(from `[^`]*`\\)", "").replaceAll("`[^`]*`", "a limit");
    m = printable(m.replaceAll("\\s+", " "));
    return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "..." : m;
  }

  /** {@code U+0001}-style names for every character a terminal would not show plainly. */
  static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)
                  || Character.getType(cp) == Character.FORMAT
                  || Character.getType(cp) == Character.SURROGATE
                  || Character.getType(cp) == Character.UNASSIGNED
                  || cp == '\u2028'
                  || cp == '\u2029') {
                out.append(String.format("U+%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** How a code point is named in a message: {@code U+0000}. */
  static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }
}
