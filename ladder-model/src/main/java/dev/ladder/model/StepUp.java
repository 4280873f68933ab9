package dev.ladder.model;

import java.util.Objects;

/**
 * An edge along which the ladder must never shrink: from {@code lower} to {@code higher}.
 *
 * @param kind {@link Kind#RANK} for the next higher rank of a track, {@link Kind#PROGRESSION} for a
 *     {@code progression.next} edge (a rank step that is also named there stays {@code RANK})
 */
public record StepUp(Level lower, Level higher, Kind kind) {
  public enum Kind {
    RANK,
    PROGRESSION
  }

  public StepUp {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(higher, "higher");
    Objects.requireNonNull(kind, "kind");
  }
}
