package dev.ladder.site;

import dev.ladder.model.Equivalence;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Status;
import dev.ladder.model.StepUp;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the site is made of, decided once for every page: which levels it shows, the file name of
 * each page, its steps up and the rows of the overview. Levels are keyed by identity, not id: an
 * invalid ladder may repeat an id, and each level still gets a page of its own.
 */
final class SiteModel {
  final Ladder ladder;
  final SiteOptions options;

  /** The levels the site shows, in {@link Ladder#levels()} order. */
  final List<Level> levels;

  /** Every track, declared ones first, each with the levels it shows in rank order. */
  final Map<TrackId, List<Level>> tracks = new LinkedHashMap<>();

  /** The steps up between shown levels, sorted as {@link Ladder#stepsUp()}. */
  final List<StepUp> steps;

  private final Map<Level, String> levelNames = new IdentityHashMap<>();
  private final Map<TrackId, String> trackNames = new LinkedHashMap<>();
  private final Map<Level, List<StepUp>> up = new IdentityHashMap<>();
  private final Map<Level, List<StepUp>> down = new IdentityHashMap<>();
  private final Map<Level, Integer> trackIndex = new IdentityHashMap<>();

  SiteModel(Ladder ladder, SiteOptions options) {
    this.ladder = ladder;
    this.options = options;
    this.levels = ladder.levels().stream().filter(this::shown).toList();
    Names names = new Names();
    levels.forEach(l -> levelNames.put(l, names.allocate(l.id().value())));
    Names trackFiles = new Names();
    int i = 0;
    for (TrackId track : ladder.trackIds()) {
      trackNames.put(track, trackFiles.allocate(track.value()));
      List<Level> shown = ladder.levelsOf(track).stream().filter(this::shown).toList();
      tracks.put(track, shown);
      for (Level level : shown) {
        trackIndex.put(level, i);
      }
      i++;
    }
    this.steps = steps();
    for (StepUp step : steps) {
      up.computeIfAbsent(step.lower(), l -> new ArrayList<>()).add(step);
      down.computeIfAbsent(step.higher(), l -> new ArrayList<>()).add(step);
    }
  }

  boolean shown(Level level) {
    return options.includeDrafts() || level.status() != Status.DRAFT;
  }

  /** The level a reference names (the first by file when the id repeats), if the site shows it. */
  Optional<Level> shown(LevelId id) {
    return ladder.level(id).filter(this::shown);
  }

  String levelPath(Level level) {
    return "levels/" + levelNames.get(level) + ".html";
  }

  String comparePath(StepUp step) {
    return "compare/"
        + levelNames.get(step.lower())
        + "--"
        + levelNames.get(step.higher())
        + ".html";
  }

  String trackPath(TrackId track) {
    return "tracks/" + trackNames.get(track) + ".html";
  }

  String trackName(TrackId id) {
    return ladder.track(id).map(Track::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  boolean declared(TrackId id) {
    return ladder.track(id).isPresent();
  }

  /** The column of a shown level's track in the overview. */
  int column(Level level) {
    return trackIndex.getOrDefault(level, 0);
  }

  List<StepUp> stepsUpFrom(Level level) {
    return up.getOrDefault(level, List.of());
  }

  List<StepUp> stepsUpInto(Level level) {
    return down.getOrDefault(level, List.of());
  }

  /**
   * The steps up of the ladder between shown levels; when a draft level is hidden, a step over it
   * from the shown level below to the shown level above in its track, so the track still reads in
   * one piece.
   */
  private List<StepUp> steps() {
    Map<List<Object>, StepUp> kept = new LinkedHashMap<>();
    for (StepUp step : ladder.stepsUp()) {
      if (shown(step.lower()) && shown(step.higher())) {
        kept.putIfAbsent(key(step.lower(), step.higher()), step);
      }
    }
    for (TrackId track : ladder.trackIds()) {
      List<Level> all = ladder.levelsOf(track);
      if (all.stream().allMatch(this::shown)) {
        continue;
      }
      List<Level> shown = tracks.get(track);
      // The same rule as Ladder's rank steps, over the shown levels only.
      for (int i = 0; i < shown.size(); i++) {
        Level lower = shown.get(i);
        int j = i + 1;
        while (j < shown.size() && shown.get(j).rank() == lower.rank()) {
          j++;
        }
        for (int k = j; k < shown.size() && shown.get(k).rank() == shown.get(j).rank(); k++) {
          kept.putIfAbsent(
              key(lower, shown.get(k)), new StepUp(lower, shown.get(k), StepUp.Kind.RANK));
        }
      }
    }
    List<StepUp> sorted = new ArrayList<>(kept.values());
    sorted.sort(
        Comparator.comparing((StepUp s) -> s.lower().file())
            .thenComparing(s -> s.higher().file())
            .thenComparing(s -> s.lower().id())
            .thenComparing(s -> s.higher().id()));
    return List.copyOf(sorted);
  }

  private static List<Object> key(Level lower, Level higher) {
    // Identity of the two levels: a repeated id must not merge two different steps.
    return List.of(new Identity(lower), new Identity(higher));
  }

  /** The groups of shown levels held equal, each with at least two levels of different tracks. */
  List<List<Level>> equalities() {
    List<List<Level>> groups = new ArrayList<>();
    for (Equivalence equivalence : ladder.equivalences()) {
      List<Level> group = new ArrayList<>();
      Set<Level> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (LevelId id : equivalence.levels()) {
        shown(id).filter(seen::add).ifPresent(group::add);
      }
      if (group.size() > 1) {
        groups.add(List.copyOf(group));
      }
    }
    return groups;
  }

  private record Identity(Level level) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.level == level;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(level);
    }
  }
}
