package dev.ladder.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a higher level changes over a lower one, on effective expectations and values: the answer to
 * "what does VP add over Director?".
 *
 * @param added expectations of the higher level that neither carry nor refine one of the lower
 * @param refined lower expectations the higher level replaces, each with its replacement
 * @param retired lower expectations the higher level retires
 * @param carried lower expectations the higher level holds under the same id
 * @param dropped lower expectations the higher level does not contain at all
 * @param ratings attribute to its change, only attributes whose value differs
 * @param experience {@code minYears}/{@code leadershipYears} to its change, only changed ones
 * @param scope scope key to its change, only changed ones
 * @param compensation the change of the band, when it differs
 * @param retirements each id of {@code retired} to the retirement that removed it (its reason)
 */
public record LevelDiff(
    Level lower,
    Level higher,
    List<Expectation> added,
    List<Refinement> refined,
    List<Expectation> retired,
    List<Expectation> carried,
    List<Expectation> dropped,
    Map<AttributeId, Change<String>> ratings,
    Map<String, Change<BigDecimal>> experience,
    Map<String, Change<Range>> scope,
    Optional<Change<Compensation>> compensation,
    Map<ExpectationId, Retirement> retirements) {

  // Declared before RANGE_ORDER, which is built from them.
  private static final Comparator<Optional<BigDecimal>> OPEN_LOW =
      Comparator.comparing(o -> o.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final Comparator<Optional<BigDecimal>> OPEN_HIGH =
      Comparator.comparing(o -> o.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Orders ranges by their minimum (no minimum lowest), then by their maximum (no maximum highest,
   * as it is unbounded): the order in which a scope or a band rises.
   */
  public static final Comparator<Range> RANGE_ORDER =
      Comparator.comparing(Range::min, OPEN_LOW).thenComparing(Range::max, OPEN_HIGH);

  /** A lower expectation and the expectation of the higher level that replaces it. */
  public record Refinement(Expectation lower, Expectation higher) {}

  /** Which way a value goes from the lower level to the higher one. */
  public enum Trend {
    /** Both levels have it and the higher one's is higher. */
    RISES,
    /** Both levels have it and the higher one's is lower: a monotonic rule reports it. */
    FALLS,
    /** Only the higher level has it. */
    APPEARS,
    /** Only the lower level has it. */
    DISAPPEARS,
    /** Both have it, different but neither higher nor lower (another currency, say). */
    CHANGES
  }

  /** A value before and after; either side may be absent. */
  public record Change<T>(Optional<T> from, Optional<T> to) {
    public Change {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /**
     * Which way the value goes in {@code order}: a rating by its scale, a number by value, a range
     * by {@link #RANGE_ORDER}.
     *
     * <pre>{@code
     * diff.experience().get("minYears").trend(Comparator.naturalOrder()); // RISES
     * }</pre>
     */
    public Trend trend(Comparator<? super T> order) {
      if (from.isEmpty()) {
        return to.isEmpty() ? Trend.CHANGES : Trend.APPEARS;
      }
      if (to.isEmpty()) {
        return Trend.DISAPPEARS;
      }
      int c = order.compare(from.get(), to.get());
      return c < 0 ? Trend.RISES : c > 0 ? Trend.FALLS : Trend.CHANGES;
    }
  }

  public LevelDiff {
    added = List.copyOf(added);
    refined = List.copyOf(refined);
    retired = List.copyOf(retired);
    carried = List.copyOf(carried);
    dropped = List.copyOf(dropped);
    ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    experience = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(experience));
    scope = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scope));
    Objects.requireNonNull(compensation, "compensation");
    retirements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(retirements));
  }

  /** Why the higher level retires {@code id}, as its file (or a level it extends) says. */
  public Optional<Retirement> retirement(ExpectationId id) {
    return Optional.ofNullable(retirements.get(id));
  }

  /**
   * The competencies the higher level's file names and the lower level's does not, in the higher
   * level's order. Competencies are not inherited: each level lists its own.
   */
  public List<CompetencyId> competenciesAdded() {
    Set<CompetencyId> before = new HashSet<>(lower.competencies());
    return higher.competencies().stream().filter(c -> !before.contains(c)).distinct().toList();
  }

  /** The competencies the lower level's file names and the higher level's does not. */
  public List<CompetencyId> competenciesDropped() {
    Set<CompetencyId> after = new HashSet<>(higher.competencies());
    return lower.competencies().stream().filter(c -> !after.contains(c)).distinct().toList();
  }

  /**
   * The trend of a compensation change: by band in {@link #RANGE_ORDER}; a change of currency alone
   * {@link Trend#CHANGES}, as two currencies do not compare.
   */
  public static Trend trend(Change<Compensation> change) {
    if (change.from().isPresent()
        && change.to().isPresent()
        && !change.from().get().currency().equals(change.to().get().currency())
        && change.from().get().currency().isPresent()
        && change.to().get().currency().isPresent()) {
      return Trend.CHANGES;
    }
    return change.trend(Comparator.comparing(Compensation::band, RANGE_ORDER));
  }

  /**
   * Whether the higher level changes nothing: every expectation carried, nothing added, refined or
   * retired, and the same ratings, experience and scope. Compensation alone is not progression.
   */
  public boolean addsNothing() {
    return added.isEmpty()
        && refined.isEmpty()
        && retired.isEmpty()
        && dropped.isEmpty()
        && ratings.isEmpty()
        && experience.isEmpty()
        && scope.isEmpty();
  }

  /**
   * The change from {@code lower} to {@code higher}. Each effective expectation of the lower level
   * lands in exactly one of carried, refined, retired or dropped; each effective expectation of the
   * higher level that is neither carried nor a replacement is added.
   *
   * <pre>{@code
   * LevelDiff diff = LevelDiff.between(ladder.effective(director), ladder.effective(vp));
   * diff.refined().forEach(r -> System.out.println(r.lower().text() + " -> " + r.higher().text()));
   * }</pre>
   */
  public static LevelDiff between(EffectiveLevel lower, EffectiveLevel higher) {
    List<Expectation> carried = new ArrayList<>();
    List<Refinement> refined = new ArrayList<>();
    List<Expectation> retired = new ArrayList<>();
    List<Expectation> dropped = new ArrayList<>();
    Map<ExpectationId, Retirement> retirements = new LinkedHashMap<>();
    // Accounted for by the lower level: carried as they are, or replacing a lower expectation.
    Set<Expectation> accounted = new HashSet<>();
    Set<Expectation> held = new HashSet<>(higher.allExpectations());
    for (Expectation e : lower.allExpectations()) {
      Optional<Expectation> by = higher.refiner(e.id());
      Optional<Expectation> same = higher.expectation(e.id());
      if (held.contains(e)) {
        carried.add(e);
        accounted.add(e);
      } else if (by.isPresent()) {
        // Checked before a plain id match: an expectation may refine the one it rewords under
        // the same id.
        refined.add(new Refinement(e, by.get()));
        accounted.add(by.get());
      } else if (same.isPresent()) {
        carried.add(e);
        accounted.add(same.get());
      } else if (higher.retired().contains(e.id())) {
        retired.add(e);
        higher.retirement(e.id()).ifPresent(r -> retirements.put(e.id(), r));
      } else {
        dropped.add(e);
      }
    }
    List<Expectation> added = new ArrayList<>();
    for (Expectation e : higher.allExpectations()) {
      if (!accounted.contains(e)) {
        added.add(e);
      }
    }

    Map<AttributeId, Change<String>> ratings = new LinkedHashMap<>();
    Set<AttributeId> attributes = new LinkedHashSet<>(lower.ratings().keySet());
    attributes.addAll(higher.ratings().keySet());
    for (AttributeId a : attributes) {
      change(lower.ratings().get(a), higher.ratings().get(a)).ifPresent(c -> ratings.put(a, c));
    }
    Map<String, Change<BigDecimal>> experience = new LinkedHashMap<>();
    numberChange(lower.experience().minYears(), higher.experience().minYears())
        .ifPresent(c -> experience.put("minYears", c));
    numberChange(lower.experience().leadershipYears(), higher.experience().leadershipYears())
        .ifPresent(c -> experience.put("leadershipYears", c));
    Map<String, Change<Range>> scope = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>(lower.scope().keySet());
    keys.addAll(higher.scope().keySet());
    for (String key : keys) {
      Range from = lower.scope().get(key);
      Range to = higher.scope().get(key);
      if (!sameRange(from, to)) {
        scope.put(key, new Change<>(Optional.ofNullable(from), Optional.ofNullable(to)));
      }
    }
    Optional<Change<Compensation>> compensation =
        sameCompensation(lower.compensation(), higher.compensation())
            ? Optional.empty()
            : Optional.of(
                new Change<>(present(lower.compensation()), present(higher.compensation())));
    return new LevelDiff(
        lower.level(),
        higher.level(),
        added,
        refined,
        retired,
        carried,
        dropped,
        ratings,
        experience,
        scope,
        compensation,
        retirements);
  }

  private static <T> Optional<Change<T>> change(T from, T to) {
    return Objects.equals(from, to)
        ? Optional.empty()
        : Optional.of(new Change<>(Optional.ofNullable(from), Optional.ofNullable(to)));
  }

  private static Optional<Change<BigDecimal>> numberChange(
      Optional<BigDecimal> from, Optional<BigDecimal> to) {
    if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) == 0) {
      return Optional.empty();
    }
    if (from.isEmpty() && to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Change<>(from, to));
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static boolean sameRange(Range a, Range b) {
    if (a == null || b == null) {
      return a == b;
    }
    return sameNumber(a.min(), b.min()) && sameNumber(a.max(), b.max());
  }

  private static boolean sameCompensation(Compensation a, Compensation b) {
    return a.currency().equals(b.currency()) && sameRange(a.band(), b.band());
  }

  private static Optional<Compensation> present(Compensation c) {
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }
}
