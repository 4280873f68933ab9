package dev.ladder.validator;

import java.util.Locale;

/**
 * How a finding compares with a base version of the ladder (FORMAT.md section 5), as SARIF's {@code
 * baselineState} names it: {@code new} at the head, {@code unchanged} from the base, or {@code
 * absent} (fixed: at the base, not at the head).
 */
public enum BaselineState {
  NEW,
  UNCHANGED,
  ABSENT;

  /** {@code new}, {@code unchanged} or {@code absent}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
