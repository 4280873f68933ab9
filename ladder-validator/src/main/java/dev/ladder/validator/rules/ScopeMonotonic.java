package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Range;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.validator.RuleContext;
import java.util.Map;

/**
 * {@code scope-monotonic}: on every step up, the minimum of each scope range never decreases (a
 * level above leads at least as many teams). Compared only where both levels set that minimum.
 */
public final class ScopeMonotonic extends BuiltinRule {
  public ScopeMonotonic() {
    super(
        "scope-monotonic",
        Severity.ERROR,
        "on every step up, the minimum of each scope range never decreases");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (StepUp step : ladder.comparableStepsUp()) {
      Map<String, Range> lower = ladder.effective(step.lower()).scope();
      Map<String, Range> higher = ladder.effective(step.higher()).scope();
      for (Map.Entry<String, Range> entry : lower.entrySet()) {
        String key = entry.getKey();
        Range own = step.higher().scope().get(key);
        Range lowerOwn = step.lower().scope().get(key);
        Monotonic.compare(
            context,
            step,
            entry.getValue().min(),
            higher.getOrDefault(key, Range.OPEN).min(),
            own != null && own.min().isPresent(),
            step.higher().source().at("scope", key, "min"),
            step.lower()
                .valueSource(
                    lowerOwn != null && lowerOwn.min().isPresent(),
                    step.lower().source().at("scope", key, "min")),
            (level, to, toValue, from) ->
                level.label() + " sets the minimum of " + key + " to " + to + ", below the " + from,
            "raise it to at least ",
            "scope",
            key,
            "min");
      }
    }
  }
}
