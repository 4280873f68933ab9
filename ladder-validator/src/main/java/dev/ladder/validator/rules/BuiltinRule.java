package dev.ladder.validator.rules;

import dev.ladder.model.Severity;
import dev.ladder.validator.Rule;
import java.util.Objects;

/** A built-in rule: its id, default severity and summary, declared once in its constructor. */
abstract class BuiltinRule implements Rule {
  private final String id;
  private final Severity defaultSeverity;
  private final String summary;

  BuiltinRule(String id, Severity defaultSeverity, String summary) {
    this.id = Objects.requireNonNull(id);
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
    this.summary = Objects.requireNonNull(summary);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public String toString() {
    return id;
  }
}
