package dev.ladder.validator;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;

/**
 * A rule that comes through {@link java.util.ServiceLoader}, registered in this module's test
 * resources, to show that extra rules run and are configured like built-in ones.
 */
public final class CapitalizedTitles implements Rule {
  @Override
  public String id() {
    return "title-case";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "level titles start with a capital letter";
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (Level level : ladder.levels()) {
      String title = level.title();
      if (!title.isEmpty() && Character.isLowerCase(title.codePointAt(0))) {
        context.report(
            level.source().at("title"),
            level.label() + " has a title that starts in lower case",
            "write it as people would see it on a business card");
      }
    }
  }
}
