package dev.ladder.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of one file stands: JSON Pointer to the position of the node's value, and of its
 * key for object members. Built while the file is parsed, in the same pass.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new Builder().build();

  // A ladder keeps the map of every file for its whole life, and a valid ladder never asks it
  // anything: store it compactly and in document order (positions packed in an int, or a long for
  // lines or columns past 65,535), and sort it for lookups only when it is first asked.
  private static final int SMALL = 1 << 16;

  private final String[] pointers;
  private final int[] smallValues;
  private final int[] smallKeys;
  private final long[] largeValues;
  private final long[] largeKeys;
  private volatile int[] sorted;

  private SourceMap(String[] pointers, long[] values, long[] keys) {
    this.pointers = pointers;
    boolean fits = fits(values) && fits(keys);
    this.smallValues = fits ? small(values) : null;
    this.smallKeys = fits ? small(keys) : null;
    this.largeValues = fits ? null : values;
    this.largeKeys = fits ? null : keys;
  }

  public static SourceMap empty() {
    return EMPTY;
  }

  /** The position of the value at {@code pointer}, if the file has that node. */
  public Optional<Position> value(String pointer) {
    int i = find(pointer);
    return i < 0 ? Optional.empty() : Optional.of(unpack(packed(i, false)));
  }

  /** The position of the key of the object member at {@code pointer}, if it is one. */
  public Optional<Position> key(String pointer) {
    int i = find(pointer);
    long key = i < 0 ? NONE : packed(i, true);
    return key == NONE ? Optional.empty() : Optional.of(unpack(key));
  }

  /**
   * The position of the node at {@code pointer}, or of its nearest ancestor the file has, or the
   * start of the file.
   */
  public Position locate(String pointer) {
    String p = pointer;
    while (true) {
      int i = find(p);
      if (i >= 0) {
        return unpack(packed(i, false));
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** How many nodes the file has. */
  public int size() {
    return pointers.length;
  }

  private long packed(int i, boolean key) {
    if (smallValues != null) {
      int p = key ? smallKeys[i] : smallValues[i];
      return p == 0 ? NONE : ((long) (p >>> 16) << 32) | (p & (SMALL - 1));
    }
    return key ? largeKeys[i] : largeValues[i];
  }

  /** The index of the first node with this pointer, in document order; -1 when there is none. */
  private int find(String pointer) {
    int[] order = index();
    int low = 0;
    int high = order.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = pointers[order[mid]].compareTo(pointer);
      if (c < 0) {
        low = mid + 1;
      } else {
        if (c == 0) {
          found = order[mid];
        }
        high = mid - 1;
      }
    }
    return found;
  }

  private int[] index() {
    int[] order = sorted;
    if (order == null) {
      Integer[] boxed = new Integer[pointers.length];
      Arrays.setAll(boxed, i -> i);
      // Stable: among equal pointers the first in document order stays first.
      Arrays.sort(boxed, (a, b) -> pointers[a].compareTo(pointers[b]));
      order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
      sorted = order;
    }
    return order;
  }

  /** No position: 0 is never a packed position, as lines and columns start at 1. */
  private static final long NONE = 0;

  private static long pack(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  private static Position unpack(long packed) {
    return new Position((int) (packed >>> 32), (int) packed);
  }

  private static boolean fits(long[] packed) {
    for (long p : packed) {
      if ((p >>> 32) >= SMALL || (p & 0xffffffffL) >= SMALL) {
        return false;
      }
    }
    return true;
  }

  private static int[] small(long[] packed) {
    int[] small = new int[packed.length];
    for (int i = 0; i < packed.length; i++) {
      small[i] = (int) ((packed[i] >>> 32) << 16 | (packed[i] & (SMALL - 1)));
    }
    return small;
  }

  /**
   * Collects positions while a file is parsed, node by node in document order: {@link #key} before
   * the {@link #value} of the same member.
   */
  public static final class Builder {
    private String[] pointers = new String[64];
    private long[] values = new long[64];
    private long[] keys = new long[64];
    private int size;
    private String pendingPointer;
    private long pendingKey = NONE;

    /** The node at {@code pointer} has its value at {@code position}; the first one counts. */
    public Builder value(String pointer, Position position) {
      return value(pointer, position.line(), position.column());
    }

    /** The same, with the 1-based line and column of the position. */
    public Builder value(String pointer, int line, int column) {
      long position = pack(line, column);
      if (size == pointers.length) {
        int grown = size * 2;
        pointers = Arrays.copyOf(pointers, grown);
        values = Arrays.copyOf(values, grown);
        keys = Arrays.copyOf(keys, grown);
      }
      pointers[size] = pointer;
      values[size] = position;
      keys[size] = pointer.equals(pendingPointer) ? pendingKey : NONE;
      pendingPointer = null;
      size++;
      return this;
    }

    /** The object member at {@code pointer} has its key at {@code position}. */
    public Builder key(String pointer, Position position) {
      return key(pointer, position.line(), position.column());
    }

    /** The same, with the 1-based line and column of the key. */
    public Builder key(String pointer, int line, int column) {
      pendingPointer = pointer;
      pendingKey = pack(line, column);
      return this;
    }

    /** The position recorded so far for the key at {@code pointer}. */
    public Optional<Position> keyAt(String pointer) {
      for (int i = 0; i < size; i++) {
        if (keys[i] != NONE && pointers[i].equals(pointer)) {
          return Optional.of(unpack(keys[i]));
        }
      }
      return Optional.empty();
    }

    public SourceMap build() {
      return new SourceMap(
          Shapes.canonical(Arrays.copyOf(pointers, size)),
          Arrays.copyOf(values, size),
          Arrays.copyOf(keys, size));
    }
  }

  /**
   * One array for the pointers of every map of the same shape (the same nodes in the same order),
   * as most level files of a ladder are: a 10,000-level ladder would otherwise keep 10,000 copies
   * of one list. At most {@value #MAX} shapes are remembered, the most recently met, so what is
   * kept for later reads stays small whatever the ladders.
   */
  private static final class Shapes {
    static final int MAX = 1_000;

    private static final Map<Shape, String[]> KNOWN =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Shape, String[]> eldest) {
            return size() > MAX;
          }
        };

    private Shapes() {}

    static synchronized String[] canonical(String[] pointers) {
      return KNOWN.computeIfAbsent(new Shape(pointers), shape -> pointers);
    }

    /** A list of pointers compared by content. */
    private record Shape(String[] pointers) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Shape other && Arrays.equals(pointers, other.pointers);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(pointers);
      }
    }
  }
}
