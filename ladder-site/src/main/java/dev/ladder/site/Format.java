package dev.ladder.site;

import dev.ladder.model.Compensation;
import dev.ladder.model.Range;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Numbers, ranges and keys as a reader sees them; never dependent on the machine's locale. */
final class Format {
  private Format() {}

  /** {@code 250000} as {@code 250,000}; {@code 2.50} as {@code 2.5}. */
  static String number(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + fraction;
  }

  static String range(Range range) {
    Optional<BigDecimal> min = range.min();
    Optional<BigDecimal> max = range.max();
    if (min.isPresent() && max.isPresent()) {
      return min.get().compareTo(max.get()) == 0
          ? number(min.get())
          : number(min.get()) + "\u2013" + number(max.get());
    }
    if (min.isPresent()) {
      return "at least " + number(min.get());
    }
    return max.map(m -> "at most " + number(m)).orElse("any");
  }

  static String compensation(Compensation c) {
    String band = c.min().isEmpty() && c.max().isEmpty() ? "" : range(c.band());
    return (c.currency().map(cur -> cur + " ").orElse("") + band).strip();
  }

  /** {@code directReports} as {@code Direct reports}. */
  static String key(String key) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ').append(Character.toLowerCase(c));
      } else if (c == '-' || c == '_') {
        words.append(' ');
      } else {
        words.append(c);
      }
    }
    String text = words.toString().strip();
    return text.isEmpty() ? key : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** {@code 1 error}, {@code 2 warnings}. */
  static String count(long n, String one) {
    return number(BigDecimal.valueOf(n)) + " " + one + (n == 1 ? "" : "s");
  }
}
