package dev.ladder.validator;

import dev.ladder.model.SourceRef;

/**
 * Where a {@link Rule} reports its findings. The rule names the node that is wrong; the validator
 * turns it into a file, line and column, so rules never format locations.
 *
 * <pre>{@code
 * context.report(
 *     level.source().at("rank"),
 *     level.label() + " has the same rank as " + other.label(),
 *     "give each level of a track its own rank");
 * }</pre>
 */
public interface RuleContext {
  /** Reports a finding at the value of {@code node}. */
  void report(SourceRef node, String message);

  /** Reports a finding at the value of {@code node}, with a hint that says how to fix it. */
  void report(SourceRef node, String message, String hint);

  /**
   * Reports a finding at the key of the object member {@code member} (for a finding about a whole
   * entry, such as {@code expectations/<dimension>}), with an optional hint ({@code null} for
   * none).
   */
  void reportAtKey(SourceRef member, String message, String hint);

  /** The options this rule runs with; {@link RuleOptions#NONE} when none is set. */
  default RuleOptions options() {
    return RuleOptions.NONE;
  }
}
