package dev.ladder.cli.testrule;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.validator.Rule;
import dev.ladder.validator.RuleContext;

/** A rule that runs out of memory, as a ladder too large for the heap would. */
public final class Exhausting implements Rule {
  @Override
  public String id() {
    return "exhausting";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "needs more memory than the JVM has";
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    throw new OutOfMemoryError("Java heap space");
  }
}
