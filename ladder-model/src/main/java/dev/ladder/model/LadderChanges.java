package dev.ladder.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revision of a ladder changes for the people at each level: the levels it adds, removes and
 * changes, each with its list of {@link LevelChange}s (FORMAT.md section 5, "Level changes"). A
 * derived fact of two {@link Ladder}s, the base and the head, immutable and safe to share.
 *
 * <p>Levels are matched by id, never by file, so a level file that moves or is renamed is neither
 * removed nor added. Each level that both ladders hold is compared on its <em>effective</em>
 * expectations and values ({@link Ladder#effective(Level)}), so an edit of Director's file shows on
 * VP, which extends Director, as an inherited change. Levels with no change are left out; the rest
 * are sorted by id. docs/changes.md defines every kind of change exactly.
 *
 * <pre>{@code
 * LadderReader reader = LadderReader.standard();
 * LadderChanges changes = LadderChanges.between(
 *     reader.read(Path.of("base/ladder")).ladder(), reader.read(Path.of("ladder")).ladder());
 * changes.level(LevelId.of("vp-engineering")).ifPresent(vp ->
 *     vp.changes().forEach(c -> System.out.println(c.kind().label() + " " + c.id().orElse(""))));
 * }</pre>
 */
public final class LadderChanges {
  private final List<LevelChanges> levels;
  private final Map<LevelId, LevelChanges> byId;

  /**
   * The changes of these levels, sorted by id.
   *
   * @throws IllegalArgumentException when two of them have one id
   */
  public LadderChanges(List<LevelChanges> levels) {
    List<LevelChanges> sorted = new ArrayList<>(levels);
    sorted.sort(Comparator.comparing(LevelChanges::id));
    this.levels = List.copyOf(sorted);
    this.byId = new HashMap<>();
    for (LevelChanges level : this.levels) {
      if (byId.putIfAbsent(level.id(), level) != null) {
        throw new IllegalArgumentException("level " + level.id() + " appears twice");
      }
    }
  }

  /**
   * What {@code head} changes over {@code base}. Never throws for an invalid ladder: a repeated
   * level id is compared through the level {@link Ladder#level(LevelId)} returns (the first by
   * file), and a level in an {@code extends} cycle or extending a missing level through what it
   * inherits there (nothing).
   *
   * <pre>{@code
   * LadderChanges changes = LadderChanges.between(base, head);
   * System.out.println(changes.count(LevelChanges.Change.CHANGED) + " levels changed");
   * }</pre>
   */
  public static LadderChanges between(Ladder base, Ladder head) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    return new LadderComparison(base, head).changes();
  }

  /** Every added, removed or changed level, sorted by id. */
  public List<LevelChanges> levels() {
    return levels;
  }

  /** The levels whose change is {@code change}, sorted by id. */
  public List<LevelChanges> levels(LevelChanges.Change change) {
    return levels.stream().filter(l -> l.change() == change).toList();
  }

  /** What the revision changes for this level; empty when it changes nothing for it. */
  public Optional<LevelChanges> level(LevelId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * How many levels the revision adds, removes or changes: the summary of the changes report
   * (FORMAT.md section 5).
   */
  public int count(LevelChanges.Change change) {
    return (int) levels.stream().filter(l -> l.change() == change).count();
  }

  /** Whether the revision changes nothing for any level. */
  public boolean isEmpty() {
    return levels.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LadderChanges other && levels.equals(other.levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return "LadderChanges" + levels;
  }
}
