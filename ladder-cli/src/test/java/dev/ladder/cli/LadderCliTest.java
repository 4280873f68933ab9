package dev.ladder.cli;

import static dev.ladder.cli.Examples.golden;
import static dev.ladder.cli.Examples.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.cli.testrule.Exhausting;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line in process, through picocli's {@code execute}, with captured streams. */
class LadderCliTest {
  private static final String ALL_FORMATS = "text,json,sarif,junit,markdown,github";
  private static final Map<String, String> FILES =
      Map.of(
          "json", "ladder-report.json",
          "sarif", "ladder-report.sarif",
          "junit", "TEST-ladder.xml",
          "markdown", "ladder-report.md");

  @TempDir Path dir;

  /** What a run printed and how it ended. */
  record Run(int status, String out, String err) {}

  private static Run ladder(String... args) {
    return ladderIn(name -> null, args);
  }

  private static Run ladderIn(UnaryOperator<String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment);
    CommandLine commandLine = LadderCli.commandLine(terminal);
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path example(String name) throws IOException {
    return Examples.copy(name, dir.resolve("repository")).resolve("ladder");
  }

  @ParameterizedTest
  @ValueSource(strings = {"engineering-ladder", "broken-ladder"})
  void every_report_of_an_example_is_the_plugins_byte_for_byte(String example) throws IOException {
    Path reports = dir.resolve("reports");

    Run run =
        ladder(
            "validate",
            example(example).toString(),
            "--format",
            ALL_FORMATS,
            "--report-dir",
            reports.toString(),
            "--fail-on",
            "none");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(golden(example, "console-text.txt") + golden(example, "console-github.txt"));
    for (String file : FILES.values()) {
      assertThat(read(reports.resolve(file))).as(file).isEqualTo(golden(example, file));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "engineering-ladder, json",
    "engineering-ladder, sarif",
    "engineering-ladder, junit",
    "engineering-ladder, markdown",
    "broken-ladder, json",
    "broken-ladder, sarif",
    "broken-ladder, junit",
    "broken-ladder, markdown"
  })
  void a_file_format_alone_writes_its_report_and_prints_the_summary(String example, String format)
      throws IOException {
    Path reports = dir.resolve("reports");

    Run run =
        ladder(
            "validate",
            example(example).toString(),
            "--format",
            format,
            "--report-dir",
            reports.toString());

    assertThat(run.out()).isEqualTo(summary(golden(example, "console-text.txt")));
    assertThat(list(reports)).containsExactly(FILES.get(format));
    assertThat(read(reports.resolve(FILES.get(format))))
        .isEqualTo(golden(example, FILES.get(format)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"engineering-ladder", "broken-ladder"})
  void the_text_format_is_the_default_and_goes_to_standard_output_only(String example)
      throws IOException {
    Path ladder = example(example);

    Run run = ladder("validate", ladder.toString());

    assertThat(run.out()).isEqualTo(golden(example, "console-text.txt"));
    assertThat(ladder.resolveSibling("target")).doesNotExist();
  }

  @Test
  void the_github_format_prints_workflow_annotations_after_the_summary() throws IOException {
    Run run = ladder("validate", example("broken-ladder").toString(), "--format", "github");

    assertThat(run.out())
        .isEqualTo(
            summary(golden("broken-ladder", "console-text.txt"))
                + golden("broken-ladder", "console-github.txt"));
  }

  @Test
  void annotations_come_by_themselves_in_github_actions_unless_turned_off() throws IOException {
    String ladder = example("broken-ladder").toString();
    UnaryOperator<String> actions = name -> name.equals("GITHUB_ACTIONS") ? "true" : null;

    assertThat(ladderIn(actions, "validate", ladder).out())
        .isEqualTo(
            golden("broken-ladder", "console-text.txt")
                + golden("broken-ladder", "console-github.txt"));
    assertThat(ladderIn(actions, "validate", ladder, "--github", "false").out())
        .isEqualTo(golden("broken-ladder", "console-text.txt"));
  }

  @Test
  void formats_repeat_or_come_as_a_comma_list() throws IOException {
    Path reports = dir.resolve("reports");

    Run run =
        ladder(
            "validate",
            example("engineering-ladder").toString(),
            "--format",
            "json",
            "--format",
            "sarif,junit",
            "--report-dir",
            reports.toString());

    assertThat(run.status()).isZero();
    assertThat(list(reports))
        .containsExactlyInAnyOrder("ladder-report.json", "ladder-report.sarif", "TEST-ladder.xml");
  }

  @Test
  void report_files_go_to_target_ladder_beside_the_ladder_root_by_default() throws IOException {
    Path ladder = example("engineering-ladder");

    ladder("validate", ladder.toString(), "--format", "json");

    assertThat(ladder.resolveSibling("target/ladder/ladder-report.json"))
        .hasContent(golden("engineering-ladder", "ladder-report.json"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "validate {ladder} | 1 | console-text.txt",
        "rules --version | 0 | ",
        "help validate | 0 | ",
        " | 2 | "
      })
  void run_as_the_jar_runs_it_answers_as_the_full_command_line(
      String args, int status, String golden) throws IOException {
    String[] words =
        args == null
            ? new String[0]
            : args.replace("{ladder}", example("broken-ladder").toString()).split(" ");
    Run ran = ladderRun(words);
    Run full = ladder(words);

    assertThat(ran).isEqualTo(full);
    assertThat(ran.status()).isEqualTo(status);
    if (golden != null) {
      assertThat(full.out()).isEqualTo(golden("broken-ladder", golden));
    }
  }

  @Test
  void a_clean_ladder_passes_with_status_0() throws IOException {
    assertThat(ladder("validate", example("engineering-ladder").toString(), "--fail-on", "info"))
        .isEqualTo(new Run(0, golden("engineering-ladder", "console-text.txt"), ""));
  }

  @Test
  void errors_fail_with_status_1_and_nothing_on_standard_error() throws IOException {
    Run run = ladder("validate", example("broken-ladder").toString());

    assertThat(run).isEqualTo(new Run(1, golden("broken-ladder", "console-text.txt"), ""));
  }

  @Test
  void fail_on_none_reports_without_failing() throws IOException {
    assertThat(
            ladder("validate", example("broken-ladder").toString(), "--fail-on", "none").status())
        .isZero();
  }

  @Test
  void rule_severities_and_the_threshold_decide_together() throws IOException {
    String ladder = example("broken-ladder").toString();
    String[] onlyWarnings = {
      "--rule", "dangling-reference=warning",
      "--rule", "rating-monotonic=warning",
      "--rule", "expectation-containment=WARNING"
    };

    Run atError = ladder(concat(new String[] {"validate", ladder}, onlyWarnings));
    Run atWarning =
        ladder(concat(new String[] {"validate", ladder, "--fail-on", "warning"}, onlyWarnings));

    assertThat(atError.status()).isZero();
    assertThat(summary(atError.out()))
        .isEqualTo("ladder: 0 errors, 4 warnings, 0 infos in 5 files\n");
    assertThat(atWarning.status()).isEqualTo(1);
  }

  @Test
  void a_rule_turned_off_does_not_report() throws IOException {
    Run run =
        ladder(
            "validate",
            example("broken-ladder").toString(),
            "--rule",
            "placeholder-text=off",
            "--fail-on",
            "warning");

    assertThat(run.out()).doesNotContain("[placeholder-text]").contains("0 warnings");
    assertThat(run.status()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--format=pdf | ladder: unknown report format 'pdf' in formats; use a comma list of: text, json, sarif, junit, markdown, github",
        "--fail-on=sometimes | ladder: unknown value 'sometimes' for failOn; use error, warning, info or none",
        "--rule=nosuch=error | ladder: unknown rule id 'nosuch' in the rule severities",
        "--rule=near-duplicat=off | ladder: unknown rule id 'near-duplicat' in the rule severities; the closest rule id is 'near-duplicate'",
        "--rule=near-duplicate=loud | ladder: unknown severity 'loud' for rule 'near-duplicate'; use error, warning, info or off",
        "--rule=schema=warning | ladder: rule 'schema' always reports errors; its severity cannot be changed",
        "--github=sometimes | ladder: unknown value 'sometimes' for githubAnnotations; use auto, true or false",
        "--rules-jar=missing.jar | ladder: rules jar missing.jar does not exist"
      })
  void a_configuration_error_is_one_sentence_with_status_2(String option, String sentence)
      throws IOException {
    Run run = ladder("validate", example("engineering-ladder").toString(), option);

    assertThat(run).isEqualTo(new Run(2, "", sentence + "\n"));
  }

  @Test
  void a_missing_ladder_root_is_a_configuration_error() {
    Path missing = dir.resolve("nowhere/ladder");

    assertThat(ladder("validate", missing.toString()))
        .isEqualTo(new Run(2, "", "ladder: ladder root " + missing + " does not exist\n"));
  }

  @Test
  void a_file_where_the_report_folder_should_be_is_a_configuration_error() throws IOException {
    Path blocked = Files.writeString(dir.resolve("reports"), "not a folder");

    Run run =
        ladder(
            "validate",
            example("engineering-ladder").toString(),
            "--format",
            "json",
            "--report-dir",
            blocked.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "ladder: cannot write the reports in "
                + blocked
                + ": a file is in the way of a folder at "
                + blocked
                + "\n");
  }

  @Test
  void a_rules_jar_that_is_not_a_jar_is_a_configuration_error() throws IOException {
    Path notAJar = Files.writeString(dir.resolve("rules.jar"), "plain text");

    assertThat(ladder("rules", "--rules-jar", notAJar.toString()))
        .isEqualTo(new Run(2, "", "ladder: rules jar " + notAJar + " is not a readable jar\n"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "validate --frmat=json | ladder: Unknown option: '--frmat=json'; did you mean --format? (see 'ladder validate --help')",
        "validate --fail-no error | ladder: Unknown option: '--fail-no'; did you mean --fail-on? (see 'ladder validate --help')",
        "validate --rule nosuch | ladder: Value for option option '--rule' (ID=SEVERITY) should be in KEY=VALUE format but was nosuch (see 'ladder validate --help')",
        "validate --format | ladder: Missing required parameter for option '--format' (F) (see 'ladder validate --help')",
        "validate one two | ladder: Unmatched argument at index 2: 'two' (see 'ladder validate --help')",
        "valdate | ladder: Unmatched argument at index 0: 'valdate'; did you mean validate? (see 'ladder --help')",
        "rules extra | ladder: Unmatched argument at index 1: 'extra' (see 'ladder rules --help')"
      })
  void a_usage_error_is_one_sentence_with_status_2_and_no_usage(String args, String sentence) {
    assertThat(ladder(args.split(" "))).isEqualTo(new Run(2, "", sentence + "\n"));
  }

  @Test
  void ladder_alone_shows_its_usage_on_standard_error_as_a_usage_error() {
    Run run = ladder();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Usage: ladder [-hV] [COMMAND]").contains("validate", "rules");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--help | Usage: ladder [-hV] [COMMAND]",
        "validate --help | Usage: ladder validate [-hV]",
        "rules --help | Usage: ladder rules [-hV]",
        "help validate | Usage: ladder validate [-hV]"
      })
  void every_command_has_help_on_standard_output(String args, String usage) {
    Run run = ladder(args.split(" "));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith(usage).contains("Exit status:");
  }

  @Test
  void validate_help_names_every_option_of_the_contract() {
    assertThat(ladder("validate", "--help").out())
        .contains(
            "[LADDER_DIR]",
            "--format=F",
            "--fail-on=SEVERITY",
            "--report-dir=DIR",
            "--rule=ID=SEVERITY",
            "--rules-jar=JAR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "validate --version", "rules -V"})
  void the_version_is_the_projects(String args) {
    Run run = ladder(args.split(" "));

    assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run).isEqualTo(new Run(0, "ladder " + Version.current() + "\n", ""));
  }

  @Test
  void the_rule_table_lists_the_validators_catalogue() {
    Run run = ladder("rules");

    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).matches("rule id +default +summary");
    List<RuleInfo> rules = Validator.rules();
    assertThat(lines).hasSize(rules.size() + 1);
    for (int i = 0; i < rules.size(); i++) {
      RuleInfo rule = rules.get(i);
      assertThat(lines.get(i + 1).split(" {2,}"))
          .containsExactly(
              rule.id(),
              rule.defaultSeverity().label() + (rule.fixed() ? " (fixed)" : ""),
              rule.summary());
    }
    assertThat(run.out())
        .contains("parse                     error (fixed)   the file is well-formed YAML/JSON")
        .doesNotContain("title-case");
  }

  @Test
  void the_rule_table_lists_the_rules_of_a_rules_jar() throws IOException {
    Path jar = RuleJar.write(dir.resolve("team-rules.jar"));

    Run run = ladder("rules", "--rules-jar", jar.toString());

    assertThat(run.out())
        .contains(
            "title-case                warning         level titles start with a capital letter");
  }

  @Test
  void the_rules_of_a_rules_jar_run_and_are_set_like_built_in_ones() throws IOException {
    Path jar = RuleJar.write(dir.resolve("team-rules.jar"));
    Path ladder = example("engineering-ladder");
    Path manager = ladder.resolve("levels/management/engineering-manager.yaml");
    Files.writeString(
        manager, read(manager).replace("title: Engineering Manager", "title: engineering Manager"));

    Run found = ladder("validate", ladder.toString(), "--rules-jar", jar.toString());
    Run raised =
        ladder(
            "validate",
            ladder.toString(),
            "--rules-jar",
            jar.toString(),
            "--rule",
            "title-case=error");
    Run unknown = ladder("validate", ladder.toString(), "--rule", "title-case=error");

    assertThat(found.status()).isZero();
    assertThat(found.out())
        .startsWith(
            "ladder/levels/management/engineering-manager.yaml:3:8: warning: engineering Manager"
                + " (rank 1) has a title that starts in lower case [title-case]\n");
    assertThat(raised.status()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("ladder: unknown rule id 'title-case'");
  }

  @Test
  void running_out_of_memory_is_one_sentence_with_status_3() throws IOException {
    Path jar = RuleJar.write(dir.resolve("exhausting.jar"), Exhausting.class);

    Run run =
        ladderRun(
            "validate", example("engineering-ladder").toString(), "--rules-jar", jar.toString());

    assertThat(run)
        .isEqualTo(
            new Run(
                3,
                "",
                "ladder: out of memory; give the JVM a larger heap (java -Xmx1g -jar ..., or"
                    + " LADDER_JAVA_OPTIONS=-Xmx1g for the launcher)\n"));
  }

  /** As the jar's main runs it: {@link LadderCli#run}. */
  private static Run ladderRun(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        LadderCli.run(
            new Terminal(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                name -> null),
            args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String summary(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1) + "\n";
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
