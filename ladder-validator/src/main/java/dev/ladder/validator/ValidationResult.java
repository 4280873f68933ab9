package dev.ladder.validator;

import dev.ladder.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating one ladder: its id, how many files were considered, every diagnostic
 * (sorted as FORMAT.md section 3 says), every rule with the setting it ran at (sorted by id), which
 * reports list, and, when it was compared with a base ({@link #withBaseline}), the base and the
 * findings the head fixed.
 *
 * <pre>{@code
 * ValidationResult ratcheted = head.withBaseline("origin/main", base);
 * long failing = ratcheted.diagnostics().stream().filter(d -> !d.unchanged()).count();
 * }</pre>
 */
public record ValidationResult(
    String ladderId,
    int files,
    List<Diagnostic> diagnostics,
    List<ConfiguredRule> rules,
    Optional<Baseline> baseline) {

  /**
   * The base a result was compared with: how it is named ({@code origin/main}, a folder), and the
   * findings of the base that the head no longer has, marked {@code absent}.
   */
  public record Baseline(String base, List<Diagnostic> fixed) {
    public Baseline {
      Objects.requireNonNull(base, "base");
      fixed = List.copyOf(fixed);
    }
  }

  public ValidationResult {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(ladderId, "ladderId");
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    diagnostics = List.copyOf(sorted);
    List<ConfiguredRule> byId = new ArrayList<>(rules);
    byId.sort(Comparator.comparing(ConfiguredRule::id));
    rules = List.copyOf(byId);
  }

  /** A result not compared with a base. */
  public ValidationResult(
      String ladderId, int files, List<Diagnostic> diagnostics, List<ConfiguredRule> rules) {
    this(ladderId, files, diagnostics, rules, Optional.empty());
  }

  /** A result that knows no rules beyond those its diagnostics name. */
  public ValidationResult(String ladderId, int files, List<Diagnostic> diagnostics) {
    this(ladderId, files, diagnostics, List.of());
  }

  /** The same result with other diagnostics, for a front end that sets some aside. */
  public ValidationResult withDiagnostics(List<Diagnostic> other) {
    return new ValidationResult(ladderId, files, other, rules, baseline);
  }

  /**
   * This result compared with the result of a base named {@code name} (FORMAT.md section 5): each
   * diagnostic marked {@code new} or {@code unchanged}, and the base's fixed ones kept apart.
   */
  public ValidationResult withBaseline(String name, ValidationResult base) {
    FindingChanges changes = FindingChanges.between(base.diagnostics(), diagnostics);
    return new ValidationResult(
        ladderId, files, changes.head(), rules, Optional.of(new Baseline(name, changes.fixed())));
  }

  /** How many findings are unchanged from the base; 0 without one. */
  public long unchanged() {
    return diagnostics.stream().filter(Diagnostic::unchanged).count();
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
