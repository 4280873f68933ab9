package dev.ladder.model;

import java.util.Objects;

/**
 * One entry of {@code rules:} in ladder.yaml: a rule id and the level it is set to, {@code error},
 * {@code warning}, {@code info} or {@code off}.
 */
public record RuleSetting(String rule, String level, SourceRef source) {
  public RuleSetting {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(source, "source");
  }
}
