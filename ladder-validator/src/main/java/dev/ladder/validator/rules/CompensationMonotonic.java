package dev.ladder.validator.rules;

import dev.ladder.model.Compensation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.model.TrackId;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code compensation-monotonic}: on every step up, the compensation band's {@code min} and {@code
 * max} never decrease; and the levels of one track pay in one currency, the currency of its lowest
 * level that names one. Bands in different currencies are not compared.
 */
public final class CompensationMonotonic extends BuiltinRule {
  public CompensationMonotonic() {
    super(
        "compensation-monotonic",
        Severity.WARNING,
        "on every step up, compensation min and max never decrease; one currency per track");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (TrackId track : ladder.trackIds()) {
      currency(ladder, track, context);
    }
    for (StepUp step : ladder.comparableStepsUp()) {
      Compensation lower = ladder.effective(step.lower()).compensation();
      Compensation higher = ladder.effective(step.higher()).compensation();
      if (lower.currency().isPresent()
          && higher.currency().isPresent()
          && !lower.currency().equals(higher.currency())) {
        continue;
      }
      compare(context, step, "min", lower, higher, Compensation::min);
      compare(context, step, "max", lower, higher, Compensation::max);
    }
  }

  private static void currency(Ladder ladder, TrackId track, RuleContext context) {
    Level first = null;
    String currency = null;
    for (Level level : ladder.levelsOf(track)) {
      Optional<String> own = ladder.effective(level).compensation().currency();
      if (own.isEmpty()) {
        continue;
      }
      if (currency == null) {
        first = level;
        currency = own.get();
      } else if (!currency.equals(own.get())) {
        context.report(
            Finding.at(
                    level.valueSource(
                        level.compensation().currency().isPresent(),
                        level.source().at("compensation", "currency")),
                    level.label()
                        + " pays in "
                        + own.get()
                        + ", but "
                        + first.label()
                        + " pays in "
                        + currency
                        + " in track "
                        + ladder.trackName(track))
                .hint("use one currency per track: " + currency)
                .key(level.id(), "compensation", "currency", track)
                .related(
                    first.valueSource(
                        first.compensation().currency().isPresent(),
                        first.source().at("compensation", "currency"))));
      }
    }
  }

  private static void compare(
      RuleContext context,
      StepUp step,
      String field,
      Compensation lower,
      Compensation higher,
      Function<Compensation, Optional<BigDecimal>> value) {
    Level h = step.higher();
    String currency = higher.currency().or(lower::currency).map(c -> " " + c).orElse("");
    Monotonic.compare(
        context,
        step,
        value.apply(lower),
        value.apply(higher),
        value.apply(h.compensation()).isPresent(),
        h.source().at("compensation", field),
        step.lower()
            .valueSource(
                value.apply(step.lower().compensation()).isPresent(),
                step.lower().source().at("compensation", field)),
        (level, to, toValue, from) ->
            level.label()
                + " has a compensation "
                + field
                + " of "
                + to
                + currency
                + ", below the "
                + from
                + currency,
        "raise it to at least ",
        "compensation",
        field);
  }
}
