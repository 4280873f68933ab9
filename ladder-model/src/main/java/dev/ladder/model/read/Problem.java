package dev.ladder.model.read;

import dev.ladder.model.Location;
import java.util.Objects;

/**
 * Something the reader could not accept in a file: rule {@code parse} (not well-formed, not UTF-8,
 * a YAML feature that would be misread, beyond a limit, unreadable) or {@code schema} (does not
 * validate against the published JSON Schema of its kind).
 *
 * @param key what the problem is about inside its file, whatever the message says or the line it is
 *     on: for {@code schema}, the JSON Pointer of the node and the schema keyword it breaks ({@code
 *     /rank minimum}); empty for {@code parse}, which is about the whole file
 */
public record Problem(String rule, String message, Location location, String key) {
  public static final String PARSE = "parse";
  public static final String SCHEMA = "schema";

  public Problem {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(key, "key");
  }

  /** A problem about the whole file. */
  public Problem(String rule, String message, Location location) {
    this(rule, message, location, "");
  }
}
