package dev.ladder.cli;

import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.run.Base;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.DiffConfig;
import dev.ladder.validator.run.FileErrors;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ladder diff}: what the ladder changes against a base, as the plugin's {@code ladder:diff}
 * shows it, with the same reports byte for byte ({@code ladder-diff.json}, {@code ladder-diff.md},
 * the text on standard output). Never fails on findings.
 *
 * <pre>
 * ladder diff --base origin/main
 * ladder diff --base ../ladder-main ladder --format text,markdown
 * </pre>
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Shows what the ladder changes against a base, level by level, and the findings the",
      "change adds, fixes and leaves unchanged."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the changes were shown", "2:a usage or configuration error"})
final class DiffCommand implements Callable<Integer> {
  @ParentCommand LadderCli cli;

  @Option(
      names = "--base",
      required = true,
      paramLabel = "REV|DIR",
      description =
          "The base: a folder that holds the base's ladder (its ladder root, or a checkout with"
              + " the ladder at the same place), else a git revision (origin/main, a tag, a"
              + " commit id) of the repository that holds the ladder.")
  String base;

  @Mixin LadderDirectory ladder;

  @Option(
      names = "--format",
      paramLabel = "F",
      split = ",",
      defaultValue = "text,json,markdown",
      description =
          "text (standard output), json (ladder-diff.json) or markdown (ladder-diff.md, a"
              + " pull-request comment). Repeatable or a comma list. Default: text,json,markdown.")
  List<String> formats;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description = "Where the diff files go. Default: target/ladder beside the ladder root.")
  Path reportDirectory;

  @Option(
      names = "--rule",
      paramLabel = "ID=SEVERITY",
      description = "A rule's severity, as for validate. Repeatable.")
  Map<String, String> rules = new LinkedHashMap<>();

  @Mixin RulesJars rulesJars;

  @Override
  public Integer call() {
    Terminal terminal = cli.terminal();
    try (RulesJars.Loaded loaded = rulesJars.load()) {
      RunConfig.Builder config =
          RunConfig.builder(ladder.directory)
              .formats(String.join(",", formats))
              .rules(rules)
              .toolVersion(Version.current())
              .codeJars(loaded.jars())
              .environment(terminal.environment())
              .console(Console.printing(terminal.out()));
      if (reportDirectory != null) {
        config.reportDirectory(reportDirectory);
      }
      loaded.loader().ifPresent(config::ruleLoader);
      RunConfig run = config.build();
      try {
        LadderRun.diff(new DiffConfig(run, Base.parse(base, Path.of("").toAbsolutePath())));
      } catch (IOException | UncheckedIOException e) {
        throw new ConfigurationException(
            "cannot write the diff reports in "
                + run.reportDirectory()
                + ": "
                + FileErrors.inWords(e));
      }
      return LadderCli.PASSED;
    }
  }
}
