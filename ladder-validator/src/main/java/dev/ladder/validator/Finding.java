package dev.ladder.validator;

import dev.ladder.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding as a rule reports it: the node that is wrong, the message, a hint, the key that
 * identifies the finding between two versions of the ladder, and the nodes of other files that
 * cause it. Built fluently; each step returns a new value.
 *
 * <pre>{@code
 * context.report(
 *     Finding.at(vpExpectation.source(), "VP of Engineering (rank 5) drops 'mentoring' ...")
 *         .hint("mark it `refines: mentoring`")
 *         .key(vp.id(), director.id(), dimension, "mentoring")
 *         .related(directorExpectation.source()));
 * }</pre>
 *
 * <p>The key (FORMAT.md section 5, "Finding identity") is the ids the finding is about: levels,
 * dimension, expectation, attribute. Never a line number or the wording, so that a finding keeps
 * its identity when lines move or a level is retitled. Without {@link #key}, the node's JSON
 * pointer is the key.
 *
 * @param node where the finding is shown
 * @param atKey whether it is shown at the key of the object member {@code node} rather than at its
 *     value
 * @param key the ids the finding is about; empty: the node's pointer
 * @param related nodes of other files (or elsewhere) that cause the finding
 */
public record Finding(
    SourceRef node,
    boolean atKey,
    String message,
    Optional<String> hint,
    List<String> key,
    List<SourceRef> related) {
  public Finding {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    key = List.copyOf(key);
    related = List.copyOf(related);
  }

  /** A finding at the value of {@code node}. */
  public static Finding at(SourceRef node, String message) {
    return new Finding(node, false, message, Optional.empty(), List.of(), List.of());
  }

  /**
   * A finding at the key of the object member {@code member}, for a finding about a whole entry
   * such as {@code expectations/<dimension>}.
   */
  public static Finding atKey(SourceRef member, String message) {
    return new Finding(member, true, message, Optional.empty(), List.of(), List.of());
  }

  /** The same finding with a hint that says how to fix it; {@code null} for none. */
  public Finding hint(String hint) {
    return new Finding(node, atKey, message, Optional.ofNullable(hint), key, related);
  }

  /**
   * The same finding identified by these ids (a {@code LevelId}, a {@code DimensionId}, a plain
   * string: each is taken as its {@code toString()}), in the order given.
   */
  public Finding key(Object... ids) {
    List<String> values = new ArrayList<>(ids.length);
    for (Object id : ids) {
      values.add(String.valueOf(Objects.requireNonNull(id, "id")));
    }
    return new Finding(node, atKey, message, hint, values, related);
  }

  /** The same finding, also caused by these nodes (repeated ones are kept once). */
  public Finding related(SourceRef... nodes) {
    List<SourceRef> all = new ArrayList<>(related);
    for (SourceRef n : nodes) {
      if (!all.contains(Objects.requireNonNull(n, "node"))) {
        all.add(n);
      }
    }
    return new Finding(node, atKey, message, hint, key, all);
  }

  /** The key the finding is known by: its own, or the node's pointer when it gives none. */
  public List<String> effectiveKey() {
    return key.isEmpty() ? List.of(node.pointer()) : key;
  }
}
