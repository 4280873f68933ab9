package dev.ladder.validator.rules;

import dev.ladder.model.Compensation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.model.TrackId;
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
    for (StepUp step : Facts.checkedSteps(ladder)) {
      Compensation lower = ladder.effective(step.lower()).compensation();
      Compensation higher = ladder.effective(step.higher()).compensation();
      if (lower.currency().isPresent()
          && higher.currency().isPresent()
          && !lower.currency().equals(higher.currency())) {
        continue;
      }
      compare(step, "min", lower, higher, Compensation::min, context);
      compare(step, "max", lower, higher, Compensation::max, context);
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
            Facts.ownOrExtends(
                level,
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
                + Facts.trackName(ladder, track),
            "use one currency per track: " + currency);
      }
    }
  }

  private static void compare(
      StepUp step,
      String field,
      Compensation lower,
      Compensation higher,
      Function<Compensation, Optional<BigDecimal>> value,
      RuleContext context) {
    Optional<BigDecimal> from = Facts.decreased(value.apply(lower), value.apply(higher));
    if (from.isEmpty()) {
      return;
    }
    Optional<BigDecimal> to = value.apply(higher);
    Level h = step.higher();
    String currency = higher.currency().or(lower::currency).map(c -> " " + c).orElse("");
    context.report(
        Facts.ownOrExtends(
            h, value.apply(h.compensation()).isPresent(), h.source().at("compensation", field)),
        h.label()
            + " has a compensation "
            + field
            + " of "
            + Facts.number(to.get())
            + currency
            + ", below the "
            + Facts.number(from.get())
            + currency
            + " of "
            + step.lower().label(),
        "raise it to at least " + Facts.number(from.get()));
  }
}
