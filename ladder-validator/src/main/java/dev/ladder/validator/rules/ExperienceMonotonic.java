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
    for (StepUp step : ladder.comparableStepsUp()) {
      Experience lower = ladder.effective(step.lower()).experience();
      Experience higher = ladder.effective(step.higher()).experience();
      compare(
          context, step, "minYears", "years of experience", lower, higher, Experience::minYears);
      compare(
          context,
          step,
          "leadershipYears",
          "years of leadership",
          lower,
          higher,
          Experience::leadershipYears);
    }
  }

  private static void compare(
      RuleContext context,
      StepUp step,
      String field,
      String words,
      Experience lower,
      Experience higher,
      Function<Experience, Optional<BigDecimal>> value) {
    Level h = step.higher();
    Level l = step.lower();
    Monotonic.compare(
        context,
        step,
        value.apply(lower),
        value.apply(higher),
        value.apply(h.experience()).isPresent(),
        h.source().at("experience", field),
        l.valueSource(value.apply(l.experience()).isPresent(), l.source().at("experience", field)),
        (level, to, toValue, from) ->
            level.label()
                + " asks for "
                + to
                + " "
                + (toValue.compareTo(BigDecimal.ONE) == 0
                    ? words.replaceFirst("years", "year")
                    : words)
                + " ("
                + field
                + "), fewer than the "
                + from,
        "ask for at least ",
        "experience",
        field);
  }
}
