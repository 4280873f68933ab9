package dev.ladder.validator;

import dev.ladder.model.Location;
import dev.ladder.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: a rule id, a severity, a message in the ladder's own words, where it is and, when it
 * helps, a hint. The location's file is relative to the ladder root's parent folder, {@code /}
 * separated: {@code ladder/levels/vp.yaml}.
 *
 * <p>Beyond FORMAT.md section 3, a diagnostic carries what section 5 needs: its {@link FindingKey}
 * (which finding it is, whatever its line or wording), the {@code related} locations of other files
 * that cause it (VP drops what Director's file expects: Director's expectation), and, once compared
 * with a base, its {@link BaselineState}.
 *
 * <pre>{@code
 * Diagnostic d = result.diagnostics().get(0);
 * System.out.println(d.identity()); // [expectation-containment, level:vp-engineering, ...]
 * }</pre>
 */
public record Diagnostic(
    String rule,
    Severity severity,
    String message,
    Location location,
    Optional<String> hint,
    FindingKey key,
    List<Location> related,
    Optional<BaselineState> baseline)
    implements Comparable<Diagnostic> {

  /** FORMAT.md section 3: file, line, column, rule id, message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> d.hint().orElse(""))
          .thenComparing(Diagnostic::severity)
          .thenComparing(d -> d.key().toString());

  public Diagnostic {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(key, "key");
    related = List.copyOf(related);
    Objects.requireNonNull(baseline, "baseline");
  }

  /** A diagnostic with a key of its own and related locations, not yet compared with a base. */
  public Diagnostic(
      String rule,
      Severity severity,
      String message,
      Location location,
      Optional<String> hint,
      FindingKey key,
      List<Location> related) {
    this(rule, severity, message, location, hint, key, related, Optional.empty());
  }

  /**
   * A diagnostic built by hand: its key is its file, and it is known by its message between two
   * versions of the ladder.
   */
  public Diagnostic(
      String rule, Severity severity, String message, Location location, Optional<String> hint) {
    this(rule, severity, message, location, hint, FindingKey.of(location.file()), List.of());
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

  /**
   * Which finding this is, between two versions of the ladder: the rule id, the key's file and the
   * key's ids (or the message, for a diagnostic built without ids).
   */
  public Identity identity() {
    return new Identity(rule, key.file(), key.ids().isEmpty() ? List.of(message) : key.ids());
  }

  /** Whether it was compared with a base and found there too. */
  public boolean unchanged() {
    return baseline.filter(b -> b == BaselineState.UNCHANGED).isPresent();
  }

  /** The same diagnostic as compared with a base. */
  public Diagnostic withBaseline(BaselineState state) {
    return new Diagnostic(
        rule, severity, message, location, hint, key, related, Optional.of(state));
  }

  /**
   * The identity of a finding (FORMAT.md section 5): equal at base and head when it is the same
   * finding.
   */
  public record Identity(String rule, String file, List<String> key) {
    public Identity {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(file, "file");
      key = List.copyOf(key);
    }
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
