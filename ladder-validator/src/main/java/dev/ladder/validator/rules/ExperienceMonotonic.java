package dev.ladder.validator.rules;

import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.validator.RuleContext;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code experience-monotonic}: on every step up, {@code experience.minYears} and {@code
 * experience.leadershipYears} never decrease. Compared only where both levels have the value.
 */
public final class ExperienceMonotonic extends BuiltinRule {
  public ExperienceMonotonic() {
    super(
        "experience-monotonic",
        Severity.ERROR,
        "on every step up, experience.minYears and leadershipYears never decrease");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (StepUp step : Facts.checkedSteps(ladder)) {
      Experience lower = ladder.effective(step.lower()).experience();
      Experience higher = ladder.effective(step.higher()).experience();
      compare(
          step, "minYears", "years of experience", lower, higher, Experience::minYears, context);
      compare(
          step,
          "leadershipYears",
          "years of leadership",
          lower,
          higher,
          Experience::leadershipYears,
          context);
    }
  }

  private static void compare(
      StepUp step,
      String field,
      String words,
      Experience lower,
      Experience higher,
      Function<Experience, Optional<BigDecimal>> value,
      RuleContext context) {
    Optional<BigDecimal> from = Facts.decreased(value.apply(lower), value.apply(higher));
    if (from.isEmpty()) {
      return;
    }
    Optional<BigDecimal> to = value.apply(higher);
    Level h = step.higher();
    context.report(
        Facts.ownOrExtends(
            h, value.apply(h.experience()).isPresent(), h.source().at("experience", field)),
        h.label()
            + " asks for "
            + Facts.number(to.get())
            + " "
            + (to.get().compareTo(BigDecimal.ONE) == 0
                ? words.replaceFirst("years", "year")
                : words)
            + " ("
            + field
            + "), fewer than the "
            + Facts.number(from.get())
            + " of "
            + step.lower().label(),
        "ask for at least " + Facts.number(from.get()));
  }
}
