package dev.ladder.model;

import java.util.Objects;

/** The id of a {@link Attribute}: a slug such as {@code leadership-reach}. */
public record AttributeId(String value) implements Comparable<AttributeId> {
  public AttributeId {
    Objects.requireNonNull(value, "value");
  }

  public static AttributeId of(String value) {
    return new AttributeId(value);
  }

  @Override
  public int compareTo(AttributeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
