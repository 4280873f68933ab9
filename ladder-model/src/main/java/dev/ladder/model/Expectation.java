package dev.ladder.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a level expects, in one dimension. Its id is the explicit {@code id}, or the slug of
 * its text. {@code refines} names the lower expectations it replaces.
 *
 * <p>A value: two expectations are equal when their id, text, dimension, refines, owner and source
 * are. A final class rather than a record only to be small, as a ladder keeps one per expectation
 * of every level: nearly every expectation refines at most one other, and its source is kept as the
 * file and the pointer it is made of.
 */
public final class Expectation {
  private final ExpectationId id;
  private final String text;
  private final DimensionId dimension;
  // null, the one id refined, or an unmodifiable List<ExpectationId> of two or more
  private final Object refines;
  private final LevelId owner;
  private final String file;
  private final String pointer;

  /**
   * @param owner the level whose file writes it
   * @param source the list item in that file
   */
  public Expectation(
      ExpectationId id,
      String text,
      DimensionId dimension,
      List<ExpectationId> refines,
      LevelId owner,
      SourceRef source) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.dimension = Objects.requireNonNull(dimension, "dimension");
    List<ExpectationId> copy = List.copyOf(refines);
    this.refines = copy.isEmpty() ? null : copy.size() == 1 ? copy.get(0) : copy;
    this.owner = Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(source, "source");
    this.file = source.file();
    this.pointer = source.pointer();
  }

  public ExpectationId id() {
    return id;
  }

  public String text() {
    return text;
  }

  public DimensionId dimension() {
    return dimension;
  }

  /** The ids of the lower expectations this one replaces, in file order. */
  @SuppressWarnings("unchecked")
  public List<ExpectationId> refines() {
    if (refines == null) {
      return List.of();
    }
    return refines instanceof ExpectationId one ? List.of(one) : (List<ExpectationId>) refines;
  }

  /** Whether this expectation names {@code other} in its {@code refines}. */
  public boolean refines(ExpectationId other) {
    return refines != null
        && (refines instanceof ExpectationId one ? one.equals(other) : refines().contains(other));
  }

  /** The level whose file writes it. */
  public LevelId owner() {
    return owner;
  }

  /** The list item in the owner's file. */
  public SourceRef source() {
    return new SourceRef(file, pointer);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expectation other
        && id.equals(other.id)
        && text.equals(other.text)
        && dimension.equals(other.dimension)
        && Objects.equals(refines, other.refines)
        && owner.equals(other.owner)
        && file.equals(other.file)
        && pointer.equals(other.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, dimension, refines(), owner, source());
  }

  @Override
  public String toString() {
    return "Expectation[id="
        + id
        + ", text="
        + text
        + ", dimension="
        + dimension
        + ", refines="
        + refines()
        + ", owner="
        + owner
        + ", source="
        + source()
        + "]";
  }
}
