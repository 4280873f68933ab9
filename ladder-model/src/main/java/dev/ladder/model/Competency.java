package dev.ladder.model;

import java.util.Objects;

/** An entry of the ladder's competency catalogue. */
public record Competency(CompetencyId id, String name, String description, SourceRef source) {
  public Competency {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNullElse(name, "");
    description = Objects.requireNonNullElse(description, "");
    Objects.requireNonNull(source, "source");
  }
}
