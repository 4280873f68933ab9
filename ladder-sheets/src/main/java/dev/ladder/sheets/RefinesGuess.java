package dev.ladder.sheets;

import dev.ladder.model.DimensionId;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.LevelId;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@code refines} the import wrote on its own: the expectation in {@code cell} is taken for a
 * rewording of the one the level before it expects, because the two are at least {@link
 * dev.ladder.model.text.Similarity#CONFIDENT} alike. Listed so that a person checks each one.
 *
 * <pre>{@code
 * IC!C5: 'leads-projects-of-several-engineers-from-proposal-to-launch' refines 'leads-projects-of-several-engineers' (0.87)
 * }</pre>
 *
 * @param cell where the rewording is
 * @param level the level that now refines
 * @param refined the lower expectation it replaces, and {@code refinedText} its wording
 * @param score the similarity of the two wordings
 */
public record RefinesGuess(
    CellRef cell,
    LevelId level,
    DimensionId dimension,
    ExpectationId expectation,
    String text,
    ExpectationId refined,
    String refinedText,
    double score) {
  public RefinesGuess {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(refined, "refined");
    Objects.requireNonNull(refinedText, "refinedText");
  }

  /**
   * The score as printed: two decimals, rounded down, so 0.799 never reads as the 0.80 it misses.
   */
  public String printedScore() {
    return String.format(Locale.ROOT, "%.2f", Math.floor(score * 100) / 100);
  }

  /** One line for a person to check. */
  @Override
  public String toString() {
    return cell
        + ": '"
        + expectation
        + "' (\""
        + text
        + "\") refines '"
        + refined
        + "' (\""
        + refinedText
        + "\"), similarity "
        + printedScore();
  }
}
