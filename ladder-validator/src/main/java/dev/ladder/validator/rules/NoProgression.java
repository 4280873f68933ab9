package dev.ladder.validator.rules;

import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Ladder;
import dev.ladder.model.LevelDiff;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;

/**
 * {@code no-progression}: every step up asks for something more. A level that has the same
 * effective expectations, ratings, scope and experience as a level it steps up from is reported at
 * its {@code id} (a different compensation alone is not progression). See {@link
 * LevelDiff#addsNothing()}.
 */
public final class NoProgression extends BuiltinRule {
  public NoProgression() {
    super(
        "no-progression",
        Severity.WARNING,
        "a level adds something over each level it steps up from: expectations, ratings, scope or"
            + " experience");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (StepUp step : ladder.comparableStepsUp()) {
      EffectiveLevel lower = ladder.effective(step.lower());
      EffectiveLevel higher = ladder.effective(step.higher());
      // Adding nothing needs the same expectation ids: a cheap test that spares most diffs.
      if (lower.ids().equals(higher.ids()) && LevelDiff.between(lower, higher).addsNothing()) {
        context.report(
            Finding.at(
                    step.higher().source().at("id"),
                    step.higher().label()
                        + " adds nothing over "
                        + step.lower().label()
                        + ": the same expectations, ratings, scope and experience")
                .hint("add what the step up asks for, or merge the two levels")
                .key(step.higher().id(), step.lower().id())
                .related(step.lower().source().at("id")));
      }
    }
  }
}
