package dev.ladder.model;

import dev.ladder.model.LevelChange.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes {@link LadderChanges#between}: one pass over the level ids of both ladders, each level
 * compared with itself through maps by id, so the work grows with the size of the ladders and never
 * with the square of their levels. Most levels of most pull requests change nothing: a level that
 * writes the same on both sides costs one walk of its own lists, and when every level it extends
 * writes the same too, its effective expectations and values are not compared at all; otherwise
 * they are walked side by side, and maps are built only when they differ.
 */
final class LadderComparison {
  private static final String MIN_YEARS = "minYears";
  private static final String LEADERSHIP_YEARS = "leadershipYears";

  private final Ladder base;
  private final Ladder head;
  // Built only when a change names an expectation that the level itself never held.
  private Map<ExpectationId, Expectation> anyById;
  private final Map<LevelId, Boolean> sameOwn = new HashMap<>();
  private final Map<LevelId, Boolean> sameInheritance = new HashMap<>();

  LadderComparison(Ladder base, Ladder head) {
    this.base = base;
    this.head = head;
  }

  LadderChanges changes() {
    Set<LevelId> ids = new HashSet<>();
    base.levels().forEach(l -> ids.add(l.id()));
    head.levels().forEach(l -> ids.add(l.id()));
    List<LevelChanges> levels = new ArrayList<>();
    for (LevelId id : ids) {
      Optional<Level> before = base.level(id);
      Optional<Level> after = head.level(id);
      if (before.isEmpty()) {
        String title = after.orElseThrow().title();
        levels.add(
            new LevelChanges(id, before, after, List.of(own(Kind.LEVEL_ADDED, null, null, title))));
      } else if (after.isEmpty()) {
        String title = before.get().title();
        levels.add(
            new LevelChanges(
                id, before, after, List.of(own(Kind.LEVEL_REMOVED, null, title, null))));
      } else {
        List<LevelChange> changes = compare(before.get(), after.get());
        if (!changes.isEmpty()) {
          levels.add(new LevelChanges(id, before, after, changes));
        }
      }
    }
    return new LadderChanges(levels);
  }

  private List<LevelChange> compare(Level before, Level after) {
    List<LevelChange> out = new ArrayList<>();
    Own own = sameOwn(before.id()) ? null : new Own(before, after);
    if (own != null) {
      levelFields(before, after, out);
    }
    EffectiveLevel had = base.effective(before);
    EffectiveLevel has = head.effective(after);
    boolean inheritsTheSame = sameInheritance(before.id());
    expectations(had, has, own, inheritsTheSame, out);
    if (!inheritsTheSame) {
      values(had, has, own, out);
    }
    return out;
  }

  /** Whether the level with this id, in both ladders, writes the same. */
  private boolean sameOwn(LevelId id) {
    return sameOwn.computeIfAbsent(
        id,
        k -> {
          Optional<Level> before = base.level(k);
          Optional<Level> after = head.level(k);
          return before.isPresent() && after.isPresent() && sameContent(before.get(), after.get());
        });
  }

  /**
   * Whether the level with this id and every level it extends write the same in both ladders, so
   * that its effective expectations and values are the same without comparing them: they are made
   * of its own and its parent's alone. (Its effective retirements are not: retiring a replacement
   * retires what it replaced, found through refinements anywhere in the ladder.) A chain that ends
   * in a level missing from both ladders inherits nothing on either side; one that meets an extends
   * cycle, or a level missing from one side, is compared in full.
   */
  private boolean sameInheritance(LevelId id) {
    // Up the chain without recursion (chains may be thousands of levels long), then down.
    List<LevelId> path = new ArrayList<>();
    Set<LevelId> onPath = new HashSet<>();
    LevelId current = id;
    boolean same;
    while (true) {
      Boolean known = sameInheritance.get(current);
      if (known != null) {
        same = known;
        break;
      }
      if (!onPath.add(current) || !sameOwn(current)) {
        same = false;
        break;
      }
      path.add(current);
      Optional<LevelId> parent = base.level(current).orElseThrow().parent();
      if (parent.isEmpty()
          || (base.level(parent.get()).isEmpty() && head.level(parent.get()).isEmpty())) {
        same = true;
        break;
      }
      current = parent.get();
    }
    for (LevelId level : path) {
      sameInheritance.put(level, same);
    }
    return same;
  }

  // --- what only the level's own file says -------------------------------------------------------

  private static void levelFields(Level before, Level after, List<LevelChange> out) {
    if (!before.title().equals(after.title())) {
      out.add(own(Kind.TITLE_CHANGED, null, before.title(), after.title()));
    }
    if (!before.track().equals(after.track())) {
      out.add(own(Kind.MOVED, "track", before.track().value(), after.track().value()));
    }
    if (before.rank() != after.rank()) {
      out.add(
          own(Kind.MOVED, "rank", Integer.toString(before.rank()), Integer.toString(after.rank())));
    }
    if (before.status() != after.status()) {
      out.add(own(Kind.STATUS_CHANGED, null, before.status().label(), after.status().label()));
    }
    // Sets: a competency or checkpoint that only moves in its list is not a change.
    Set<CompetencyId> hadCompetencies = new HashSet<>(before.competencies());
    Set<CompetencyId> hasCompetencies = new HashSet<>(after.competencies());
    for (CompetencyId c : new LinkedHashSet<>(after.competencies())) {
      if (!hadCompetencies.contains(c)) {
        out.add(own(Kind.COMPETENCY_ADDED, c.value(), null, null));
      }
    }
    for (CompetencyId c : new LinkedHashSet<>(before.competencies())) {
      if (!hasCompetencies.contains(c)) {
        out.add(own(Kind.COMPETENCY_REMOVED, c.value(), null, null));
      }
    }
    Set<String> hadCheckpoints = new HashSet<>(before.checkpoints());
    Set<String> hasCheckpoints = new HashSet<>(after.checkpoints());
    for (String c : new LinkedHashSet<>(after.checkpoints())) {
      if (!hadCheckpoints.contains(c)) {
        out.add(own(Kind.CHECKPOINT_ADDED, null, null, c));
      }
    }
    for (String c : new LinkedHashSet<>(before.checkpoints())) {
      if (!hasCheckpoints.contains(c)) {
        out.add(own(Kind.CHECKPOINT_REMOVED, null, c, null));
      }
    }
  }

  // --- effective expectations --------------------------------------------------------------------

  /** An expectation's place in an effective set: its dimension and id. */
  private record Key(DimensionId dimension, ExpectationId id) {
    static Key of(Expectation e) {
      return new Key(e.dimension(), e.id());
    }
  }

  private void expectations(
      EffectiveLevel before,
      EffectiveLevel after,
      Own own,
      boolean inheritsTheSame,
      List<LevelChange> out) {
    Set<ExpectationId> refinedAway = new HashSet<>();
    Set<Key> replaced = new HashSet<>();
    Set<ExpectationId> retired = new HashSet<>();
    boolean same = inheritsTheSame || sameExpectations(before.expectations(), after.expectations());
    Map<Key, Expectation> had = same ? Map.of() : byKey(before);
    Map<Key, Expectation> has = same ? Map.of() : byKey(after);
    if (!same) {
      Set<List<ExpectationId>> refinements = new HashSet<>();
      for (Map.Entry<Key, Expectation> entry : had.entrySet()) {
        Expectation old = entry.getValue();
        Expectation now = has.get(entry.getKey());
        if (now != null) {
          if (!now.text().equals(old.text())) {
            out.add(
                change(
                    Kind.EXPECTATION_REWORDED,
                    now.dimension(),
                    now.id().value(),
                    old.text(),
                    now.text(),
                    !touches(own, now.id())));
          }
          // An expectation that gains a refines: replaces something it did not replace before.
          for (ExpectationId r : now.refines()) {
            if (!old.refines(r) && refinements.add(List.of(now.id(), r))) {
              out.add(refined(now, r, textBefore(before, r), own));
            }
          }
          continue;
        }
        Optional<Expectation> by = after.refiner(old.id());
        if (by.isPresent()) {
          Expectation replacement = by.get();
          refinedAway.add(old.id());
          replaced.add(Key.of(replacement));
          if (refinements.add(List.of(replacement.id(), old.id()))) {
            out.add(refined(replacement, old.id(), Optional.of(old.text()), own));
          }
        }
      }
    }
    // Retirements are looked at even when the effective sets match: a level may retire what it
    // never held (an expectation of a level it steps up from without extending it).
    for (ExpectationId r : after.retired()) {
      // What the level still holds (its own file writes it again) is not retired for its people.
      if (before.retired().contains(r) || refinedAway.contains(r) || after.ids().contains(r)) {
        continue;
      }
      Retirement why = after.retirement(r).orElseThrow();
      Optional<Expectation> held = before.expectation(r);
      // Retiring a replacement retires what it replaced too; only what the level held or names in
      // a retires entry is news for the people at the level.
      if (held.isEmpty() && !why.expectation().equals(r)) {
        continue;
      }
      Optional<Expectation> what = held.or(() -> anyExpectation(r));
      retired.add(r);
      out.add(
          change(
              Kind.EXPECTATION_RETIRED,
              what.map(Expectation::dimension).orElse(null),
              r.value(),
              what.map(Expectation::text).orElse(null),
              why.reason().isBlank() ? null : why.reason(),
              !touches(own, r) && !touches(own, why.expectation())));
    }
    if (same) {
      return;
    }
    for (Map.Entry<Key, Expectation> entry : had.entrySet()) {
      Expectation old = entry.getValue();
      if (!has.containsKey(entry.getKey())
          && !refinedAway.contains(old.id())
          && !retired.contains(old.id())) {
        out.add(
            change(
                Kind.EXPECTATION_REMOVED,
                old.dimension(),
                old.id().value(),
                old.text(),
                null,
                !touches(own, old.id())));
      }
    }
    for (Map.Entry<Key, Expectation> entry : has.entrySet()) {
      Expectation now = entry.getValue();
      if (!had.containsKey(entry.getKey()) && !replaced.contains(entry.getKey())) {
        out.add(
            change(
                Kind.EXPECTATION_ADDED,
                now.dimension(),
                now.id().value(),
                null,
                now.text(),
                !touches(own, now.id())));
      }
    }
  }

  private LevelChange refined(
      Expectation replacement, ExpectationId r, Optional<String> from, Own own) {
    return change(
        Kind.EXPECTATION_REFINED,
        replacement.dimension(),
        replacement.id().value(),
        from.orElse(null),
        replacement.text(),
        !touches(own, replacement.id()) && !touches(own, r));
  }

  /** The text of {@code id} as the level held it at the base, else wherever the ladders have it. */
  private Optional<String> textBefore(EffectiveLevel before, ExpectationId id) {
    return before.expectation(id).or(() -> anyExpectation(id)).map(Expectation::text);
  }

  /** The first expectation with this id that a level file of the head, else of the base, writes. */
  private Optional<Expectation> anyExpectation(ExpectationId id) {
    if (anyById == null) {
      anyById = new HashMap<>();
      for (Ladder ladder : List.of(head, base)) {
        for (Level level : ladder.levels()) {
          level
              .expectations()
              .values()
              .forEach(l -> l.forEach(e -> anyById.putIfAbsent(e.id(), e)));
        }
      }
    }
    return Optional.ofNullable(anyById.get(id));
  }

  /** The first expectation of each place: an invalid ladder may repeat an id in one dimension. */
  private static Map<Key, Expectation> byKey(EffectiveLevel level) {
    Map<Key, Expectation> map = new LinkedHashMap<>();
    level.expectations().values().forEach(l -> l.forEach(e -> map.putIfAbsent(Key.of(e), e)));
    return map;
  }

  private static boolean sameExpectations(
      Map<DimensionId, List<Expectation>> a, Map<DimensionId, List<Expectation>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<DimensionId, List<Expectation>> entry : a.entrySet()) {
      List<Expectation> other = b.get(entry.getKey());
      if (other == null || !sameList(entry.getValue(), other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameList(List<Expectation> a, List<Expectation> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameExpectation(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Equal for the people at the level: id, text and refines. The dimension is that of the list both
   * are in; which file writes it (its owner, its source) is not something the level expects.
   */
  private static boolean sameExpectation(Expectation a, Expectation b) {
    return a.id().equals(b.id()) && a.text().equals(b.text()) && a.refines().equals(b.refines());
  }

  // --- effective values --------------------------------------------------------------------------

  private static void values(
      EffectiveLevel before, EffectiveLevel after, Own own, List<LevelChange> out) {
    Set<AttributeId> attributes = new LinkedHashSet<>(before.ratings().keySet());
    attributes.addAll(after.ratings().keySet());
    for (AttributeId a : attributes) {
      String from = before.ratings().get(a);
      String to = after.ratings().get(a);
      if (!Objects.equals(from, to)) {
        boolean explained = own != null && own.explainsRating(a);
        out.add(change(Kind.RATING_CHANGED, null, a.value(), from, to, !explained));
      }
    }

    number(
        Kind.EXPERIENCE_CHANGED,
        MIN_YEARS,
        before.experience().minYears(),
        after.experience().minYears(),
        own != null && own.explains(l -> l.experience().minYears()),
        out);
    number(
        Kind.EXPERIENCE_CHANGED,
        LEADERSHIP_YEARS,
        before.experience().leadershipYears(),
        after.experience().leadershipYears(),
        own != null && own.explains(l -> l.experience().leadershipYears()),
        out);

    Set<String> keys = new LinkedHashSet<>(before.scope().keySet());
    keys.addAll(after.scope().keySet());
    for (String key : keys) {
      Range from = before.scope().get(key);
      Range to = after.scope().get(key);
      if (!sameRange(from, to)) {
        boolean explained = own != null && own.explainsScope(key);
        out.add(change(Kind.SCOPE_CHANGED, null, key, render(from), render(to), !explained));
      }
    }

    Optional<String> currency = before.compensation().currency();
    Optional<String> newCurrency = after.compensation().currency();
    if (!currency.equals(newCurrency)) {
      boolean explained = own != null && own.explainsCurrency();
      out.add(
          change(
              Kind.COMPENSATION_CHANGED,
              null,
              "currency",
              currency.orElse(null),
              newCurrency.orElse(null),
              !explained));
    }
    number(
        Kind.COMPENSATION_CHANGED,
        "min",
        before.compensation().min(),
        after.compensation().min(),
        own != null && own.explains(l -> l.compensation().min()),
        out);
    number(
        Kind.COMPENSATION_CHANGED,
        "max",
        before.compensation().max(),
        after.compensation().max(),
        own != null && own.explains(l -> l.compensation().max()),
        out);
  }

  private static void number(
      Kind kind,
      String field,
      Optional<BigDecimal> from,
      Optional<BigDecimal> to,
      boolean explained,
      List<LevelChange> out) {
    if (!sameNumber(from, to)) {
      out.add(
          change(
              kind,
              null,
              field,
              from.map(LadderComparison::render).orElse(null),
              to.map(LadderComparison::render).orElse(null),
              !explained));
    }
  }

  /** A number as the ladder writes it: {@code 15}, {@code 2.5}, {@code 250000}. */
  static String render(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A range as a level file writes it: {@code {min: 4, max: 8}}, {@code {min: 6}}. */
  static String render(Range range) {
    if (range == null) {
      return null;
    }
    List<String> ends = new ArrayList<>(2);
    range.min().ifPresent(m -> ends.add("min: " + render(m)));
    range.max().ifPresent(m -> ends.add("max: " + render(m)));
    return "{" + String.join(", ", ends) + "}";
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

  // --- own or inherited --------------------------------------------------------------------------

  /**
   * Whether the level's own file, at base and head, says anything different about an expectation
   * id: expects it, refines it or retires it differently. {@code own} is null when the level's own
   * content is the same on both sides, so nothing is explained by it.
   */
  private static boolean touches(Own own, ExpectationId id) {
    return own != null && own.explainsExpectation(id);
  }

  /** The level's own content at base and head, when it differs: what it explains. */
  private static final class Own {
    private final Level before;
    private final Level after;
    private final boolean extendsChanged;
    private Map<ExpectationId, Set<Fact>> factsBefore;
    private Map<ExpectationId, Set<Fact>> factsAfter;

    Own(Level before, Level after) {
      this.before = before;
      this.after = after;
      // A new parent explains everything the level inherits.
      this.extendsChanged = !before.parent().equals(after.parent());
    }

    boolean explainsExpectation(ExpectationId id) {
      if (extendsChanged) {
        return true;
      }
      if (factsBefore == null) {
        factsBefore = facts(before);
        factsAfter = facts(after);
      }
      return !Objects.equals(factsBefore.get(id), factsAfter.get(id));
    }

    boolean explainsRating(AttributeId a) {
      return extendsChanged || !Objects.equals(before.ratings().get(a), after.ratings().get(a));
    }

    boolean explainsScope(String key) {
      return extendsChanged || !sameRange(before.scope().get(key), after.scope().get(key));
    }

    boolean explainsCurrency() {
      return extendsChanged
          || !before.compensation().currency().equals(after.compensation().currency());
    }

    boolean explains(Function<Level, Optional<BigDecimal>> part) {
      return extendsChanged || !sameNumber(part.apply(before), part.apply(after));
    }

    /** What a level's own file says about each expectation id. */
    private static Map<ExpectationId, Set<Fact>> facts(Level level) {
      Map<ExpectationId, Set<Fact>> facts = new HashMap<>();
      for (List<Expectation> list : level.expectations().values()) {
        for (Expectation e : list) {
          add(facts, e.id(), new Fact("expects", e.dimension(), e.text(), e.refines()));
          for (ExpectationId r : e.refines()) {
            add(facts, r, new Fact("refined by", e.dimension(), e.id().value(), List.of()));
          }
        }
      }
      for (Retirement r : level.retires()) {
        add(facts, r.expectation(), new Fact("retires", null, r.reason(), List.of()));
      }
      return facts;
    }

    private static void add(Map<ExpectationId, Set<Fact>> facts, ExpectationId id, Fact fact) {
      facts.computeIfAbsent(id, k -> new HashSet<>()).add(fact);
    }
  }

  private record Fact(String what, DimensionId dimension, String text, List<ExpectationId> ids) {}

  /**
   * Whether two levels write the same, wherever their files are: every part of the record but the
   * source positions and the file path.
   */
  static boolean sameContent(Level a, Level b) {
    return a.id().equals(b.id())
        && a.title().equals(b.title())
        && a.track().equals(b.track())
        && a.rank() == b.rank()
        && a.parent().equals(b.parent())
        && a.status() == b.status()
        && a.summary().equals(b.summary())
        && a.experience().equals(b.experience())
        && a.ratings().equals(b.ratings())
        && a.scope().equals(b.scope())
        && a.compensation().equals(b.compensation())
        && a.competencies().equals(b.competencies())
        && a.next().equals(b.next())
        && a.checkpoints().equals(b.checkpoints())
        && sameRetires(a.retires(), b.retires())
        && sameExpectations(a.expectations(), b.expectations());
  }

  private static boolean sameRetires(List<Retirement> a, List<Retirement> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).expectation().equals(b.get(i).expectation())
          || !a.get(i).reason().equals(b.get(i).reason())) {
        return false;
      }
    }
    return true;
  }

  // --- building changes --------------------------------------------------------------------------

  /** A change that only the level's own file can make. */
  private static LevelChange own(Kind kind, String id, String from, String to) {
    return change(kind, null, id, from, to, false);
  }

  private static LevelChange change(
      Kind kind, DimensionId dimension, String id, String from, String to, boolean inherited) {
    return new LevelChange(
        kind,
        Optional.ofNullable(dimension),
        Optional.ofNullable(id),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        inherited);
  }
}
