package dev.ladder.validator;

import dev.ladder.model.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * What a front end shows about a rule: its id, default severity, whether that severity is fixed
 * ({@code parse} and {@code schema}), the one-line summary, and where its documentation is.
 *
 * @param docs the rule's docs page: a path relative to the project's documentation base ({@code
 *     docs/rules/<id>.md} for the built-in rules), an absolute address a rule declares itself
 *     ({@link Rule#docsUri()}), or empty when there is none
 */
public record RuleInfo(
    String id, Severity defaultSeverity, boolean fixed, String summary, Optional<String> docs) {
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(docs, "docs");
  }

  /** A built-in rule, documented at {@link #builtinDocsPath(String)}. */
  public RuleInfo(String id, Severity defaultSeverity, boolean fixed, String summary) {
    this(id, defaultSeverity, fixed, summary, Optional.of(builtinDocsPath(id)));
  }

  /**
   * The docs page of a built-in rule, relative to the repository root: {@code docs/rules/<id>.md}.
   */
  public static String builtinDocsPath(String id) {
    return "docs/rules/" + id + ".md";
  }

  /** What is known of {@code rule}: a built-in rule's docs page, or the one the rule declares. */
  public static RuleInfo of(Rule rule, boolean builtin, boolean fixed) {
    Optional<String> docs =
        builtin ? Optional.of(builtinDocsPath(rule.id())) : rule.docsUri().map(String::valueOf);
    return new RuleInfo(rule.id(), rule.defaultSeverity(), fixed, rule.summary(), docs);
  }

  /** Whether {@link #docs()} is an absolute address rather than a path of the project's docs. */
  public boolean docsAbsolute() {
    return docs.map(d -> d.contains("://")).orElse(false);
  }
}
