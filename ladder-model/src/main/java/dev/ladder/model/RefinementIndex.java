package dev.ladder.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which expectation ids refine which, across the whole ladder, both ways. Built once per ladder;
 * containment walks it on demand instead of every level carrying the closure of its chain, which
 * would grow with the square of a track's length.
 */
final class RefinementIndex {
  // Nearly every id refines, and is refined by, exactly one other: a one-element list per id
  // rather than a set keeps the index small (a set per id cost more than the expectations
  // themselves on a 10,000-level ladder). Lists hold distinct ids in the order they were added.
  private final Map<ExpectationId, List<ExpectationId>> refines = new HashMap<>();
  private final Map<ExpectationId, List<ExpectationId>> refinedBy = new HashMap<>();

  void add(Expectation e) {
    for (ExpectationId older : e.refines()) {
      link(refines, e.id(), older);
      link(refinedBy, older, e.id());
    }
  }

  private static void link(
      Map<ExpectationId, List<ExpectationId>> map, ExpectationId from, ExpectationId to) {
    List<ExpectationId> known = map.get(from);
    if (known == null) {
      map.put(from, List.of(to));
    } else if (!known.contains(to)) {
      List<ExpectationId> more = new ArrayList<>(known.size() + 1);
      more.addAll(known);
      more.add(to);
      map.put(from, more);
    }
  }

  /** The ids that expectations with id {@code id} refine, anywhere in the ladder. */
  List<ExpectationId> refines(ExpectationId id) {
    return Collections.unmodifiableList(refines.getOrDefault(id, List.of()));
  }

  /** The ids of expectations that refine {@code id}, anywhere in the ladder. */
  List<ExpectationId> refinedBy(ExpectationId id) {
    return Collections.unmodifiableList(refinedBy.getOrDefault(id, List.of()));
  }
}
