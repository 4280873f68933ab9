package dev.ladder.validator.report;

import dev.ladder.validator.ConfiguredRule;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.ValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules a report lists: every rule the validation ran (or turned off), plus any rule a
 * diagnostic names that the result lacks (a result built by hand, or the {@code internal}
 * diagnostic of a rule that failed), so that every SARIF result has a rule to point at and every
 * JUnit failure a testcase.
 */
final class Catalogue {
  private Catalogue() {}

  static List<RuleInfo> of(ValidationResult result) {
    TreeMap<String, RuleInfo> byId = new TreeMap<>();
    result.rules().forEach(rule -> byId.put(rule.id(), rule.rule()));
    // Diagnostics are sorted, so the first one of an unknown rule is the same on every run.
    for (Diagnostic d : result.diagnostics()) {
      byId.putIfAbsent(
          d.rule(), new RuleInfo(d.rule(), d.severity(), false, d.rule(), Optional.empty()));
    }
    return List.copyOf(byId.values());
  }

  /** The ids of the rules that were turned off: JUnit reports them as skipped. */
  static Set<String> off(ValidationResult result) {
    Set<String> off = new TreeSet<>();
    result.rules().stream().filter(ConfiguredRule::off).forEach(r -> off.add(r.id()));
    return off;
  }
}
