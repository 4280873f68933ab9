package dev.ladder.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a ladder: a file, relative to the ladder root with {@code /} separators, and a 1-based
 * line and column.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {
  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  public Location {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  public static Location of(String file, Position position) {
    return new Location(file, position.line(), position.column());
  }

  public static Location startOf(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
