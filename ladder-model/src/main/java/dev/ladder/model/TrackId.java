package dev.ladder.model;

import java.util.Objects;

/** The id of a {@link Track}: a slug such as {@code ic}. */
public record TrackId(String value) implements Comparable<TrackId> {
  public TrackId {
    Objects.requireNonNull(value, "value");
  }

  public static TrackId of(String value) {
    return new TrackId(value);
  }

  @Override
  public int compareTo(TrackId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
