package dev.ladder.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole ladder: what ladder.yaml declares, every level, where each node came from, and the facts
 * derived from them (a track's levels in rank order, the steps up, each level's effective
 * expectations and values). Immutable and safe to share between threads; derived facts are computed
 * once, when the ladder is built.
 *
 * <pre>{@code
 * Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();
 * LevelDiff diff = ladder.diff(LevelId.of("director-engineering"), LevelId.of("vp-engineering")).orElseThrow();
 * diff.added().forEach(e -> System.out.println("+ " + e.text()));
 * }</pre>
 */
public final class Ladder {
  /** The one file at a ladder root that declares the ladder: {@value}. */
  public static final String HEADER_FILE = "ladder.yaml";

  private static final Comparator<Level> BY_RANK =
      Comparator.comparingInt(Level::rank).thenComparing(Level::id).thenComparing(Level::file);

  private final String id;
  private final String name;
  private final String description;
  private final List<Track> tracks;
  private final List<Dimension> dimensions;
  private final Map<String, Scale> scales;
  private final List<Attribute> attributes;
  private final Optional<List<Competency>> competencies;
  private final List<Equivalence> equivalences;
  private final List<RuleSetting> rules;
  private final List<Level> levels;
  private final SourceRef header;
  private final Sources sources;
  private final Completeness completeness;

  private final Map<LevelId, Level> levelsById = new HashMap<>();
  private final Map<TrackId, List<Level>> levelsByTrack = new LinkedHashMap<>();
  private final Map<LevelId, EffectiveLevel> effective = new HashMap<>();
  private final RefinementIndex refinesIndex = new RefinementIndex();
  private final List<StepUp> stepsUp;
  private final Map<LevelId, List<Level>> lowerLevels = new HashMap<>();
  private final List<StepUp> comparableStepsUp;

  private Ladder(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.description = b.description;
    this.tracks = List.copyOf(b.tracks);
    this.dimensions = List.copyOf(b.dimensions);
    this.scales = Collections.unmodifiableMap(new LinkedHashMap<>(b.scales));
    this.attributes = List.copyOf(b.attributes);
    this.competencies = b.competencies.map(List::copyOf);
    this.equivalences = List.copyOf(b.equivalences);
    this.rules = List.copyOf(b.rules);
    List<Level> sorted = new ArrayList<>(b.levels);
    sorted.sort(Comparator.comparing(Level::file).thenComparing(Level::id));
    this.levels = List.copyOf(sorted);
    this.header = b.header;
    this.sources = b.sources;
    this.completeness = b.completeness;

    for (Level level : levels) {
      levelsById.putIfAbsent(level.id(), level);
    }
    Map<TrackId, List<Level>> byTrack = new LinkedHashMap<>();
    tracks.forEach(t -> byTrack.putIfAbsent(t.id(), new ArrayList<>()));
    for (Level level : levels) {
      byTrack.computeIfAbsent(level.track(), t -> new ArrayList<>()).add(level);
    }
    byTrack.forEach(
        (track, list) -> {
          list.sort(BY_RANK);
          levelsByTrack.put(track, List.copyOf(list));
        });
    for (Level level : levels) {
      level.ownExpectations().forEach(refinesIndex::add);
    }
    for (Level level : levels) {
      computeEffective(level);
    }
    this.stepsUp = computeStepsUp();
    for (StepUp step : stepsUp) {
      lowerLevels.computeIfAbsent(step.higher().id(), k -> new ArrayList<>()).add(step.lower());
    }
    lowerLevels.replaceAll((k, list) -> List.copyOf(list));
    this.comparableStepsUp = computeComparableStepsUp();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The ladder's slug id from ladder.yaml. */
  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** Tracks in display order. */
  public List<Track> tracks() {
    return tracks;
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** Named scales, in file order. */
  public Map<String, Scale> scales() {
    return scales;
  }

  public List<Attribute> attributes() {
    return attributes;
  }

  /** The competency catalogue, when ladder.yaml has one. */
  public Optional<List<Competency>> competencies() {
    return competencies;
  }

  public List<Equivalence> equivalences() {
    return equivalences;
  }

  /** Rule severities set in ladder.yaml, in file order. */
  public List<RuleSetting> rules() {
    return rules;
  }

  /** Every level, sorted by file then id. Ids may repeat in an invalid ladder. */
  public List<Level> levels() {
    return levels;
  }

  /** The root of ladder.yaml. */
  public SourceRef header() {
    return header;
  }

  public Sources sources() {
    return sources;
  }

  public Completeness completeness() {
    return completeness;
  }

  /** Line and column of a node. */
  public Location locate(SourceRef ref) {
    return sources.locate(ref);
  }

  /** The level with this id (the first by file, if the id repeats). */
  public Optional<Level> level(LevelId id) {
    return Optional.ofNullable(levelsById.get(id));
  }

  public Optional<Track> track(TrackId id) {
    return tracks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Dimension> dimension(DimensionId id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Optional<Attribute> attribute(AttributeId id) {
    return attributes.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Scale> scale(String name) {
    return Optional.ofNullable(scales.get(name));
  }

  /** A dimension's display name, or its id when ladder.yaml does not declare it. */
  public String dimensionName(DimensionId id) {
    return dimension(id).map(Dimension::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  /** A track's display name, or its id when ladder.yaml does not declare it. */
  public String trackName(TrackId id) {
    return track(id).map(Track::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  /** An attribute's display name, or its id when ladder.yaml does not declare it. */
  public String attributeName(AttributeId id) {
    return attribute(id).map(Attribute::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  /** The levels of a track, lowest rank first (ties by id). */
  public List<Level> levelsOf(TrackId track) {
    return levelsByTrack.getOrDefault(track, List.of());
  }

  /** Every track id that levels use or ladder.yaml declares, declared ones first. */
  public Set<TrackId> trackIds() {
    return Collections.unmodifiableSet(levelsByTrack.keySet());
  }

  /**
   * Every step up: each level to the next higher rank of its track, and to every level its {@code
   * progression.next} names (unless that is a lower or equal rank of its own track). Sorted by the
   * lower level's file, then the higher's.
   */
  public List<StepUp> stepsUp() {
    return stepsUp;
  }

  /**
   * The steps up whose two levels can be compared: every step up when every level file was read.
   * When some level file failed to read, a step between ranks that are not adjacent may only exist
   * because the level between them is missing, so it is left out; so is a step from or to a level
   * that {@linkplain #inheritsFromUnread inherits from a level that failed to read}. Checks of
   * steps up use these, so that a failed file is not reported again as findings around it.
   */
  public List<StepUp> comparableStepsUp() {
    return comparableStepsUp;
  }

  /** The levels that step up into {@code higher}, in the order of {@link #stepsUp()}. */
  public List<Level> lowerLevels(LevelId higher) {
    return lowerLevels.getOrDefault(higher, List.of());
  }

  /**
   * Whether {@code level} extends, directly or through a chain, a level whose file failed to read:
   * its effective expectations and values then lack what that level would give it.
   */
  public boolean inheritsFromUnread(Level level) {
    if (completeness.allLevelsRead()) {
      return false;
    }
    List<Level> chain = ancestors(level);
    Level last = chain.isEmpty() ? level : chain.get(chain.size() - 1);
    return last.parent()
        .filter(p -> level(p).isEmpty() && completeness.mayHaveLevel(p))
        .isPresent();
  }

  /** The steps up that start at this level. */
  public List<StepUp> stepsUpFrom(LevelId lower) {
    return stepsUp.stream().filter(s -> s.lower().id().equals(lower)).toList();
  }

  /** The level after inheritance through {@code extends}. */
  public Optional<EffectiveLevel> effective(LevelId id) {
    return Optional.ofNullable(effective.get(id));
  }

  /** The level after inheritance; for a level of this ladder. */
  public EffectiveLevel effective(Level level) {
    EffectiveLevel e = effective.get(level.id());
    return e != null && e.level() == level ? e : effectiveOfDuplicate(level);
  }

  /** What {@code higher} changes over {@code lower}: "what does VP add over Director?" */
  public Optional<LevelDiff> diff(LevelId lower, LevelId higher) {
    return effective(lower).flatMap(l -> effective(higher).map(h -> LevelDiff.between(l, h)));
  }

  /**
   * The chain of levels {@code level} extends, nearest first, stopping before a level that would
   * repeat (a cycle) or one that does not exist.
   */
  public List<Level> ancestors(Level level) {
    List<Level> chain = new ArrayList<>();
    Set<LevelId> seen = new HashSet<>();
    seen.add(level.id());
    Optional<LevelId> next = level.parent();
    while (next.isPresent()) {
      Level parent = levelsById.get(next.get());
      if (parent == null || !seen.add(parent.id())) {
        break;
      }
      chain.add(parent);
      next = parent.parent();
    }
    return List.copyOf(chain);
  }

  /** The levels of an extends cycle that {@code level} belongs to; empty when it is in none. */
  public List<Level> extendsCycle(Level level) {
    List<Level> path = new ArrayList<>();
    Set<LevelId> seen = new HashSet<>();
    Level current = level;
    while (current != null && seen.add(current.id())) {
      path.add(current);
      current = current.parent().map(levelsById::get).orElse(null);
    }
    if (current == null || !current.id().equals(level.id())) {
      return List.of();
    }
    return List.copyOf(path);
  }

  private EffectiveLevel effectiveOfDuplicate(Level level) {
    // A second level with a repeated id: inherit like any other, without memoising.
    return inherit(level, parentEffective(level));
  }

  private EffectiveLevel parentEffective(Level level) {
    if (level.parent().isEmpty() || !extendsCycle(level).isEmpty()) {
      return null;
    }
    return effective.get(level.parent().get());
  }

  private void computeEffective(Level start) {
    if (effective.containsKey(start.id()) || levelsById.get(start.id()) != start) {
      return;
    }
    // Walk up without recursion: chains may be thousands of levels long.
    Deque<Level> pending = new ArrayDeque<>();
    Set<LevelId> onPath = new HashSet<>();
    Level current = start;
    while (current != null && !effective.containsKey(current.id())) {
      if (!onPath.add(current.id())) {
        // The walk met itself: members of a cycle inherit nothing.
        for (Level member : extendsCycle(current)) {
          effective.put(member.id(), inherit(member, null));
        }
        break;
      }
      pending.push(current);
      current = current.parent().map(levelsById::get).orElse(null);
    }
    while (!pending.isEmpty()) {
      Level level = pending.pop();
      if (!effective.containsKey(level.id())) {
        EffectiveLevel parent = level.parent().map(effective::get).orElse(null);
        effective.put(level.id(), inherit(level, parent));
      }
    }
  }

  private EffectiveLevel inherit(Level level, EffectiveLevel parent) {
    Set<ExpectationId> removed = new HashSet<>();
    level.ownExpectations().forEach(e -> removed.addAll(e.refines()));
    level.retires().forEach(r -> removed.add(r.expectation()));

    Map<DimensionId, List<Expectation>> expectations = new LinkedHashMap<>();
    Map<ExpectationId, Retirement> retirements = new LinkedHashMap<>();
    Experience experience = level.experience();
    Map<AttributeId, String> ratings = new LinkedHashMap<>();
    Map<String, Range> scope = new LinkedHashMap<>();
    Compensation compensation = level.compensation();
    if (parent != null) {
      parent
          .expectations()
          .forEach(
              (dimension, list) -> {
                List<Expectation> kept = new ArrayList<>(list.size());
                for (Expectation e : list) {
                  if (!removed.contains(e.id())) {
                    kept.add(e);
                  }
                }
                expectations.put(dimension, kept);
              });
      retirements.putAll(parent.retirements());
      experience = experience.over(parent.experience());
      ratings.putAll(parent.ratings());
      scope.putAll(parent.scope());
      compensation = compensation.over(parent.compensation());
    }
    level
        .expectations()
        .forEach(
            (dimension, own) ->
                expectations.computeIfAbsent(dimension, d -> new ArrayList<>()).addAll(own));
    // The nearest level's reason wins: it is the one a reader of this level sees.
    level.retires().forEach(r -> retirements.put(r.expectation(), r));
    // Retiring an expectation retires what it replaced too: otherwise a level two steps up would
    // drop the older expectation that each single step up accounts for.
    for (Retirement r : level.retires()) {
      Deque<ExpectationId> todo = new ArrayDeque<>(List.of(r.expectation()));
      while (!todo.isEmpty()) {
        for (ExpectationId older : refinesIndex.refines(todo.pop())) {
          if (!retirements.containsKey(older)) {
            retirements.put(older, r);
            todo.add(older);
          }
        }
      }
    }
    ratings.putAll(level.ratings());
    level
        .scope()
        .forEach((key, range) -> scope.merge(key, range, (inherited, own) -> own.over(inherited)));

    return new EffectiveLevel(
        level, expectations, experience, ratings, scope, compensation, retirements, refinesIndex);
  }

  private List<StepUp> computeStepsUp() {
    Map<List<LevelId>, StepUp> steps = new LinkedHashMap<>();
    for (List<Level> track : levelsByTrack.values()) {
      for (int i = 0; i < track.size(); i++) {
        Level lower = track.get(i);
        int j = i + 1;
        while (j < track.size() && track.get(j).rank() == lower.rank()) {
          j++;
        }
        for (int k = j; k < track.size() && track.get(k).rank() == track.get(j).rank(); k++) {
          Level higher = track.get(k);
          steps.putIfAbsent(key(lower, higher), new StepUp(lower, higher, StepUp.Kind.RANK));
        }
      }
    }
    for (Level lower : levels) {
      if (levelsById.get(lower.id()) != lower) {
        continue;
      }
      for (LevelId next : lower.next()) {
        Level higher = levelsById.get(next);
        if (higher == null || higher == lower) {
          continue;
        }
        if (higher.track().equals(lower.track()) && higher.rank() <= lower.rank()) {
          continue;
        }
        steps.putIfAbsent(key(lower, higher), new StepUp(lower, higher, StepUp.Kind.PROGRESSION));
      }
    }
    List<StepUp> sorted = new ArrayList<>(steps.values());
    sorted.sort(
        Comparator.comparing((StepUp s) -> s.lower().file())
            .thenComparing(s -> s.higher().file())
            .thenComparing(s -> s.lower().id())
            .thenComparing(s -> s.higher().id()));
    return List.copyOf(sorted);
  }

  private List<StepUp> computeComparableStepsUp() {
    if (completeness.allLevelsRead()) {
      return stepsUp;
    }
    return stepsUp.stream()
        .filter(s -> s.kind() != StepUp.Kind.RANK || s.higher().rank() - s.lower().rank() <= 1)
        .filter(s -> !inheritsFromUnread(s.lower()))
        .filter(s -> !inheritsFromUnread(s.higher()))
        .toList();
  }

  private static List<LevelId> key(Level lower, Level higher) {
    return List.of(lower.id(), higher.id());
  }

  /** Builds a ladder; used by the reader and by code that writes ladders in Java. */
  public static final class Builder {
    private String id = "";
    private String name = "";
    private String description = "";
    private final List<Track> tracks = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();
    private final Map<String, Scale> scales = new LinkedHashMap<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private Optional<List<Competency>> competencies = Optional.empty();
    private final List<Equivalence> equivalences = new ArrayList<>();
    private final List<RuleSetting> rules = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private SourceRef header = SourceRef.root(HEADER_FILE);
    private Sources sources = Sources.empty();
    private Completeness completeness = Completeness.COMPLETE;

    private Builder() {}

    public Builder id(String id) {
      this.id = Objects.requireNonNull(id);
      return this;
    }

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name);
      return this;
    }

    public Builder description(String description) {
      this.description = Objects.requireNonNull(description);
      return this;
    }

    public Builder track(Track track) {
      tracks.add(track);
      return this;
    }

    public Builder dimension(Dimension dimension) {
      dimensions.add(dimension);
      return this;
    }

    public Builder scale(Scale scale) {
      scales.putIfAbsent(scale.name(), scale);
      return this;
    }

    public Builder attribute(Attribute attribute) {
      attributes.add(attribute);
      return this;
    }

    /** Declares the competency catalogue (possibly empty). */
    public Builder competencies(List<Competency> catalogue) {
      this.competencies = Optional.of(List.copyOf(catalogue));
      return this;
    }

    public Builder equivalence(Equivalence equivalence) {
      equivalences.add(equivalence);
      return this;
    }

    public Builder rule(RuleSetting setting) {
      rules.add(setting);
      return this;
    }

    public Builder level(Level level) {
      levels.add(level);
      return this;
    }

    public Builder header(SourceRef header) {
      this.header = Objects.requireNonNull(header);
      return this;
    }

    public Builder sources(Sources sources) {
      this.sources = Objects.requireNonNull(sources);
      return this;
    }

    public Builder completeness(Completeness completeness) {
      this.completeness = Objects.requireNonNull(completeness);
      return this;
    }

    public Ladder build() {
      return new Ladder(this);
    }
  }
}
