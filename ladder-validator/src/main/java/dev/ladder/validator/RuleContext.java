package dev.ladder.validator;

import dev.ladder.model.SourceRef;

/**
 * Where a {@link Rule} reports its findings. The rule names the node that is wrong; the validator
 * turns it into a file, line and column, so rules never format locations.
 *
 * <pre>{@code
 * context.report(
 *     Finding.at(level.source().at("rank"), level.label() + " has the same rank as " + other.label())
 *         .hint("give each level of a track its own rank")
 *         .key(level.track(), level.rank(), level.id()));
 * }</pre>
 *
 * <p>A finding reported with {@link #report(SourceRef, String)} and its siblings is known between
 * two versions of the ladder by the node's JSON pointer; {@link #report(Finding)} gives it a key of
 * ids of its own, which survives an edit that moves the node.
 */
public interface RuleContext {
  /**
   * Reports a finding with its key and related nodes. A context of its own that does not implement
   * it reports the node, message and hint, without the key.
   */
  default void report(Finding finding) {
    if (finding.atKey()) {
      reportAtKey(finding.node(), finding.message(), finding.hint().orElse(null));
    } else if (finding.hint().isPresent()) {
      report(finding.node(), finding.message(), finding.hint().get());
    } else {
      report(finding.node(), finding.message());
    }
  }

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
