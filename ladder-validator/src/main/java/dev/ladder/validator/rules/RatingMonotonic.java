package dev.ladder.validator.rules;

import dev.ladder.model.AttributeId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Scale;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code rating-monotonic}: on every step up, no rating of the higher level is lower on its scale
 * than the lower level's rating of the same attribute (a VP's reach contains a Director's). Only
 * attributes both levels rate are compared; values that are not on the scale are left to {@code
 * dangling-reference}.
 */
public final class RatingMonotonic extends BuiltinRule {
  public RatingMonotonic() {
    super(
        "rating-monotonic",
        Severity.ERROR,
        "on every step up, no rating of the higher level is lower on its scale than the lower"
            + " level's");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (StepUp step : ladder.comparableStepsUp()) {
      EffectiveLevel lower = ladder.effective(step.lower());
      EffectiveLevel higher = ladder.effective(step.higher());
      for (Map.Entry<AttributeId, String> rating : lower.ratings().entrySet()) {
        String higherValue = higher.ratings().get(rating.getKey());
        Optional<Scale> scale =
            ladder.attribute(rating.getKey()).flatMap(a -> ladder.scale(a.scale()));
        if (higherValue == null || scale.isEmpty()) {
          continue;
        }
        OptionalInt from = scale.get().indexOf(rating.getValue());
        OptionalInt to = scale.get().indexOf(higherValue);
        if (from.isEmpty() || to.isEmpty() || to.getAsInt() >= from.getAsInt()) {
          continue;
        }
        Level h = step.higher();
        Level l = step.lower();
        String message =
            h.label()
                + " rates "
                + ladder.attributeName(rating.getKey())
                + " '"
                + higherValue
                + "', below '"
                + rating.getValue()
                + "' of "
                + step.lower().label()
                + " on scale "
                + scale.get().name();
        context.report(
            Finding.at(
                    h.valueSource(
                        h.ratings().containsKey(rating.getKey()),
                        h.source().at("ratings", rating.getKey().value())),
                    message)
                .hint("rate it '" + rating.getValue() + "' or higher")
                .key(h.id(), l.id(), "ratings", rating.getKey())
                .related(
                    l.valueSource(
                        l.ratings().containsKey(rating.getKey()),
                        l.source().at("ratings", rating.getKey().value()))));
      }
    }
  }
}
