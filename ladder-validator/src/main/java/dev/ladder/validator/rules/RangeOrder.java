package dev.ladder.validator.rules;

import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Range;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.model.text.Numbers;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.Map;

/**
 * {@code range-order}: every scope range and compensation band has {@code min <= max}, after
 * inheritance (a level that inherits {@code min: 10} and writes {@code max: 5} breaks it). The
 * finding points at the level's own {@code max}, else its own {@code min}; a range a level only
 * inherits is reported where it is written.
 */
public final class RangeOrder extends BuiltinRule {
  public RangeOrder() {
    super("range-order", Severity.ERROR, "every range and compensation band has min <= max");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (Level level : ladder.levels()) {
      EffectiveLevel effective = ladder.effective(level);
      for (Map.Entry<String, Range> entry : effective.scope().entrySet()) {
        check(
            level,
            "scope " + entry.getKey(),
            entry.getValue(),
            level.scope().getOrDefault(entry.getKey(), Range.OPEN),
            level.source().at("scope", entry.getKey()),
            context,
            "scope",
            entry.getKey());
      }
      check(
          level,
          "compensation",
          effective.compensation().band(),
          level.compensation().band(),
          level.source().at("compensation"),
          context,
          "compensation");
    }
  }

  private static void check(
      Level level,
      String what,
      Range effective,
      Range own,
      SourceRef node,
      RuleContext context,
      String... path) {
    if (effective.isOrdered() || (own.min().isEmpty() && own.max().isEmpty())) {
      return;
    }
    Object[] key = new Object[path.length + 1];
    key[0] = level.id();
    System.arraycopy(path, 0, key, 1, path.length);
    context.report(
        Finding.at(
                node.at(own.max().isPresent() ? "max" : "min"),
                level.label()
                    + " has "
                    + what
                    + " min "
                    + Numbers.plain(effective.min().orElseThrow())
                    + " above its max "
                    + Numbers.plain(effective.max().orElseThrow()))
            .hint("make min at most max")
            .key(key));
  }
}
