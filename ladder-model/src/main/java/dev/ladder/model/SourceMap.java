package dev.ladder.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of one file stands: JSON Pointer to the position of the node's value, and of its
 * key for object members. Built while the file is parsed, in the same pass.
 */
public final class SourceMap {
  private static final SourceMap EMPTY =
      new SourceMap(new Table(new HashMap<>()), new Table(new HashMap<>()));

  // A ladder keeps the map of every file for its whole life: store it compactly (sorted pointer
  // strings shared between files, positions packed in an int or long array) rather than as objects.
  private final Table values;
  private final Table keys;

  private SourceMap(Table values, Table keys) {
    this.values = values;
    this.keys = keys;
  }

  public static SourceMap empty() {
    return EMPTY;
  }

  /** The position of the value at {@code pointer}, if the file has that node. */
  public Optional<Position> value(String pointer) {
    return Optional.ofNullable(values.get(pointer));
  }

  /** The position of the key of the object member at {@code pointer}, if it is one. */
  public Optional<Position> key(String pointer) {
    return Optional.ofNullable(keys.get(pointer));
  }

  /**
   * The position of the node at {@code pointer}, or of its nearest ancestor the file has, or the
   * start of the file.
   */
  public Position locate(String pointer) {
    String p = pointer;
    while (true) {
      Position found = values.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  public int size() {
    return values.pointers.length;
  }

  /**
   * Pointers sorted, with their positions packed as {@code line << 16 | column} in an int when
   * every line and column of the file is below 65,536 (any real ladder file), else as {@code line
   * << 32 | column} in a long.
   */
  private static final class Table {
    private static final int SMALL = 1 << 16;

    private final String[] pointers;
    private final int[] small;
    private final long[] large;

    Table(Map<String, Position> map) {
      pointers = map.keySet().toArray(new String[0]);
      Arrays.sort(pointers);
      boolean fits = map.values().stream().allMatch(p -> fits(p.line()) && fits(p.column()));
      small = fits ? new int[pointers.length] : null;
      large = fits ? null : new long[pointers.length];
      for (int i = 0; i < pointers.length; i++) {
        Position p = map.get(pointers[i]);
        if (fits) {
          small[i] = (p.line() << 16) | p.column();
        } else {
          large[i] = ((long) p.line() << 32) | (p.column() & 0xffffffffL);
        }
        pointers[i] = pointers[i].intern();
      }
    }

    private static boolean fits(int n) {
      return n >= 0 && n < SMALL;
    }

    Position get(String pointer) {
      int i = Arrays.binarySearch(pointers, pointer);
      if (i < 0) {
        return null;
      }
      if (small != null) {
        return new Position(small[i] >>> 16, small[i] & (SMALL - 1));
      }
      long packed = large[i];
      return new Position((int) (packed >>> 32), (int) packed);
    }
  }

  /** Collects positions while a file is parsed. */
  public static final class Builder {
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    public Builder value(String pointer, Position position) {
      values.putIfAbsent(pointer, position);
      return this;
    }

    public Builder key(String pointer, Position position) {
      keys.putIfAbsent(pointer, position);
      return this;
    }

    /** The position recorded so far for the key at {@code pointer}. */
    public Optional<Position> keyAt(String pointer) {
      return Optional.ofNullable(keys.get(pointer));
    }

    public SourceMap build() {
      return new SourceMap(new Table(values), new Table(keys));
    }
  }
}
