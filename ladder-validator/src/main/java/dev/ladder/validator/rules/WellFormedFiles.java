package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.model.read.Problem;
import dev.ladder.validator.RuleContext;

/**
 * {@code parse}: every file is well-formed YAML or JSON in UTF-8, without duplicate keys, anchors,
 * aliases or custom tags, and within the reader's limits. The reader finds these problems while it
 * reads; this class only carries the rule's id, severity and summary into the catalogue.
 */
public final class WellFormedFiles extends BuiltinRule {
  public static final String ID = Problem.PARSE;

  public WellFormedFiles() {
    super(
        ID,
        Severity.ERROR,
        "the file is well-formed YAML/JSON and UTF-8: no duplicate keys, anchors, aliases or"
            + " custom tags; within the documented limits");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    // Reported by the reader: a file that does not parse never reaches the model.
  }
}
