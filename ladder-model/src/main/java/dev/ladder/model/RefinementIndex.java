package dev.ladder.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which expectation ids refine which, across the whole ladder, both ways. Built once per ladder;
 * containment walks it on demand instead of every level carrying the closure of its chain, which
 * would grow with the square of a track's length.
 */
final class RefinementIndex {
  private final Map<ExpectationId, Set<ExpectationId>> refines = new HashMap<>();
  private final Map<ExpectationId, Set<ExpectationId>> refinedBy = new HashMap<>();

  void add(Expectation e) {
    for (ExpectationId older : e.refines()) {
      refines.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(older);
      refinedBy.computeIfAbsent(older, k -> new LinkedHashSet<>()).add(e.id());
    }
  }

  /** The ids that expectations with id {@code id} refine, anywhere in the ladder. */
  Set<ExpectationId> refines(ExpectationId id) {
    return refines.getOrDefault(id, Set.of());
  }

  /** The ids of expectations that refine {@code id}, anywhere in the ladder. */
  Set<ExpectationId> refinedBy(ExpectationId id) {
    return refinedBy.getOrDefault(id, Set.of());
  }
}
