package dev.ladder.model;

import java.util.Objects;

/** Something levels are rated on, each on one named {@link Scale}. */
public record Attribute(
    AttributeId id, String name, String scale, String description, SourceRef source) {
  public Attribute {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNullElse(name, "");
    Objects.requireNonNull(scale, "scale");
    description = Objects.requireNonNullElse(description, "");
    Objects.requireNonNull(source, "source");
  }
}
