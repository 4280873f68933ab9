package dev.ladder.model;

import java.util.Objects;

/** A lower-level expectation that a level stops owning, and why. */
public record Retirement(ExpectationId expectation, String reason, SourceRef source) {
  public Retirement {
    Objects.requireNonNull(expectation, "expectation");
    reason = Objects.requireNonNullElse(reason, "");
    Objects.requireNonNull(source, "source");
  }
}
