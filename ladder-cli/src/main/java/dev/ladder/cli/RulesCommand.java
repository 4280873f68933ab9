package dev.ladder.cli;

import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.Validator;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ladder rules}: the rule table, the validator's catalogue with every rule from {@code
 * --rules-jar}, as a validation would run them.
 *
 * <pre>
 * rule id                  default        summary
 * compensation-monotonic   warning        on every step up, compensation min and max never decrease
 * </pre>
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists every rule: its id, default severity and what it checks.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:listed", "2:a usage or configuration error"})
final class RulesCommand implements Callable<Integer> {
  private static final String GAP = "   ";

  @ParentCommand LadderCli cli;

  @Mixin RulesJars rulesJars;

  @Override
  public Integer call() {
    List<RuleInfo> rules;
    try (RulesJars.Loaded loaded = rulesJars.load()) {
      Validator.Builder builder = Validator.builder();
      loaded.loader().ifPresent(builder::ruleLoader);
      rules = builder.build().catalogue();
    }
    print(rules, cli.terminal().out());
    return LadderCli.PASSED;
  }

  /** One row per rule, in id order, the columns padded to their widest cell. */
  static void print(List<RuleInfo> rules, PrintStream out) {
    int idWidth = "rule id".length();
    int defaultWidth = "default".length();
    for (RuleInfo rule : rules) {
      idWidth = Math.max(idWidth, rule.id().length());
      defaultWidth = Math.max(defaultWidth, defaultSeverity(rule).length());
    }
    out.println(row("rule id", idWidth, "default", defaultWidth, "summary"));
    for (RuleInfo rule : rules) {
      out.println(row(rule.id(), idWidth, defaultSeverity(rule), defaultWidth, rule.summary()));
    }
  }

  /** {@code warning}, or {@code error (fixed)} for {@code parse} and {@code schema}. */
  static String defaultSeverity(RuleInfo rule) {
    return rule.defaultSeverity().label() + (rule.fixed() ? " (fixed)" : "");
  }

  private static String row(String id, int idWidth, String severity, int width, String summary) {
    return pad(id, idWidth) + GAP + pad(severity, width) + GAP + summary;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
