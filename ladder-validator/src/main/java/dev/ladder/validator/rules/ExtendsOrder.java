package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.Optional;

/**
 * {@code extends-order}: inside one track, a level extends only a level of lower rank, so that
 * inheritance runs the same way as the ladder does. {@code extends} across tracks is free.
 */
public final class ExtendsOrder extends BuiltinRule {
  public ExtendsOrder() {
    super(
        "extends-order",
        Severity.ERROR,
        "a level extends only a level of lower rank when both are in one track");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (Level level : ladder.levels()) {
      Optional<Level> parent = level.parent().flatMap(ladder::level);
      if (parent.isEmpty() || parent.get() == level) {
        continue;
      }
      Level p = parent.get();
      if (p.track().equals(level.track()) && p.rank() >= level.rank()) {
        context.report(
            Finding.at(
                    level.source().at("extends"),
                    level.label()
                        + " extends "
                        + p.label()
                        + ", which is not below it in track "
                        + ladder.trackName(level.track()))
                .hint("extend a level of lower rank, or fix the ranks")
                .key(level.id(), "extends", p.id())
                .related(p.source().at("rank")));
      }
    }
  }
}
