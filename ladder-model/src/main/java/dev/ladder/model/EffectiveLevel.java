package dev.ladder.model;

import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A level as it reads after inheritance through {@code extends}: the effective expectations per
 * dimension and the effective experience, ratings, scope and compensation. Obtained from {@link
 * Ladder#effective(LevelId)}; immutable and safe to share.
 *
 * <pre>{@code
 * EffectiveLevel vp = ladder.effective(LevelId.of("vp-engineering")).orElseThrow();
 * vp.expectations(DimensionId.of("responsibilities")).forEach(e -> System.out.println(e.text()));
 * vp.contains(ExpectationId.of("org-budget")); // true: engineering-budget refines it
 * }</pre>
 */
public final class EffectiveLevel {
  private final Level level;
  private final Map<DimensionId, List<Expectation>> expectations;
  private final Experience experience;
  private final Map<AttributeId, String> ratings;
  private final Map<String, Range> scope;
  private final Compensation compensation;
  private final Map<ExpectationId, Retirement> retirements;
  private final Order order;
  private final RefinementIndex index;
  // Computed only when asked for: the closure grows with the length of a refinement chain.
  private volatile Map<ExpectationId, Expectation> refiners;

  EffectiveLevel(
      Level level,
      Map<DimensionId, List<Expectation>> expectations,
      Experience experience,
      Map<AttributeId, String> ratings,
      Map<String, Range> scope,
      Compensation compensation,
      Map<ExpectationId, Retirement> retirements,
      RefinementIndex index) {
    this.level = Objects.requireNonNull(level, "level");
    Map<DimensionId, List<Expectation>> copy = new LinkedHashMap<>();
    expectations.forEach((d, list) -> copy.put(d, List.copyOf(list)));
    this.expectations = Collections.unmodifiableMap(copy);
    this.experience = Objects.requireNonNull(experience, "experience");
    this.ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    this.scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope));
    this.compensation = Objects.requireNonNull(compensation, "compensation");
    this.retirements = Collections.unmodifiableMap(new LinkedHashMap<>(retirements));
    this.order = new Order(this.expectations.values());
    this.index = Objects.requireNonNull(index, "index");
  }

  public Level level() {
    return level;
  }

  /** Dimension id to effective expectations: inherited first, then own. */
  public Map<DimensionId, List<Expectation>> expectations() {
    return expectations;
  }

  public Experience experience() {
    return experience;
  }

  public Map<AttributeId, String> ratings() {
    return ratings;
  }

  public Map<String, Range> scope() {
    return scope;
  }

  public Compensation compensation() {
    return compensation;
  }

  /** The ids of the effective expectations, in effective order. */
  public Set<ExpectationId> ids() {
    return order;
  }

  /**
   * The ids this level or a level it extends retires, and every id a retired expectation refines
   * (directly or through a chain): retiring a replacement retires what it replaced.
   */
  public Set<ExpectationId> retired() {
    return retirements.keySet();
  }

  /**
   * Each id of {@link #retired()} to the {@code retires} entry that removed it, the nearest level's
   * entry when several levels retire one id.
   */
  public Map<ExpectationId, Retirement> retirements() {
    return retirements;
  }

  /** Every id that an effective expectation refines, directly or through a chain. */
  public Set<ExpectationId> refined() {
    return refiners().keySet();
  }

  /**
   * Each id of {@link #refined()} to the effective expectation whose refinement chain reaches it
   * (the shortest chain; on a tie, the first in effective order).
   */
  public Map<ExpectationId, Expectation> refiners() {
    Map<ExpectationId, Expectation> known = refiners;
    if (known == null) {
      Map<ExpectationId, Expectation> all = new LinkedHashMap<>();
      Set<ExpectationId> seen = new HashSet<>();
      Deque<ExpectationId> todo = new ArrayDeque<>();
      allExpectations().forEach(e -> todo.addAll(e.refines()));
      while (!todo.isEmpty()) {
        ExpectationId id = todo.poll();
        if (seen.add(id)) {
          refiner(id).ifPresent(r -> all.put(id, r));
          todo.addAll(index.refines(id));
        }
      }
      known = Collections.unmodifiableMap(all);
      refiners = known;
    }
    return known;
  }

  /** Every effective expectation, dimension by dimension. */
  public List<Expectation> allExpectations() {
    List<Expectation> all = new ArrayList<>(order.size());
    expectations.values().forEach(all::addAll);
    return Collections.unmodifiableList(all);
  }

  /** The effective expectations of one dimension; empty when it has none. */
  public List<Expectation> expectations(DimensionId dimension) {
    return expectations.getOrDefault(dimension, List.of());
  }

  /** The first effective expectation with this id. */
  public Optional<Expectation> expectation(ExpectationId id) {
    return Optional.ofNullable(order.first(id));
  }

  /**
   * The effective expectation that replaces {@code id}, directly or through a chain of refinements
   * (the shortest chain; on a tie, the first in effective order); empty when none does.
   */
  public Optional<Expectation> refiner(ExpectationId id) {
    // Breadth first up the index from id: the first round that meets this level's ids wins.
    // Most calls end in the first round: the set of ids seen is only made for a second one.
    Set<ExpectationId> seen = null;
    List<ExpectationId> round = index.refinedBy(id);
    while (!round.isEmpty()) {
      ExpectationId best = null;
      for (ExpectationId candidate : round) {
        int position = order.position(candidate);
        if (position >= 0 && (best == null || position < order.position(best))) {
          best = candidate;
        }
      }
      if (best != null) {
        return expectation(best);
      }
      if (seen == null) {
        seen = new HashSet<>();
        seen.add(id);
      }
      List<ExpectationId> next = new ArrayList<>();
      for (ExpectationId candidate : round) {
        if (seen.add(candidate)) {
          next.addAll(index.refinedBy(candidate));
        }
      }
      round = next;
    }
    return Optional.empty();
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
    return order.contains(id) || retirements.containsKey(id) || refiner(id).isPresent();
  }

  @Override
  public String toString() {
    return "EffectiveLevel[" + level.id() + ", " + order.size() + " expectations]";
  }

  /**
   * The distinct effective ids in effective order, with each one's position and the first
   * expectation that has it. A ladder keeps one per level for its whole life, so it is two arrays
   * (the first expectations, and an open-addressing table of positions) rather than a map of boxed
   * entries, which cost kilobytes per level.
   */
  private static final class Order extends AbstractSet<ExpectationId> {
    private final Expectation[] firsts;
    // Slot to 1 + position in firsts, 0 for an empty slot; a power of two at least twice its
    // length.
    private final int[] slots;

    Order(Collection<List<Expectation>> expectations) {
      List<Expectation> distinct = new ArrayList<>();
      int capacity = 2;
      for (List<Expectation> list : expectations) {
        capacity += 2 * list.size();
      }
      int[] table = new int[Integer.highestOneBit(capacity) << 1];
      for (List<Expectation> list : expectations) {
        for (Expectation e : list) {
          int slot = find(table, distinct, e.id());
          if (table[slot] == 0) {
            distinct.add(e);
            table[slot] = distinct.size();
          }
        }
      }
      this.firsts = distinct.toArray(new Expectation[0]);
      this.slots = table;
    }

    /** The slot holding {@code id}, or the empty slot where it would go. */
    private static int find(int[] table, List<Expectation> firsts, ExpectationId id) {
      int mask = table.length - 1;
      int slot = spread(id.hashCode()) & mask;
      while (table[slot] != 0 && !firsts.get(table[slot] - 1).id().equals(id)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    /** The position of {@code id} in effective order, or -1. */
    int position(ExpectationId id) {
      int mask = slots.length - 1;
      int slot = spread(id.hashCode()) & mask;
      while (slots[slot] != 0) {
        if (firsts[slots[slot] - 1].id().equals(id)) {
          return slots[slot] - 1;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    /** The first effective expectation with {@code id}, or null. */
    Expectation first(ExpectationId id) {
      int position = position(id);
      return position < 0 ? null : firsts[position];
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof ExpectationId id && position(id) >= 0;
    }

    @Override
    public Iterator<ExpectationId> iterator() {
      return Arrays.stream(firsts).map(Expectation::id).iterator();
    }

    @Override
    public int size() {
      return firsts.length;
    }
  }
}
