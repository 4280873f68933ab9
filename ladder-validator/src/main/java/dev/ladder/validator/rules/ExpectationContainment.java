package dev.ladder.validator.rules;

import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.model.text.Similarity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * {@code expectation-containment}: expectations are monotonic. On every step up from L to H, H
 * contains every effective expectation of L: it holds the same id, holds an expectation that {@code
 * refines} it (directly or through a chain), or {@code retires} it. A VP contains what a Director
 * is expected to do.
 *
 * <p>A finding points at H's own closest-worded expectation when there is one (the node that lacks
 * {@code refines}, as in the example of FORMAT.md section 3); else at H's {@code
 * expectations/<dimension>} entry for the dimension of the dropped expectation, or at H's {@code
 * id} when H writes nothing in that dimension. The hint names H's closest-worded expectation that L
 * does not have (see {@link Similarity}), the usual cause being a reworded expectation that lacks
 * {@code refines}.
 *
 * <p>The finding's key is the two levels, the dimension and the dropped expectation's id; the
 * dropped expectation, where the lower level's file (or the one it inherits it from) writes it, is
 * related: editing Director's file is what makes VP's file fail.
 */
public final class ExpectationContainment extends BuiltinRule {
  public ExpectationContainment() {
    super(
        "expectation-containment",
        Severity.ERROR,
        "on every step up, the higher level contains every effective expectation of the lower one");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (StepUp step : ladder.comparableStepsUp()) {
      EffectiveLevel lower = ladder.effective(step.lower());
      EffectiveLevel higher = ladder.effective(step.higher());
      for (Expectation e : lower.allExpectations()) {
        if (!higher.contains(e.id()) && !Findings.standIn(e)) {
          report(ladder, lower, higher, e, context);
        }
      }
    }
  }

  private static void report(
      Ladder ladder,
      EffectiveLevel lower,
      EffectiveLevel higher,
      Expectation dropped,
      RuleContext context) {
    Level h = higher.level();
    String message =
        h.label()
            + " drops '"
            + dropped.id()
            + "' that "
            + lower.level().label()
            + " expects in "
            + ladder.dimensionName(dropped.dimension());
    List<Expectation> candidates =
        higher.allExpectations().stream().filter(c -> !lower.ids().contains(c.id())).toList();
    Optional<Expectation> closest =
        Similarity.nearest(dropped.text(), candidates, Expectation::text);
    String refines = "`refines: " + dropped.id() + "`";
    String hint =
        closest
            .map(c -> "did you mean '" + c.id() + "' (\"" + c.text() + "\")? mark it " + refines)
            .orElse(
                "carry it over, mark the expectation that replaces it "
                    + refines
                    + ", or list it under `retires:`");
    Finding finding;
    if (closest.isPresent() && closest.get().owner().equals(h.id())) {
      // The reworded expectation is the node to fix: it is the one that lacks `refines`.
      finding = Finding.at(closest.get().source(), message);
    } else if (h.expectations().containsKey(dropped.dimension())) {
      finding = Finding.atKey(h.source().at("expectations", dropped.dimension().value()), message);
    } else {
      finding = Finding.at(h.source().at("id"), message);
    }
    context.report(
        finding
            .hint(hint)
            .key(h.id(), lower.level().id(), dropped.dimension(), dropped.id())
            .related(dropped.source()));
  }
}
