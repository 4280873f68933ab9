package dev.ladder.validator.run;

import dev.ladder.model.Ladder;
import dev.ladder.validator.ValidationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run did: its verdict, the result and the ladder it validated (none when it was up to
 * date), the report files it wrote, and the failure message a front end shows when it failed.
 *
 * @param files the ladder files considered
 * @param failure the summary, the threshold and the first failing findings; present when failed
 */
public record RunOutcome(
    Verdict verdict,
    Optional<ValidationResult> result,
    Optional<Ladder> ladder,
    int files,
    List<Path> reports,
    Optional<String> failure) {

  /** How a run ended. */
  public enum Verdict {
    /** Validated, and no finding reached the threshold. */
    PASSED,
    /** Validated, and findings reached the threshold. */
    FAILED,
    /** Nothing changed since the last run that passed: nothing was validated. */
    UP_TO_DATE
  }

  public RunOutcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(ladder, "ladder");
    reports = List.copyOf(reports);
    Objects.requireNonNull(failure, "failure");
  }

  public boolean failed() {
    return verdict == Verdict.FAILED;
  }
}
