package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Range;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.validator.RuleContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

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
    for (StepUp step : Facts.checkedSteps(ladder)) {
      Map<String, Range> lower = ladder.effective(step.lower()).scope();
      Map<String, Range> higher = ladder.effective(step.higher()).scope();
      for (Map.Entry<String, Range> entry : lower.entrySet()) {
        Range to = higher.getOrDefault(entry.getKey(), Range.OPEN);
        Optional<BigDecimal> decreased = Facts.decreased(entry.getValue().min(), to.min());
        if (decreased.isEmpty()) {
          continue;
        }
        BigDecimal from = decreased.get();
        Level h = step.higher();
        Range own = h.scope().get(entry.getKey());
        context.report(
            Facts.ownOrExtends(
                h,
                own != null && own.min().isPresent(),
                h.source().at("scope", entry.getKey(), "min")),
            h.label()
                + " sets the minimum of "
                + entry.getKey()
                + " to "
                + Facts.number(to.min().get())
                + ", below the "
                + Facts.number(from)
                + " of "
                + step.lower().label(),
            "raise it to at least " + Facts.number(from));
      }
    }
  }
}
