package dev.ladder.model;

import java.util.Objects;

/** The id of a {@link Level}: a slug such as {@code vp-engineering}. */
public record LevelId(String value) implements Comparable<LevelId> {
  public LevelId {
    Objects.requireNonNull(value, "value");
  }

  public static LevelId of(String value) {
    return new LevelId(value);
  }

  @Override
  public int compareTo(LevelId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
