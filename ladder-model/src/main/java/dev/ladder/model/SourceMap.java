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
  // strings shared between files, positions packed in a long array) rather than as objects.
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

  /** Pointers sorted, with their positions packed as {@code line << 32 | column}. */
  private static final class Table {
    private final String[] pointers;
    private final long[] positions;

    Table(Map<String, Position> map) {
      pointers = map.keySet().toArray(new String[0]);
      Arrays.sort(pointers);
      positions = new long[pointers.length];
      for (int i = 0; i < pointers.length; i++) {
        Position p = map.get(pointers[i]);
        positions[i] = ((long) p.line() << 32) | (p.column() & 0xffffffffL);
        pointers[i] = pointers[i].intern();
      }
    }

    Position get(String pointer) {
      int i = Arrays.binarySearch(pointers, pointer);
      if (i < 0) {
        return null;
      }
      long packed = positions[i];
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

    public SourceMap build() {
      return new SourceMap(new Table(values), new Table(keys));
    }
  }
}
