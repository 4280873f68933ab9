package dev.ladder.cli.testrule;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.validator.Rule;
import dev.ladder.validator.RuleContext;

/**
 * A team's own rule, for {@code --rules-jar}: the tests write it into a jar of its own with its
 * {@code META-INF/services} entry ({@link dev.ladder.cli.RuleJar}); this class path has no such
 * entry, so without the jar the command line does not know it.
 */
public final class TitleCase implements Rule {
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
            level.source().at("title"), level.label() + " has a title that starts in lower case");
      }
    }
  }
}
