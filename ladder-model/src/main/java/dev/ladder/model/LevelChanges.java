package dev.ladder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revision of a ladder changes for one level: whether the level is added, removed or
 * changed, and each change in {@link LevelChange#ORDER}. Part of {@link LadderChanges}.
 *
 * <pre>{@code
 * LevelChanges vp = changes.level(LevelId.of("vp-engineering")).orElseThrow();
 * System.out.println(vp.title() + ": " + vp.change().label() + ", " + vp.changes().size() + " changes");
 * }</pre>
 *
 * @param id the level's id, by which base and head are matched (never by file)
 * @param base the level at the base; empty when the revision adds it
 * @param head the level at the head; empty when the revision removes it
 * @param changes every change, in {@link LevelChange#ORDER}
 */
public record LevelChanges(
    LevelId id, Optional<Level> base, Optional<Level> head, List<LevelChange> changes) {

  /**
   * How the level as a whole changes: the {@code change} of the changes report (FORMAT.md section
   * 5).
   */
  public enum Change {
    ADDED,
    REMOVED,
    CHANGED;

    /** The name reports use: {@code changed}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public LevelChanges {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    if (base.isEmpty() && head.isEmpty()) {
      throw new IllegalArgumentException("level " + id + " is in neither base nor head");
    }
    List<LevelChange> sorted = new ArrayList<>(changes);
    sorted.sort(LevelChange.ORDER);
    changes = List.copyOf(sorted);
  }

  /** Added when only the head has the level, removed when only the base has it, else changed. */
  public Change change() {
    if (base.isEmpty()) {
      return Change.ADDED;
    }
    return head.isEmpty() ? Change.REMOVED : Change.CHANGED;
  }

  /** The level's title at the head, or at the base for a removed level. */
  public String title() {
    return head.or(() -> base).map(Level::title).orElseThrow();
  }

  /** The changes of one kind, in order. */
  public List<LevelChange> changes(LevelChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** Whether every change reaches the level through {@code extends}: its own file says the same. */
  public boolean inheritedOnly() {
    return changes.stream().allMatch(LevelChange::inherited);
  }
}
