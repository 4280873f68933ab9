package dev.ladder.validator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.model.Severity;
import dev.ladder.validator.BaselineState;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.Diagnostic;
import java.io.IOException;
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

/** {@link LadderRun#diff} and the ratchet of {@link LadderRun#run}, with a base folder. */
class DiffAndRatchetTest {
  private static final Path BROKEN = Path.of("../examples/broken-ladder/ladder");
  private static final String DIRECTOR = "ladder/levels/management/director-engineering.yaml";
  private static final String VP = "ladder/levels/management/vp-engineering.yaml";

  @TempDir Path dir;
  private Path base;
  private Path project;
  private final List<String> lines = new ArrayList<>();
  private final Map<String, String> environment = new java.util.HashMap<>();

  @BeforeEach
  void copyTheBrokenExampleTwice() throws IOException {
    base = dir.resolve("base");
    project = dir.resolve("project");
    copy(BROKEN, base.resolve("ladder"));
    copy(BROKEN, project.resolve("ladder"));
  }

  private RunConfig.Builder config() {
    return RunConfig.builder(project.resolve("ladder"))
        .baseDirectory(project)
        .reportDirectory(project.resolve("target/ladder"))
        .ruleLoader(ClassLoader.getPlatformClassLoader())
        .environment(environment::get)
        .toolVersion("1.0")
        .console(recording());
  }

  @Test
  void an_unchanged_ladder_against_itself_has_no_level_change_and_only_unchanged_findings()
      throws IOException {
    DiffOutcome outcome =
        LadderRun.diff(new DiffConfig(config().formats("text,json").build(), Base.folder(base)));

    assertThat(outcome.diff().levels().isEmpty()).isTrue();
    assertThat(outcome.diff().findings().added()).isEmpty();
    assertThat(outcome.diff().findings().fixed()).isEmpty();
    assertThat(outcome.diff().findings().unchanged()).hasSize(4);
    assertThat(lines)
        .containsExactly(
            "info: ladder: changes from "
                + base
                + " to working tree: 0 levels added, 0 removed, 0 changed; 0 new findings, 0"
                + " fixed, 4 unchanged");
  }

  @Test
  void an_edit_of_directors_file_shows_on_vp_as_inherited_and_its_finding_relates_directors_file()
      throws IOException {
    // VP extends Director now, and Director expects one thing more: VP inherits it.
    edit(VP, "rank: 2\n", "rank: 2\nextends: director-engineering\n");
    edit(base.resolve(VP), "rank: 2\n", "rank: 2\nextends: director-engineering\n");
    edit(
        DIRECTOR,
        "  responsibilities:\n",
        "  responsibilities:\n    - Owns the hiring plan of their organization\n");

    DiffOutcome outcome =
        LadderRun.diff(
            new DiffConfig(config().formats("text,json,markdown").build(), Base.folder(base)));

    JsonNode json = read("ladder-diff.json");
    assertThat(json.get("base").asText()).isEqualTo(base.toString());
    assertThat(json.get("head").asText()).isEqualTo("working tree");
    assertThat(json.at("/summary/levelsChanged").asInt()).isEqualTo(2);
    JsonNode vp = level(json, "vp-engineering");
    assertThat(vp.get("change").asText()).isEqualTo("changed");
    assertThat(vp.at("/changes/0/kind").asText()).isEqualTo("expectation-added");
    assertThat(vp.at("/changes/0/dimension").asText()).isEqualTo("responsibilities");
    assertThat(vp.at("/changes/0/id").asText())
        .isEqualTo("owns-the-hiring-plan-of-their-organization");
    assertThat(vp.at("/changes/0/inherited").asBoolean()).isTrue();
    assertThat(vp.at("/changes/0").has("from")).isFalse();
    assertThat(level(json, "director-engineering").at("/changes/0/inherited").asBoolean())
        .isFalse();
    String md = Files.readString(project.resolve("target/ladder/ladder-diff.md"));
    assertThat(md)
        .contains("<details>\n<summary><b>VP of Engineering</b> (vp-engineering): changed")
        .contains(
            "| expectation-added | responsibilities | owns-the-hiring-plan-of-their-organization");
    assertThat(outcome.reports())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("ladder-diff.json", "ladder-diff.md");
    assertThat(lines)
        .contains(
            "info: vp-engineering (VP of Engineering): changed",
            "info:     expectation-added responsibilities/owns-the-hiring-plan-of-their-organization:"
                + " \"Owns the hiring plan of their organization\" (inherited)");
  }

  @Test
  void a_new_finding_fails_the_ratchet_and_the_old_ones_are_reported_unchanged()
      throws IOException {
    edit(VP, "leadership-reach: multi-team", "leadership-reach: team");
    edit(DIRECTOR, "  - TBD\n", "  - TBD\n  - TODO\n");

    RunOutcome outcome =
        LadderRun.run(config().failOn("warning").ratchetFrom(base.toString()).build());

    assertThat(outcome.failed()).isTrue();
    List<Diagnostic> diagnostics = outcome.result().orElseThrow().diagnostics();
    assertThat(diagnostics.stream().filter(d -> !d.unchanged()))
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("placeholder checkpoint \"TODO\"");
    // The rating dropped further: the same finding (same levels, same attribute), reworded.
    assertThat(diagnostics)
        .filteredOn(d -> d.rule().equals("rating-monotonic"))
        .singleElement()
        .matches(Diagnostic::unchanged);
    assertThat(outcome.failure().orElseThrow())
        .contains("; 4 unchanged from " + base + ", 1 new, 0 fixed (failOn: warning)")
        .contains("placeholder checkpoint \"TODO\"")
        .doesNotContain("rating-monotonic");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("error: " + VP) && l.endsWith("(unchanged from base)"));
  }

  @Test
  void a_ratchet_with_only_old_findings_passes_and_sarif_says_which_are_unchanged_and_fixed()
      throws IOException {
    edit(DIRECTOR, "  - TBD\n", "  - Has hired two managers\n");

    RunOutcome outcome =
        LadderRun.run(config().formats("sarif").ratchetFrom(base.toString()).build());

    assertThat(outcome.failed()).isFalse();
    JsonNode results = read("ladder-report.sarif").at("/runs/0/results");
    List<String> states = new ArrayList<>();
    results.forEach(
        r -> states.add(r.get("ruleId").asText() + " " + r.get("baselineState").asText()));
    assertThat(states)
        .containsExactly(
            "dangling-reference unchanged",
            "rating-monotonic unchanged",
            "expectation-containment unchanged",
            "placeholder-text absent");
  }

  @Test
  void a_base_that_does_not_parse_still_gives_a_diff_and_the_head_in_full() throws IOException {
    Files.writeString(base.resolve("ladder/ladder.yaml"), "ladderFormat: [1\n");
    Files.writeString(base.resolve(VP), "id: [\n");

    DiffOutcome outcome =
        LadderRun.diff(new DiffConfig(config().formats("json").build(), Base.folder(base)));

    assertThat(outcome.diff().result().diagnostics()).hasSize(4);
    assertThat(outcome.diff().findings().fixed()).extracting(Diagnostic::rule).contains("parse");
    assertThat(outcome.diff().findings().fixed())
        .allMatch(d -> d.baseline().orElseThrow() == BaselineState.ABSENT);
  }

  @Test
  void the_markdown_escapes_every_text_of_the_ladder_and_the_same_diff_gives_the_same_bytes()
      throws IOException {
    edit(VP, "title: VP of Engineering", "title: \"VP <script>|x</script> & co\"");
    DiffConfig config =
        new DiffConfig(config().formats("json,markdown").build(), Base.folder(base));

    LadderRun.diff(config);
    byte[] json = Files.readAllBytes(project.resolve("target/ladder/ladder-diff.json"));
    String md = Files.readString(project.resolve("target/ladder/ladder-diff.md"));
    LadderRun.diff(config);

    assertThat(md)
        .contains("<summary><b>VP &lt;script&gt;\\|x&lt;/script&gt; &amp; co</b> (vp-engineering)")
        .contains(
            "| title-changed |  |  | VP of Engineering | VP &lt;script&gt;\\|x&lt;/script&gt; &amp; co | no |")
        .doesNotContain("<script>");
    assertThat(Files.readAllBytes(project.resolve("target/ladder/ladder-diff.json")))
        .isEqualTo(json);
    assertThat(Files.readString(project.resolve("target/ladder/ladder-diff.md"))).isEqualTo(md);
  }

  @Test
  void a_base_folder_that_is_the_ladder_root_itself_is_read_as_well() throws IOException {
    DiffOutcome outcome =
        LadderRun.diff(
            new DiffConfig(config().formats("json").build(), Base.folder(base.resolve("ladder"))));

    assertThat(outcome.diff().findings().unchanged()).hasSize(4);
  }

  @Test
  void a_missing_base_folder_or_a_format_a_diff_does_not_write_is_a_configuration_error() {
    assertThatThrownBy(
            () ->
                LadderRun.diff(
                    new DiffConfig(config().build(), Base.folder(dir.resolve("nowhere")))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "the base folder " + dir.resolve("nowhere") + " does not exist or is not a folder");
    assertThatThrownBy(
            () ->
                LadderRun.diff(
                    new DiffConfig(config().formats("sarif").build(), Base.folder(base))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("the diff writes no sarif report; use a comma list of: text, json, markdown");
  }

  @Test
  void a_ratchet_value_is_a_folder_when_one_exists_and_a_revision_otherwise() {
    assertThat(Base.parse("base", dir).kind()).isEqualTo(Base.Kind.FOLDER);
    assertThat(Base.parse("origin/main", dir)).isEqualTo(Base.revision("origin/main"));
  }

  @Test
  void a_revision_outside_any_repository_is_one_sentence() {
    assertThatThrownBy(() -> LadderRun.run(config().ratchetFrom("origin/main").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageNotContaining("Exception")
        .hasMessageStartingWith("no git repository holds the folder ")
        .hasMessageEndingWith("; run in a clone of the repository, or give the base as a folder");
  }

  @Test
  void more_annotations_than_github_shows_are_said_in_one_line_and_go_to_the_job_summary()
      throws IOException {
    StringBuilder many = new StringBuilder();
    for (String placeholder :
        List.of("TODO", "WIP", "TBA", "N/A", "?", "...", "tbd", "todo", "wip", "tba", "n/a")) {
      many.append("  - \"").append(placeholder).append("\"\n");
    }
    edit(DIRECTOR, "  - TBD\n", "  - TBD\n" + many);
    // 12 placeholder checkpoints: warnings by default.
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "before\n");
    environment.put("GITHUB_STEP_SUMMARY", summary.toString());

    LadderRun.run(config().formats("").githubAnnotations("true").failOn("none").build());

    assertThat(lines.stream().filter(l -> l.startsWith("command: ::warning"))).hasSize(12);
    assertThat(lines)
        .contains(
            "info: ladder: 12 warnings, but GitHub shows at most 10 annotations of each kind in a"
                + " step; every finding is in the job summary");
    String written = Files.readString(summary);
    assertThat(written).startsWith("before\n### ladder: broken-example\n");
    assertThat(written).contains("placeholder checkpoint \"n/a\"");
  }

  private JsonNode read(String report) throws IOException {
    return new ObjectMapper().readTree(project.resolve("target/ladder").resolve(report).toFile());
  }

  private static JsonNode level(JsonNode json, String id) {
    for (JsonNode level : json.get("levels")) {
      if (level.get("id").asText().equals(id)) {
        return level;
      }
    }
    throw new AssertionError("no level " + id + " in " + json);
  }

  private void edit(String file, String from, String to) throws IOException {
    edit(project.resolve(file), from, to);
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
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
