package dev.ladder.model;

import java.util.Objects;

/** A track of the ladder, such as individual contributor or people manager. */
public record Track(TrackId id, String name, String description, SourceRef source) {
  public Track {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNullElse(name, "");
    description = Objects.requireNonNullElse(description, "");
    Objects.requireNonNull(source, "source");
  }
}
