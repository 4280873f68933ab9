package dev.ladder.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A numeric range; either end may be open. {@code directReports: {min: 4, max: 8}}. */
public record Range(Optional<BigDecimal> min, Optional<BigDecimal> max) {
  public static final Range OPEN = new Range(Optional.empty(), Optional.empty());

  public Range {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
  }

  public static Range of(BigDecimal min, BigDecimal max) {
    return new Range(Optional.ofNullable(min), Optional.ofNullable(max));
  }

  /** This range with each open end taken from {@code inherited}. */
  public Range over(Range inherited) {
    return new Range(min.or(inherited::min), max.or(inherited::max));
  }

  /** False only when both ends are set and min is above max. */
  public boolean isOrdered() {
    return min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) <= 0;
  }
}
