package dev.ladder.model.write;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * How one string or number is written in YAML so that it reads back as exactly that string or
 * number: plain where no YAML reader could take it for anything else, else double-quoted with
 * escapes; multi-line prose as a literal block where that keeps every character.
 *
 * <p>Plain is allowed only for a deliberately small set: text that starts with a letter (so never a
 * number, a date, {@code .inf}, {@code ~}, an indicator such as {@code -}, {@code *}, {@code &},
 * {@code !}, {@code %}, {@code @} or a backtick), holds no {@code ": "} or {@code " #"}, does not
 * end with {@code :}, has no whitespace but single spaces inside, only printable characters, and is
 * none of the words that YAML 1.1 tools read as booleans or null ({@code yes}, {@code no}, {@code
 * on}, {@code off}, {@code y}, {@code n}, {@code true}, {@code false}, {@code null}, in any case).
 * The reader reads YAML 1.2, where {@code yes} is text, but a ladder file is read by other tools
 * too.
 */
final class Scalars {
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf", "infinity");

  private Scalars() {}

  /** A key or a value in block context: plain when safe, else double-quoted. */
  static String block(String text) {
    return isPlain(text, false) ? text : doubleQuoted(text);
  }

  /** An item or value inside {@code [...]} or {@code {...}}: plain when safe, else quoted. */
  static String flow(String text) {
    return isPlain(text, true) ? text : doubleQuoted(text);
  }

  /** Whether {@code text} may stand unquoted; in a flow collection, see {@link #flowSafe}. */
  static boolean isPlain(String text, boolean inFlow) {
    if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
      return false;
    }
    if (RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (text.endsWith(":") || text.endsWith(" ") || text.contains(": ")) {
      return false;
    }
    if (text.contains(" #") || text.contains("  ")) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!printable(cp) || (inFlow && cp < 0x80 && !flowSafe(cp))) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * The ASCII characters a plain scalar inside {@code [...]} may hold. YAML readers differ on
   * {@code :}, {@code ?} and {@code #} inside a flow collection (SnakeYAML ends {@code
   * [http://a?b]} early), so only letters, digits, spaces and {@code -_./()+} stand unquoted there:
   * every id and scale value of a real ladder.
   */
  private static boolean flowSafe(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || " -_./()+".indexOf(cp) >= 0;
  }

  /**
   * Whether {@code text} can be a literal block ({@code |}) that keeps every character: it has a
   * line break, every line is printable with no trailing space, the first line with content does
   * not start with a space (the block would need an indentation indicator) and it is not only line
   * breaks.
   */
  static boolean isLiteral(String text) {
    if (text.indexOf('\n') < 0 || text.isBlank()) {
      return false;
    }
    boolean contentSeen = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        if (!lineStart && text.charAt(i - 2) == ' ') {
          return false;
        }
        lineStart = true;
        continue;
      }
      if (!printable(cp)) {
        return false;
      }
      if (lineStart && !contentSeen && cp == ' ') {
        return false;
      }
      lineStart = false;
      contentSeen = true;
    }
    return !text.endsWith(" ");
  }

  /** The literal block header for {@code text}: strip, clip or keep its final line breaks. */
  static String literalHeader(String text) {
    if (!text.endsWith("\n")) {
      return "|-";
    }
    return text.endsWith("\n\n") ? "|+" : "|";
  }

  /**
   * {@code text} in double quotes: {@code \} and {@code "} escaped, and every character a reader
   * would refuse in a file or a person could not see (control characters, line and paragraph
   * separators, format characters such as zero-width spaces, other spaces than U+0020, unassigned
   * code points, lone surrogates) as an escape.
   */
  static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case 0 -> out.append("\\0");
        default -> {
          if (cp == ' ' || printable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp <= 0xFF) {
            out.append(String.format(Locale.ROOT, "\\x%02X", cp));
          } else if (cp <= 0xFFFF) {
            out.append(String.format(Locale.ROOT, "\\u%04X", cp));
          } else {
            out.append(String.format(Locale.ROOT, "\\U%08X", cp));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * A number as a person writes it: no exponent, no trailing zeros after the point ({@code 15},
   * {@code 2.5}).
   */
  static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Letters, marks, digits, punctuation, symbols and U+0020: what may stand in a file as itself.
   * Everything else (controls, separators, format and private-use characters, unassigned code
   * points, lone surrogates) is escaped, or forces quotes.
   */
  private static boolean printable(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20 && cp < 0x7F;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }
}
