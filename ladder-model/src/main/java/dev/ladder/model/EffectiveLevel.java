package dev.ladder.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A level as it reads after inheritance through {@code extends}: the effective expectations per
 * dimension and the effective experience, ratings, scope and compensation.
 *
 * @param expectations dimension id to effective expectations: inherited first, then own
 * @param retired ids this level or a level it extends retires
 * @param ids the ids of the effective expectations
 * @param refined every id that an effective expectation refines, directly or through a chain of
 *     refinements
 */
public record EffectiveLevel(
    Level level,
    Map<DimensionId, List<Expectation>> expectations,
    Experience experience,
    Map<AttributeId, String> ratings,
    Map<String, Range> scope,
    Compensation compensation,
    Set<ExpectationId> retired,
    Set<ExpectationId> refined,
    Set<ExpectationId> ids) {

  public EffectiveLevel(
      Level level,
      Map<DimensionId, List<Expectation>> expectations,
      Experience experience,
      Map<AttributeId, String> ratings,
      Map<String, Range> scope,
      Compensation compensation,
      Set<ExpectationId> retired,
      Set<ExpectationId> refined) {
    this(
        level,
        expectations,
        experience,
        ratings,
        scope,
        compensation,
        retired,
        refined,
        idsOf(expectations));
  }

  private static Set<ExpectationId> idsOf(Map<DimensionId, List<Expectation>> expectations) {
    Set<ExpectationId> ids = new java.util.HashSet<>();
    expectations.values().forEach(list -> list.forEach(e -> ids.add(e.id())));
    return ids;
  }

  public EffectiveLevel {
    Map<DimensionId, List<Expectation>> copy = new LinkedHashMap<>();
    expectations.forEach((d, list) -> copy.put(d, List.copyOf(list)));
    expectations = Collections.unmodifiableMap(copy);
    ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope));
    retired = Collections.unmodifiableSet(new LinkedHashSet<>(retired));
    refined = Collections.unmodifiableSet(new LinkedHashSet<>(refined));
    ids = Set.copyOf(ids);
  }

  /** Every effective expectation, dimension by dimension. */
  public List<Expectation> allExpectations() {
    return expectations.values().stream().flatMap(List::stream).toList();
  }

  /** The effective expectations of one dimension; empty when it has none. */
  public List<Expectation> expectations(DimensionId dimension) {
    return expectations.getOrDefault(dimension, List.of());
  }

  /** The first effective expectation with this id. */
  public Optional<Expectation> expectation(ExpectationId id) {
    for (List<Expectation> list : expectations.values()) {
      for (Expectation e : list) {
        if (e.id().equals(id)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether this level contains expectation {@code id} of a lower level: holds it, holds an
   * expectation that refines it (directly or through a chain), or retires it.
   */
  public boolean contains(ExpectationId id) {
    return ids.contains(id) || refined.contains(id) || retired.contains(id);
  }
}
