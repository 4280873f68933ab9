package dev.ladder.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** A named ordinal scale, lowest value first: {@code reach: [self, team, organization]}. */
public record Scale(String name, List<String> values, SourceRef source) {
  public Scale {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    Objects.requireNonNull(source, "source");
  }

  /** The position of {@code value} on this scale, lowest 0; empty when the scale lacks it. */
  public OptionalInt indexOf(String value) {
    int i = values.indexOf(value);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }
}
