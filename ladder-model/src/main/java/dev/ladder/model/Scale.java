package dev.ladder.model;

import java.util.Comparator;
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

  /**
   * Orders values by their position on this scale, lowest first; a value the scale lacks sorts
   * below every value it has.
   *
   * <pre>{@code
   * reach.order().compare("team", "organization") < 0 // true
   * }</pre>
   */
  public Comparator<String> order() {
    return Comparator.comparingInt(v -> values.indexOf(v));
  }
}
