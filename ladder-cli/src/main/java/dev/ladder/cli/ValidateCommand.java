package dev.ladder.cli;

import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.FileErrors;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import dev.ladder.validator.run.RunOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * {@code ladder validate}: the run the plugin's {@code ladder:validate} makes, with the same
 * reports, byte for byte. Turns its options into a {@link RunConfig}, makes one call to {@link
 * LadderRun#run}, and turns the outcome into an exit status.
 *
 * <pre>
 * ladder validate ladder --format text,sarif --fail-on warning --rule near-duplicate=off
 * </pre>
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Validates the ladder: every file against its schema, then every rule.",
      "Prints the text format, writes the report files asked for, and fails at --fail-on."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:passed",
      "1:findings at or above --fail-on",
      "2:a usage or configuration error"
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand LadderCli cli;

  @Mixin LadderDirectory ladder;

  @Option(
      names = "--format",
      paramLabel = "F",
      split = ",",
      defaultValue = "text",
      description =
          "A report: text (standard output), json, sarif, junit, markdown (files in"
              + " --report-dir), github (workflow annotations on standard output). Repeatable or a"
              + " comma list. Default: text.")
  List<String> formats;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description =
          "The least severe finding that fails: error, warning, info or none. Default: error.")
  String failOn;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description = "Where report files go. Default: target/ladder beside the ladder root.")
  Path reportDirectory;

  @Option(
      names = "--rule",
      paramLabel = "ID=SEVERITY",
      description =
          "A rule's severity: error, warning, info or off; wins over rules: in ladder.yaml."
              + " Repeatable.")
  Map<String, String> rules = new LinkedHashMap<>();

  @Option(
      names = "--github",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "GitHub workflow annotations on standard output: auto (when GITHUB_ACTIONS=true), true"
              + " or false. Default: auto.")
  String github;

  @Option(
      names = "--ratchet-from",
      paramLabel = "REV",
      description =
          "A base to ratchet against: a git revision (origin/main) or a folder holding the base's"
              + " ladder. Findings unchanged from it are reported but do not fail.")
  String ratchetFrom;

  @Mixin RulesJars rulesJars;

  @Override
  public Integer call() {
    Terminal terminal = cli.terminal();
    try (RulesJars.Loaded loaded = rulesJars.load()) {
      RunConfig.Builder config =
          RunConfig.builder(ladder.directory)
              .formats(String.join(",", formats))
              .failOn(failOn)
              .rules(rules)
              .githubAnnotations(github)
              .ratchetFrom(ratchetBase())
              .toolVersion(Version.current())
              .codeJars(loaded.jars())
              .environment(terminal.environment())
              .console(Console.printing(terminal.out()));
      if (reportDirectory != null) {
        config.reportDirectory(reportDirectory);
      }
      loaded.loader().ifPresent(config::ruleLoader);
      RunConfig run = config.build();
      RunOutcome outcome;
      try {
        outcome = LadderRun.run(run);
      } catch (IOException | UncheckedIOException e) {
        throw new ConfigurationException(
            "cannot write the reports in " + run.reportDirectory() + ": " + FileErrors.inWords(e));
      }
      return outcome.failed() ? LadderCli.FINDINGS : LadderCli.PASSED;
    }
  }

  /** A folder given to --ratchet-from is taken from where the command runs, as every path is. */
  private String ratchetBase() {
    if (ratchetFrom == null || !Files.isDirectory(Path.of(ratchetFrom))) {
      return ratchetFrom;
    }
    return Path.of(ratchetFrom).toAbsolutePath().normalize().toString();
  }
}
