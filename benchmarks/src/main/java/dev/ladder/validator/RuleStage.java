package dev.ladder.validator;

import dev.ladder.model.read.ReadResult;

/**
 * The validator's rule stage alone, on a ladder already read, for benchmarks only. The stage is
 * package-private in ladder-validator (front ends call {@link Validator#validate}), so this class
 * shares its package on the benchmarks' class path rather than widening the validator's API.
 *
 * <pre>{@code
 * ReadResult read = LadderReader.standard().read(root);
 * ValidationResult result = RuleStage.check(Validator.builder().build(), read);
 * }</pre>
 */
public final class RuleStage {
  private RuleStage() {}

  /** Runs every enabled rule over {@code read}, exactly as {@link Validator#validate} does. */
  public static ValidationResult check(Validator validator, ReadResult read) {
    return validator.check(read, "ladder/");
  }
}
