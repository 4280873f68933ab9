package dev.ladder.model;

import java.util.Objects;

/** The id of a {@link Competency}: a slug such as {@code deliver-results}. */
public record CompetencyId(String value) implements Comparable<CompetencyId> {
  public CompetencyId {
    Objects.requireNonNull(value, "value");
  }

  public static CompetencyId of(String value) {
    return new CompetencyId(value);
  }

  @Override
  public int compareTo(CompetencyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
