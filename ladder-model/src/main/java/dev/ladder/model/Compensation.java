package dev.ladder.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A compensation band: currency (ISO 4217) and a range; each part optional. */
public record Compensation(Optional<String> currency, Range band) {
  public static final Compensation NONE = new Compensation(Optional.empty(), Range.OPEN);

  public Compensation {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(band, "band");
  }

  public Optional<BigDecimal> min() {
    return band.min();
  }

  public Optional<BigDecimal> max() {
    return band.max();
  }

  /** This band with each missing part taken from {@code inherited}. */
  public Compensation over(Compensation inherited) {
    return new Compensation(currency.or(inherited::currency), band.over(inherited.band));
  }

  public boolean isEmpty() {
    return currency.isEmpty() && band.min().isEmpty() && band.max().isEmpty();
  }
}
