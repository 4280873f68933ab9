package dev.ladder.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a level expects, in one dimension. Its id is the explicit {@code id}, or the slug of
 * its text. {@code refines} names the lower expectations it replaces.
 *
 * @param owner the level whose file writes it
 * @param source the list item in that file
 */
public record Expectation(
    ExpectationId id,
    String text,
    DimensionId dimension,
    List<ExpectationId> refines,
    LevelId owner,
    SourceRef source) {
  public Expectation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dimension, "dimension");
    refines = List.copyOf(refines);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(source, "source");
  }
}
