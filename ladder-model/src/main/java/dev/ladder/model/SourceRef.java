package dev.ladder.model;

import java.util.Objects;

/**
 * A node of a ladder file: the file, relative to the ladder root, and a JSON Pointer (RFC 6901)
 * into it. {@link Sources#locate(SourceRef)} turns it into a line and column.
 *
 * <pre>
 * {@code level.source().at("ratings", "leadership-reach") // levels/vp.yaml#/ratings/leadership-reach}
 * </pre>
 */
public record SourceRef(String file, String pointer) {
  public SourceRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
    }
  }

  /** The root node of a file. */
  public static SourceRef root(String file) {
    return new SourceRef(file, "");
  }

  /** A node below this one: each token is a key or an array index, escaped as RFC 6901 says. */
  public SourceRef at(Object... tokens) {
    StringBuilder p = new StringBuilder(pointer);
    for (Object token : tokens) {
      p.append('/').append(escape(String.valueOf(token)));
    }
    // The same few pointers (/expectations/<dimension>/<i>) recur in every level file, and a ladder
    // keeps a reference to each expectation for its whole life: share one copy of each.
    return new SourceRef(file, p.toString().intern());
  }

  /** The parent node, or this one at the root. */
  public SourceRef parent() {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? this : new SourceRef(file, pointer.substring(0, slash));
  }

  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return file + "#" + pointer;
  }
}
