package dev.ladder.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of one file stands: JSON Pointer to the position of the node's value, and of its
 * key for object members. Built while the file is parsed, in the same pass.
 */
public final class SourceMap {
  private final Map<String, Position> values;
  private final Map<String, Position> keys;

  private SourceMap(Map<String, Position> values, Map<String, Position> keys) {
    this.values = Map.copyOf(values);
    this.keys = Map.copyOf(keys);
  }

  public static SourceMap empty() {
    return new SourceMap(Map.of(), Map.of());
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
    return values.size();
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
      return new SourceMap(values, keys);
    }
  }
}
