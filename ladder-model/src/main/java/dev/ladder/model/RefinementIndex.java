package dev.ladder.model;

import java.util.Arrays;
import java.util.List;

/**
 * Which expectation ids refine which, across the whole ladder, both ways. Built once per ladder;
 * containment walks it on demand instead of every level carrying the closure of its chain, which
 * would grow with the square of a track's length.
 *
 * <p>One open-addressing table holds both directions: an id's slot has the ids it refines and the
 * ids that refine it. Nearly every id links to exactly one other each way, so a link is that one
 * id, or an array when there are more: a map of lists per direction cost more than the expectations
 * themselves on a 10,000-level ladder. Each slot keeps its id's hash, so a probe compares ints
 * before it touches an id.
 */
final class RefinementIndex {
  private static final int REFINES = 0;
  private static final int REFINED_BY = 1;

  private ExpectationId[] keys = new ExpectationId[16];
  private int[] hashes = new int[16];
  private Object[][] links = {new Object[16], new Object[16]};
  private int size;

  void add(Expectation e) {
    for (ExpectationId older : e.refines()) {
      link(REFINES, e.id(), older);
      link(REFINED_BY, older, e.id());
    }
  }

  /** The ids that expectations with id {@code id} refine, anywhere in the ladder. */
  List<ExpectationId> refines(ExpectationId id) {
    return get(REFINES, id);
  }

  /** The ids of expectations that refine {@code id}, anywhere in the ladder. */
  List<ExpectationId> refinedBy(ExpectationId id) {
    return get(REFINED_BY, id);
  }

  private void link(int direction, ExpectationId from, ExpectationId to) {
    int hash = mix(from.hashCode());
    int slot = slot(from, hash);
    if (keys[slot] == null) {
      keys[slot] = from;
      hashes[slot] = hash;
      if (++size * 3 > keys.length * 2) {
        grow();
        slot = slot(from, hash);
      }
    }
    Object[] values = links[direction];
    Object known = values[slot];
    if (known == null) {
      values[slot] = to;
    } else if (known instanceof ExpectationId one) {
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

  private List<ExpectationId> get(int direction, ExpectationId id) {
    Object value = links[direction][slot(id, mix(id.hashCode()))];
    if (value == null) {
      return List.of();
    }
    return value instanceof ExpectationId one ? List.of(one) : List.of((ExpectationId[]) value);
  }

  /** The slot of {@code id}, or the empty slot where it belongs. */
  private int slot(ExpectationId id, int hash) {
    int mask = keys.length - 1;
    int slot = hash & mask;
    while (keys[slot] != null
        && (hashes[slot] != hash || (keys[slot] != id && !keys[slot].equals(id)))) {
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
    int[] oldHashes = hashes;
    Object[][] oldLinks = links;
    int capacity = oldKeys.length * 2;
    keys = new ExpectationId[capacity];
    hashes = new int[capacity];
    links = new Object[][] {new Object[capacity], new Object[capacity]};
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slot(oldKeys[i], oldHashes[i]);
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        links[REFINES][slot] = oldLinks[REFINES][i];
        links[REFINED_BY][slot] = oldLinks[REFINED_BY][i];
      }
    }
  }
}
