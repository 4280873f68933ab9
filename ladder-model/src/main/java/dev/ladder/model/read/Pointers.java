package dev.ladder.model.read;

import dev.ladder.model.SourceRef;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JSON Pointers of one read, shared between its files: every level file has the same few
 * hundred pointers ({@code /expectations/delivery/3/text}), so each is built once, as a child of
 * its parent, instead of once per node of every file, and the ladder keeps one copy of each.
 *
 * <p>Safe to use from the threads that read files in parallel. Bounded: past {@link #MAX_SHARED}
 * pointers (a hostile ladder with ever new keys) a pointer is built for its node alone.
 */
final class Pointers {
  static final int MAX_SHARED = 200_000;

  private final AtomicInteger shared = new AtomicInteger();
  private final Node root = new Node("", this);

  Node root() {
    return root;
  }

  /** One pointer, and the pointers below it that were asked for so far. */
  static final class Node {
    final String pointer;
    private final Pointers owner;
    private Map<String, Node> members;
    private Node[] items;

    private Node(String pointer, Pointers owner) {
      this.pointer = pointer;
      this.owner = owner;
    }

    /** The pointer of the member {@code name} of the object at this pointer. */
    Node member(String name) {
      if (owner == null) {
        return detached(name);
      }
      synchronized (this) {
        Node child = members == null ? null : members.get(name);
        if (child != null) {
          return child;
        }
        if (owner.shared.incrementAndGet() > MAX_SHARED) {
          return detached(name);
        }
        child = new Node(pointer + "/" + SourceRef.escape(name), owner);
        if (members == null) {
          members = new HashMap<>(8);
        }
        members.put(name, child);
        return child;
      }
    }

    /** The pointer of item {@code index} of the list at this pointer. */
    Node item(int index) {
      if (owner == null) {
        return new Node(pointer + "/" + index, null);
      }
      synchronized (this) {
        if (items != null && index < items.length && items[index] != null) {
          return items[index];
        }
        if (owner.shared.incrementAndGet() > MAX_SHARED) {
          return new Node(pointer + "/" + index, null);
        }
        if (items == null || index >= items.length) {
          items = Arrays.copyOf(items == null ? new Node[0] : items, Math.max(8, index * 2));
        }
        items[index] = new Node(pointer + "/" + index, owner);
        return items[index];
      }
    }

    private Node detached(String name) {
      return new Node(pointer + "/" + SourceRef.escape(name), null);
    }
  }
}
