package dev.ladder.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a level is in use. */
public enum Status {
  DRAFT,
  ACTIVE,
  DEPRECATED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Status> parse(String label) {
    for (Status s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
