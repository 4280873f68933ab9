package dev.ladder.validator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Severity;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.report.ReportContext;
import dev.ladder.validator.report.ReportFormat;
import dev.ladder.validator.report.Reports;
import dev.ladder.validator.report.ToolInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderRunTest {
  private static final Path BROKEN = Path.of("../examples/broken-ladder/ladder");
  private static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");

  @TempDir Path dir;
  private Path project;
  private final List<String> lines = new ArrayList<>();

  @BeforeEach
  void copyTheExample() throws IOException {
    project = dir.resolve("project");
    copy(EXAMPLE, project.resolve("ladder"));
  }

  private RunConfig.Builder config() {
    return RunConfig.builder(project.resolve("ladder"))
        .baseDirectory(project)
        .reportDirectory(project.resolve("target/ladder"))
        .indexFile(project.resolve("target/ladder/ladder-index.properties"))
        .ruleLoader(ClassLoader.getPlatformClassLoader())
        .environment(name -> null)
        .toolVersion("1.0")
        .console(recording());
  }

  @Test
  void a_clean_ladder_passes_and_writes_every_report_asked_for() throws IOException {
    RunOutcome outcome = LadderRun.run(config().formats("text,json,sarif,junit,markdown").build());

    assertThat(outcome.verdict()).isEqualTo(RunOutcome.Verdict.PASSED);
    assertThat(outcome.failure()).isEmpty();
    assertThat(outcome.reports())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "ladder-report.json", "ladder-report.sarif", "TEST-ladder.xml", "ladder-report.md");
    assertThat(lines).containsExactly("info: ladder: 0 errors, 0 warnings, 0 infos in 11 files");
  }

  @Test
  void the_console_gets_the_text_format_byte_for_byte() throws IOException {
    copy(BROKEN, project.resolve("ladder"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunOutcome outcome =
        LadderRun.run(
            config()
                .console(Console.printing(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .build());

    String expected =
        Reports.toString(
            ReportFormat.TEXT,
            outcome.result().orElseThrow(),
            ReportContext.builder(ToolInfo.ladder("1.0")).build());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void findings_at_the_threshold_fail_with_the_counts_and_the_first_findings() throws IOException {
    copy(BROKEN, project.resolve("ladder"));
    RunOutcome outcome = LadderRun.run(config().failOn("warning").build());

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.failure().orElseThrow())
        .startsWith("ladder: 3 errors, 1 warning, 0 infos in 5 files (failOn: warning)\n")
        .contains("ladder/levels/management/director-engineering.yaml:19:5: warning:");
    assertThat(lines)
        .contains(
            "error: ladder/levels/ic/staff-engineer.yaml:5:8: error: Staff Engineer (rank 2) is on"
                + " track 'individual-contributor', which ladder.yaml does not declare"
                + " [dangling-reference]",
            "error:     hint: declared tracks: ic, management");
    assertThat(Files.exists(project.resolve("target/ladder/ladder-index.properties"))).isFalse();
  }

  @Test
  void fail_on_none_reports_and_passes() throws IOException {
    copy(BROKEN, project.resolve("ladder"));
    assertThat(LadderRun.run(config().failOn("none").build()).verdict())
        .isEqualTo(RunOutcome.Verdict.PASSED);
  }

  @Test
  void an_unchanged_ladder_is_up_to_date_until_a_file_or_a_setting_changes() throws IOException {
    RunConfig config = config().formats("text,json").build();
    assertThat(LadderRun.run(config).verdict()).isEqualTo(RunOutcome.Verdict.PASSED);
    assertThat(LadderRun.run(config).verdict()).isEqualTo(RunOutcome.Verdict.UP_TO_DATE);
    assertThat(lines).last().isEqualTo("info: ladder: up to date (11 files), nothing to do");

    assertThat(LadderRun.run(config().formats("text,json").force(true).build()).verdict())
        .isEqualTo(RunOutcome.Verdict.PASSED);
    assertThat(LadderRun.run(config().formats("json,text").build()).verdict())
        .isEqualTo(RunOutcome.Verdict.UP_TO_DATE);
    assertThat(LadderRun.run(config().formats("text").build()).verdict())
        .isEqualTo(RunOutcome.Verdict.PASSED);
    assertThat(
            LadderRun.run(config().formats("text").rules(Map.of("near-duplicate", "off")).build())
                .verdict())
        .isEqualTo(RunOutcome.Verdict.PASSED);

    Path vp = project.resolve("ladder/levels/management/vp-engineering.yaml");
    Files.writeString(vp, Files.readString(vp) + "\n");
    assertThat(LadderRun.run(config().formats("text").build()).verdict())
        .isEqualTo(RunOutcome.Verdict.PASSED);
    Files.delete(project.resolve("target/ladder/ladder-report.json"));
    assertThat(LadderRun.run(config().formats("text,json").build()).verdict())
        .isEqualTo(RunOutcome.Verdict.PASSED);
  }

  @Test
  void annotations_go_out_as_workflow_commands_in_github_actions() throws IOException {
    copy(BROKEN, project.resolve("ladder"));
    LadderRun.run(
        config().failOn("none").environment(Map.of("GITHUB_ACTIONS", "true")::get).build());

    assertThat(lines)
        .filteredOn(l -> l.startsWith("command: "))
        .hasSize(4)
        .first()
        .asString()
        .startsWith("command: ::error file=ladder/levels/ic/staff-engineer.yaml,line=5,col=8,");
  }

  @Test
  void settings_are_refused_in_the_order_a_user_fixes_them() {
    assertThatThrownBy(() -> LadderRun.run(config().formats("text,pdf").failOn("x").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("unknown report format 'pdf' in formats");
    assertThatThrownBy(() -> LadderRun.run(config().failOn("sometimes").build()))
        .hasMessage("unknown value 'sometimes' for failOn; use error, warning, info or none");
    assertThatThrownBy(() -> LadderRun.run(config().rules(Map.of("no-such-rule", "off")).build()))
        .hasMessage("unknown rule id 'no-such-rule' in the rule severities");
    Path missing = project.resolve("nowhere");
    assertThatThrownBy(() -> LadderRun.run(RunConfig.builder(missing).build()))
        .hasMessage("ladder root " + missing + " does not exist");
  }

  @Test
  void a_check_reads_and_validates_without_reports_or_verdict() {
    LadderRun.Checked checked = LadderRun.check(config().build());

    assertThat(checked.read().ladder().levels()).hasSize(10);
    assertThat(checked.result().diagnostics()).isEmpty();
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void preparing_in_the_background_changes_nothing_a_run_reports() throws IOException {
    copy(BROKEN, project.resolve("ladder"));
    RunOutcome before = LadderRun.run(config().build());
    List<String> printed = List.copyOf(lines);
    lines.clear();

    LadderRun.prepare();
    LadderRun.prepare();
    RunOutcome after = LadderRun.run(config().build());

    assertThat(after.result()).isEqualTo(before.result());
    assertThat(lines).isEqualTo(printed);
  }

  private Console recording() {
    return new Console() {
      @Override
      public void finding(Severity severity, String line) {
        lines.add(severity.label() + ": " + line);
      }

      @Override
      public void info(String line) {
        lines.add("info: " + line);
      }

      @Override
      public void command(String line) {
        lines.add("command: " + line);
      }
    };
  }

  private static void copy(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> old = Files.walk(to)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
