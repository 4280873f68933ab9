package dev.ladder.validator.rules;

import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.text.Similarity;
import java.util.Collection;

/** How several rules decide what to report, and word it. */
final class Findings {
  private Findings() {}

  /**
   * Whether an expectation only stands in for one: a placeholder ({@code TBD}, {@code ?}) without
   * an id of its own, or a text with an empty slug. Rules about ids skip it, since placeholder-text
   * (at the severity the team chose) or unique-id already reports it; counting it again as dropped
   * or repeated would turn a warning into errors that no severity setting removes.
   */
  static boolean standIn(Expectation e) {
    return e.id().value().isEmpty()
        || (PlaceholderText.isPlaceholder(e.text())
            && e.id().equals(ExpectationId.slugOf(e.text())));
  }

  /** A "did you mean" hint naming the closest of {@code ids}, or null when none is close. */
  static String didYouMean(String id, Collection<String> ids) {
    return Similarity.nearestId(id, ids).map(n -> "did you mean '" + n + "'?").orElse(null);
  }
}
