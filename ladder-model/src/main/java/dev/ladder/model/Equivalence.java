package dev.ladder.model;

import java.util.List;
import java.util.Objects;

/** Levels of different tracks held equal: {@code [staff-engineer, engineering-manager]}. */
public record Equivalence(List<LevelId> levels, SourceRef source) {
  public Equivalence {
    levels = List.copyOf(levels);
    Objects.requireNonNull(source, "source");
  }
}
