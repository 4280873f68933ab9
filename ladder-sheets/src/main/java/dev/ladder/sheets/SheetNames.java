package dev.ladder.sheets;

import java.util.Locale;
import java.util.Set;

/**
 * Names a workbook accepts for its sheets: at most 31 characters, none of {@code : \ / ? * [ ]},
 * not starting or ending with {@code '}, and unique regardless of case.
 */
final class SheetNames {
  static final int MAX = 31;

  private SheetNames() {}

  /** A safe, unused name close to {@code wanted}; adds it to {@code taken} (lower-cased names). */
  static String unique(String wanted, Set<String> taken) {
    StringBuilder clean = new StringBuilder();
    wanted
        .codePoints()
        .forEach(
            c -> {
              boolean refused = ":\\/?*[]".indexOf(c) >= 0 || Character.isISOControl(c);
              clean.appendCodePoint(refused ? ' ' : c);
            });
    String base = clean.toString().strip().replaceAll("^'+|'+$", "").strip();
    if (base.isEmpty() || base.equalsIgnoreCase("History")) {
      base = "Track" + (base.isEmpty() ? "" : " " + base);
    }
    String name = cut(base, MAX);
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX - suffix.length()).strip() + suffix;
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
