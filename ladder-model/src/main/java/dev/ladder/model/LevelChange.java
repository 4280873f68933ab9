package dev.ladder.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One change that a revision of a ladder makes for one level, as a pull-request review shows it:
 * {@code expectation-reworded} of {@code owns-org-metrics} in {@code responsibilities}, from the
 * old text to the new. Part of {@link LevelChanges}; docs/changes.md defines every kind.
 *
 * <pre>{@code
 * for (LevelChange c : changes.level(LevelId.of("vp-engineering")).orElseThrow().changes()) {
 *   System.out.println(c.kind().label() + " " + c.id().orElse("") + (c.inherited() ? " (inherited)" : ""));
 * }
 * }</pre>
 *
 * @param kind what changed
 * @param dimension the dimension of the expectation changed; empty for every other kind
 * @param id what the change is about: the expectation, attribute, competency or scope key, or the
 *     field ({@code track}, {@code rank}, {@code minYears}, {@code leadershipYears}, {@code
 *     currency}, {@code min}, {@code max}); empty where the kind says it all (a title, a status, a
 *     checkpoint, a whole level)
 * @param from the text or value before, as the ladder writes it; empty where there was none
 * @param to the text or value after; empty where there is none
 * @param inherited true when the level's own file says nothing different about this item, and the
 *     change reaches the level through {@code extends}
 */
public record LevelChange(
    Kind kind,
    Optional<DimensionId> dimension,
    Optional<String> id,
    Optional<String> from,
    Optional<String> to,
    boolean inherited) {

  /**
   * The order of changes in a {@link LevelChanges}: by kind in the order of {@link Kind}, then
   * dimension id (none first), id (none first), from, to, and own before inherited.
   */
  public static final Comparator<LevelChange> ORDER =
      Comparator.comparing(LevelChange::kind)
          .thenComparing(c -> c.dimension().map(DimensionId::value).orElse(""))
          .thenComparing(c -> c.id().orElse(""))
          .thenComparing(c -> c.from().orElse(""))
          .thenComparing(c -> c.to().orElse(""))
          .thenComparing(LevelChange::inherited);

  public LevelChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The kinds of change of FORMAT.md section 5, in the order a level's changes are listed. */
  public enum Kind {
    LEVEL_ADDED,
    LEVEL_REMOVED,
    TITLE_CHANGED,
    MOVED,
    STATUS_CHANGED,
    EXPECTATION_ADDED,
    EXPECTATION_REMOVED,
    EXPECTATION_REWORDED,
    EXPECTATION_REFINED,
    EXPECTATION_RETIRED,
    RATING_CHANGED,
    EXPERIENCE_CHANGED,
    SCOPE_CHANGED,
    COMPENSATION_CHANGED,
    COMPETENCY_ADDED,
    COMPETENCY_REMOVED,
    CHECKPOINT_ADDED,
    CHECKPOINT_REMOVED;

    /** The name reports use: {@code expectation-reworded}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this {@link #label()}. */
    public static Optional<Kind> parse(String label) {
      for (Kind kind : values()) {
        if (kind.label().equals(label)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }
}
