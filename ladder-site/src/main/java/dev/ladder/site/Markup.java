package dev.ladder.site;

/** Escaping for the markup the site's Java writes itself (SVG); templates escape on their own. */
final class Markup {
  private Markup() {}

  /** Text and attribute values alike: {@code & < > " '} as entities. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (entity == null && Character.isISOControl(c) && c != '\n' && c != '\t') {
        // XML 1.0 forbids most control characters: an SVG holding one would not parse at all.
        entity = "\uFFFD";
      }
      if (entity != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(entity);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** At most {@code max} characters, cut at a code point with an ellipsis. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end).stripTrailing() + "\u2026";
  }
}
