package dev.ladder.validator;

import dev.ladder.model.Severity;
import java.util.Objects;

/**
 * What a front end shows about a rule: its id, default severity, whether that severity is fixed
 * ({@code parse} and {@code schema}), the one-line summary, and the docs page.
 */
public record RuleInfo(String id, Severity defaultSeverity, boolean fixed, String summary) {
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
  }

  /** The docs page of the rule, relative to the repository root: {@code docs/rules/<id>.md}. */
  public String docsPath() {
    return "docs/rules/" + id + ".md";
  }
}
