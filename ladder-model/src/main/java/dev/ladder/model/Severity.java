package dev.ladder.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Ordered from the most to the least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /**
   * The lower-case name used in files and reports: {@code error}, {@code warning}, {@code info}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> parse(String label) {
    for (Severity s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
