package dev.ladder.model;

import java.util.Arrays;
import java.util.List;

/**
 * Which expectation ids refine which, across the whole ladder, both ways. Built once per ladder;
 * containment walks it on demand instead of every level carrying the closure of its chain, which
 * would grow with the square of a track's length.
 */
final class RefinementIndex {
  private final Links refines = new Links();
  private final Links refinedBy = new Links();

  void add(Expectation e) {
    for (ExpectationId older : e.refines()) {
      refines.link(e.id(), older);
      refinedBy.link(older, e.id());
    }
  }

  /** The ids that expectations with id {@code id} refine, anywhere in the ladder. */
  List<ExpectationId> refines(ExpectationId id) {
    return refines.get(id);
  }

  /** The ids of expectations that refine {@code id}, anywhere in the ladder. */
  List<ExpectationId> refinedBy(ExpectationId id) {
    return refinedBy.get(id);
  }

  /**
   * Id to the distinct ids it links to, in the order they were added, as an open-addressing table
   * of two arrays. Nearly every id links to exactly one other, so a value is that one id, or an
   * array when there are more: a map of lists cost more than the expectations themselves on a
   * 10,000-level ladder.
   */
  private static final class Links {
    private ExpectationId[] keys = new ExpectationId[16];
    private Object[] values = new Object[16];
    private int size;

    void link(ExpectationId from, ExpectationId to) {
      int slot = slot(keys, from);
      if (keys[slot] == null) {
        keys[slot] = from;
        values[slot] = to;
        if (++size * 3 > keys.length * 2) {
          grow();
        }
        return;
      }
      Object known = values[slot];
      if (known instanceof ExpectationId one) {
        if (!one.equals(to)) {
          values[slot] = new ExpectationId[] {one, to};
        }
      } else {
        ExpectationId[] many = (ExpectationId[]) known;
        if (!Arrays.asList(many).contains(to)) {
          ExpectationId[] more = Arrays.copyOf(many, many.length + 1);
          more[many.length] = to;
          values[slot] = more;
        }
      }
    }

    List<ExpectationId> get(ExpectationId id) {
      int slot = slot(keys, id);
      Object value = values[slot];
      if (value == null) {
        return List.of();
      }
      return value instanceof ExpectationId one ? List.of(one) : List.of((ExpectationId[]) value);
    }

    private static int slot(ExpectationId[] keys, ExpectationId id) {
      int mask = keys.length - 1;
      int slot = mix(id.hashCode()) & mask;
      while (keys[slot] != null && !keys[slot].equals(id)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    private void grow() {
      ExpectationId[] oldKeys = keys;
      Object[] oldValues = values;
      keys = new ExpectationId[oldKeys.length * 2];
      values = new Object[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int slot = slot(keys, oldKeys[i]);
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }
}
