package dev.ladder.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** Years of experience a level usually asks for; each part optional. */
public record Experience(Optional<BigDecimal> minYears, Optional<BigDecimal> leadershipYears) {
  public static final Experience NONE = new Experience(Optional.empty(), Optional.empty());

  public Experience {
    Objects.requireNonNull(minYears, "minYears");
    Objects.requireNonNull(leadershipYears, "leadershipYears");
  }

  /** This experience with each missing part taken from {@code inherited}. */
  public Experience over(Experience inherited) {
    return new Experience(
        minYears.or(inherited::minYears), leadershipYears.or(inherited::leadershipYears));
  }

  public boolean isEmpty() {
    return minYears.isEmpty() && leadershipYears.isEmpty();
  }
}
