package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code extends-cycle}: no level extends itself through any chain, so every level's effective
 * expectations and values are well defined. Each level of a cycle is reported at its {@code
 * extends}; the levels of a cycle inherit nothing.
 */
public final class AcyclicExtends extends BuiltinRule {
  public AcyclicExtends() {
    super("extends-cycle", Severity.ERROR, "no level extends itself through any chain");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (Level level : ladder.levels()) {
      List<Level> cycle = ladder.extendsCycle(level);
      if (cycle.isEmpty() || ladder.level(level.id()).orElse(null) != level) {
        continue;
      }
      String chain =
          cycle.stream().map(l -> l.id().value()).collect(Collectors.joining(" -> "))
              + " -> "
              + level.id();
      Finding finding =
          Finding.at(
                  level.source().at("extends"),
                  cycle.size() == 1
                      ? level.label() + " extends itself"
                      : level.label() + " extends itself through " + chain)
              .hint("a level extends a level below it: remove or change one `extends` of the cycle")
              .key(level.id(), "extends", level.parent().map(Object::toString).orElse(""));
      if (cycle.size() > 1) {
        finding = finding.related(cycle.get(1).source().at("extends"));
      }
      context.report(finding);
    }
  }
}
