package dev.ladder.validator.rules;

import dev.ladder.model.Dimension;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;

/**
 * {@code dimension-coverage}: every level says something in every dimension of the ladder (own or
 * inherited), so no area is silently undefined for it. The finding points at the level's entry for
 * that dimension when it has an empty one, else at its {@code expectations}, else at its {@code
 * id}.
 */
public final class DimensionCoverage extends BuiltinRule {
  public DimensionCoverage() {
    super(
        "dimension-coverage",
        Severity.WARNING,
        "every level has at least one effective expectation in every dimension");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    if (!ladder.completeness().headerRead()) {
      return;
    }
    for (Level level : ladder.levels()) {
      if (ladder.inheritsFromUnread(level)) {
        continue;
      }
      EffectiveLevel effective = ladder.effective(level);
      for (Dimension dimension : ladder.dimensions()) {
        if (!effective.expectations(dimension.id()).isEmpty()) {
          continue;
        }
        String message =
            level.label() + " has no expectation in " + ladder.dimensionName(dimension.id());
        String hint = "add one under `expectations: " + dimension.id() + ":`";
        Finding finding;
        if (level.expectations().containsKey(dimension.id())) {
          finding =
              Finding.atKey(level.source().at("expectations", dimension.id().value()), message);
        } else if (!level.expectations().isEmpty()) {
          finding = Finding.atKey(level.source().at("expectations"), message);
        } else {
          finding = Finding.at(level.source().at("id"), message);
        }
        context.report(finding.hint(hint).key(level.id(), dimension.id()));
      }
    }
  }
}
