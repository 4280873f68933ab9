package dev.ladder.model;

import java.util.Objects;

/** An area every level is described in, such as scope of knowledge or responsibilities. */
public record Dimension(DimensionId id, String name, String description, SourceRef source) {
  public Dimension {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNullElse(name, "");
    description = Objects.requireNonNullElse(description, "");
    Objects.requireNonNull(source, "source");
  }
}
