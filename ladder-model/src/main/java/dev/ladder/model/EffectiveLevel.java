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
 * <pre>{@code
 * EffectiveLevel vp = ladder.effective(LevelId.of("vp-engineering")).orElseThrow();
 * vp.expectations(DimensionId.of("responsibilities")).forEach(e -> System.out.println(e.text()));
 * vp.contains(ExpectationId.of("org-budget")); // true: engineering-budget refines it
 * }</pre>
 *
 * @param expectations dimension id to effective expectations: inherited first, then own
 * @param retired ids this level or a level it extends retires, and every id a retired expectation
 *     refines (directly or through a chain): retiring a replacement retires what it replaced
 * @param refined every id that an effective expectation refines, directly or through a chain of
 *     refinements
 * @param ids the ids of the effective expectations, in effective order
 * @param refiners each id of {@code refined} to the effective expectation whose refinement chain
 *     reaches it (the shortest chain; on a tie, the first in effective order)
 * @param retirements each id of {@code retired} to the {@code retires} entry that removed it, the
 *     nearest level's entry when several levels retire one id
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
    Set<ExpectationId> ids,
    Map<ExpectationId, Expectation> refiners,
    Map<ExpectationId, Retirement> retirements) {

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

  /**
   * Without the ladder's refinement index: only direct refiners are known, and a retirement not
   * written by {@code level} itself has no reason.
   */
  public EffectiveLevel(
      Level level,
      Map<DimensionId, List<Expectation>> expectations,
      Experience experience,
      Map<AttributeId, String> ratings,
      Map<String, Range> scope,
      Compensation compensation,
      Set<ExpectationId> retired,
      Set<ExpectationId> refined,
      Set<ExpectationId> ids) {
    this(
        level,
        expectations,
        experience,
        ratings,
        scope,
        compensation,
        retired,
        refined,
        ids,
        directRefiners(expectations),
        ownRetirements(level, retired));
  }

  private static Set<ExpectationId> idsOf(Map<DimensionId, List<Expectation>> expectations) {
    Set<ExpectationId> ids = new LinkedHashSet<>();
    expectations.values().forEach(list -> list.forEach(e -> ids.add(e.id())));
    return ids;
  }

  private static Map<ExpectationId, Expectation> directRefiners(
      Map<DimensionId, List<Expectation>> expectations) {
    Map<ExpectationId, Expectation> refiners = new LinkedHashMap<>();
    expectations
        .values()
        .forEach(list -> list.forEach(e -> e.refines().forEach(r -> refiners.putIfAbsent(r, e))));
    return refiners;
  }

  private static Map<ExpectationId, Retirement> ownRetirements(
      Level level, Set<ExpectationId> retired) {
    Map<ExpectationId, Retirement> retirements = new LinkedHashMap<>();
    for (ExpectationId id : retired) {
      Retirement own =
          level.retires().stream()
              .filter(r -> r.expectation().equals(id))
              .findFirst()
              .orElseGet(() -> new Retirement(id, "", level.source().at("retires")));
      retirements.put(id, own);
    }
    return retirements;
  }

  public EffectiveLevel {
    Map<DimensionId, List<Expectation>> copy = new LinkedHashMap<>();
    expectations.forEach((d, list) -> copy.put(d, List.copyOf(list)));
    expectations = Collections.unmodifiableMap(copy);
    ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope));
    retired = Collections.unmodifiableSet(new LinkedHashSet<>(retired));
    refined = Collections.unmodifiableSet(new LinkedHashSet<>(refined));
    ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    refiners = Collections.unmodifiableMap(new LinkedHashMap<>(refiners));
    retirements = Collections.unmodifiableMap(new LinkedHashMap<>(retirements));
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
   * The effective expectation that replaces {@code id}, directly or through a chain of refinements;
   * empty when none does.
   */
  public Optional<Expectation> refiner(ExpectationId id) {
    return Optional.ofNullable(refiners.get(id));
  }

  /** Why this level, or the nearest level it extends that does, retires {@code id}. */
  public Optional<Retirement> retirement(ExpectationId id) {
    return Optional.ofNullable(retirements.get(id));
  }

  /**
   * Whether this level contains expectation {@code id} of a lower level: holds it, holds an
   * expectation that refines it (directly or through a chain), or retires it.
   */
  public boolean contains(ExpectationId id) {
    return ids.contains(id) || refined.contains(id) || retired.contains(id);
  }
}
