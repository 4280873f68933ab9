package dev.ladder.validator;

import dev.ladder.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one ladder: its id, how many files were considered, and every
 * diagnostic, sorted as FORMAT.md section 3 says.
 */
public record ValidationResult(String ladderId, int files, List<Diagnostic> diagnostics) {
  public ValidationResult {
    Objects.requireNonNull(ladderId, "ladderId");
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    diagnostics = List.copyOf(sorted);
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
