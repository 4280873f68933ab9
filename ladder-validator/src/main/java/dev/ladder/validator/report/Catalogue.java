package dev.ladder.validator.report;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.ValidationResult;
import java.util.List;
import java.util.TreeMap;

/**
 * The rules a report lists: the context's catalogue plus any rule a diagnostic names that the
 * catalogue lacks (a rule added through {@code ServiceLoader} that the caller did not pass), so
 * that every SARIF result has a rule to point at and every JUnit failure a testcase.
 */
final class Catalogue {
  private Catalogue() {}

  static List<RuleInfo> of(ReportContext context, ValidationResult result) {
    TreeMap<String, RuleInfo> byId = new TreeMap<>();
    context.rules().forEach(rule -> byId.put(rule.id(), rule));
    // Diagnostics are sorted, so the first one of an unknown rule is the same on every run.
    for (Diagnostic d : result.diagnostics()) {
      byId.putIfAbsent(d.rule(), new RuleInfo(d.rule(), d.severity(), false, d.rule()));
    }
    return List.copyOf(byId.values());
  }

  static boolean documented(ReportContext context, String ruleId) {
    return context.rules().stream().anyMatch(r -> r.id().equals(ruleId));
  }
}
