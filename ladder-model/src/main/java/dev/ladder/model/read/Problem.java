package dev.ladder.model.read;

import dev.ladder.model.Location;
import java.util.Objects;

/**
 * Something the reader could not accept in a file: rule {@code parse} (not well-formed, not UTF-8,
 * a YAML feature that would be misread, beyond a limit, unreadable) or {@code schema} (does not
 * validate against the published JSON Schema of its kind).
 */
public record Problem(String rule, String message, Location location) {
  public static final String PARSE = "parse";
  public static final String SCHEMA = "schema";

  public Problem {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }
}
