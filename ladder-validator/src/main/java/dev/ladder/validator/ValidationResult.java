package dev.ladder.validator;

import dev.ladder.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating one ladder: its id, how many files were considered, every diagnostic
 * (sorted as FORMAT.md section 3 says), and every rule with the setting it ran at (sorted by id),
 * which reports list.
 */
public record ValidationResult(
    String ladderId, int files, List<Diagnostic> diagnostics, List<ConfiguredRule> rules) {
  public ValidationResult {
    Objects.requireNonNull(ladderId, "ladderId");
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    diagnostics = List.copyOf(sorted);
    List<ConfiguredRule> byId = new ArrayList<>(rules);
    byId.sort(Comparator.comparing(ConfiguredRule::id));
    rules = List.copyOf(byId);
  }

  /** A result that knows no rules beyond those its diagnostics name. */
  public ValidationResult(String ladderId, int files, List<Diagnostic> diagnostics) {
    this(ladderId, files, diagnostics, List.of());
  }

  /** The same result with other diagnostics, for a front end that sets some aside. */
  public ValidationResult withDiagnostics(List<Diagnostic> other) {
    return new ValidationResult(ladderId, files, other, rules);
  }

  /** The rule with this id, as it ran. */
  public Optional<ConfiguredRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  public long infos() {
    return count(Severity.INFO);
  }

  /** Whether any finding is at {@code threshold} or more severe. */
  public boolean hasAtLeast(Severity threshold) {
    return diagnostics.stream().anyMatch(d -> d.severity().compareTo(threshold) <= 0);
  }
}
