package dev.ladder.validator;

import java.util.Objects;

/**
 * A rule as one validation ran it: what the rule is, and its effective setting (its default, then
 * {@code rules:} in ladder.yaml, then the front end's configuration). Reports list rules from
 * these, so a rule turned off anywhere shows as off.
 */
public record ConfiguredRule(RuleInfo rule, Setting setting) {
  public ConfiguredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(setting, "setting");
  }

  public String id() {
    return rule.id();
  }

  /** Whether the rule was turned off, and so did not run. */
  public boolean off() {
    return setting.severity().isEmpty();
  }
}
