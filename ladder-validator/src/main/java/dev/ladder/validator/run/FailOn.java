package dev.ladder.validator.run;

import dev.ladder.model.Severity;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.report.TextReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build's threshold: the least severe finding that fails it, or none.
 *
 * <pre>{@code
 * FailOn failOn = FailOn.parse("warning");
 * if (failOn.failedBy(result)) throw new MojoFailureException(failOn.message(result));
 * }</pre>
 */
public record FailOn(Optional<Severity> threshold) {
  /** How many findings the failure message lists; the build log has all of them. */
  public static final int FINDINGS_IN_MESSAGE = 5;

  /** The default: errors fail, warnings and infos do not. */
  public static final FailOn ERROR = new FailOn(Optional.of(Severity.ERROR));

  public FailOn {
    Objects.requireNonNull(threshold, "threshold");
  }

  /**
   * Parses {@code error}, {@code warning}, {@code info} or {@code none}.
   *
   * @throws ConfigurationException on anything else
   */
  public static FailOn parse(String value) {
    String v = value == null ? "" : value.strip();
    if (v.equals("none")) {
      return new FailOn(Optional.empty());
    }
    return new FailOn(
        Optional.of(
            Severity.parse(v)
                .orElseThrow(
                    () ->
                        new ConfigurationException(
                            "unknown value '"
                                + v
                                + "' for failOn; use error, warning, info or none"))));
  }

  /** {@code error}, {@code warning}, {@code info} or {@code none}. */
  public String label() {
    return threshold.map(Severity::label).orElse("none");
  }

  /**
   * Whether a finding of {@code result} is at the threshold or more severe, not counting those
   * unchanged from a base.
   */
  public boolean failedBy(ValidationResult result) {
    return counts(result).findAny().isPresent();
  }

  /**
   * The summary, then the first findings at or above the threshold in the text format, then how
   * many more there are.
   */
  public String message(ValidationResult result) {
    List<String> failing = counts(result).map(TextReport::line).collect(Collectors.toList());
    StringBuilder message =
        new StringBuilder(TextReport.summary(result))
            .append(" (failOn: ")
            .append(label())
            .append(")");
    failing.stream().limit(FINDINGS_IN_MESSAGE).forEach(l -> message.append('\n').append(l));
    if (failing.size() > FINDINGS_IN_MESSAGE) {
      message.append("\n... and ").append(failing.size() - FINDINGS_IN_MESSAGE).append(" more");
    }
    return message.toString();
  }

  /**
   * The findings at the threshold or more severe, but those unchanged from the base of a ratchet
   * (FORMAT.md section 5): they are reported, and do not count.
   */
  private Stream<Diagnostic> counts(ValidationResult result) {
    return result.diagnostics().stream()
        .filter(d -> !d.unchanged())
        .filter(d -> threshold.isPresent() && d.severity().compareTo(threshold.get()) <= 0);
  }
}
