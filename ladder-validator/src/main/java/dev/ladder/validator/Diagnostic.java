package dev.ladder.validator;

import dev.ladder.model.Location;
import dev.ladder.model.Severity;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: a rule id, a severity, a message in the ladder's own words, where it is and, when it
 * helps, a hint. The location's file is relative to the ladder root's parent folder, {@code /}
 * separated: {@code ladder/levels/vp.yaml}.
 */
public record Diagnostic(
    String rule, Severity severity, String message, Location location, Optional<String> hint)
    implements Comparable<Diagnostic> {

  /** FORMAT.md section 3: file, line, column, rule id, message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> d.hint().orElse(""))
          .thenComparing(Diagnostic::severity);

  public Diagnostic {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(hint, "hint");
  }

  public String file() {
    return location.file();
  }

  public int line() {
    return location.line();
  }

  public int column() {
    return location.column();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
