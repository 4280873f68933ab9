package dev.ladder.model.read;

import dev.ladder.model.ExpectationId;
import dev.ladder.model.SourceRef;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the files of one read share, so that a ladder keeps one copy of each: the JSON Pointers (the
 * same few hundred recur in every level file), and the expectation ids (each is written twice,
 * where it is defined and in the {@code refines} of the level above). Lives for one read.
 */
final class Shared {
  private final Pointers pointers = new Pointers();
  private final ConcurrentHashMap<String, ExpectationId> expectationIds = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Shape, String[]> shapes = new ConcurrentHashMap<>();

  /** Distinct file shapes shared at most. */
  static final int MAX_SHAPES = 1_000;

  /** Names shared at most: a hostile ladder of ever new names gets its own copies past this. */
  static final int MAX_NAMES = 50_000;

  Pointers pointers() {
    return pointers;
  }

  /** The one {@link ExpectationId} of this read for {@code id}. */
  ExpectationId expectation(String id) {
    ExpectationId known = expectationIds.get(id);
    return known != null ? known : expectationIds.computeIfAbsent(id, ExpectationId::of);
  }

  /**
   * One copy of a name that recurs from file to file: a dimension, attribute, competency, scale
   * value or scope key.
   */
  String name(String name) {
    String known = names.get(name);
    if (known != null) {
      return known;
    }
    return names.size() < MAX_NAMES ? names.computeIfAbsent(name, n -> n) : name;
  }

  /**
   * One array for the pointers of every file of the same shape (the same nodes in the same order),
   * as most level files of a ladder are.
   */
  String[] shape(String[] pointers) {
    Shape shape = new Shape(pointers);
    String[] known = shapes.get(shape);
    if (known != null) {
      return known;
    }
    return shapes.size() < MAX_SHAPES ? shapes.computeIfAbsent(shape, s -> pointers) : pointers;
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

  /** The shared pointer of the node at these tokens (keys or list indexes) below a file's root. */
  SourceRef at(String file, Object... tokens) {
    Pointers.Node node = pointers.root();
    for (Object token : tokens) {
      node = token instanceof Integer index ? node.item(index) : node.member((String) token);
    }
    return new SourceRef(file, node.pointer);
  }
}
