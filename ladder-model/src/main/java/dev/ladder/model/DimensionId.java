package dev.ladder.model;

import java.util.Objects;

/** The id of a {@link Dimension}: a slug such as {@code scope-of-knowledge}. */
public record DimensionId(String value) implements Comparable<DimensionId> {
  public DimensionId {
    Objects.requireNonNull(value, "value");
  }

  public static DimensionId of(String value) {
    return new DimensionId(value);
  }

  @Override
  public int compareTo(DimensionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
