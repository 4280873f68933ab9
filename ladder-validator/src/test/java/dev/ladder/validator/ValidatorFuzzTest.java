package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ladder.validator.report.ReportContext;
import dev.ladder.validator.report.ReportFormat;
import dev.ladder.validator.report.Reports;
import dev.ladder.validator.report.TextReport;
import dev.ladder.validator.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-ladder validation on hostile ladders: any bytes as one level file of a valid ladder, and
 * ladders composed from small pools of ids so that cycles, dangling references, equal ranks and
 * branches are common. Validation never throws, no rule fails, every diagnostic lies inside a file
 * of the ladder, and the same ladder gives the same result and the same report bytes twice. Runs on
 * the committed seed corpus in every build; {@code JAZZER_FUZZ=1} fuzzes (see docs/security.md).
 */
class ValidatorFuzzTest {
  private static final String LADDER_YAML =
      """
      ladderFormat: 1
      id: fuzz
      name: Fuzz Ladder
      tracks:
        - id: ic
          name: Individual contributor
        - id: management
          name: People manager
      dimensions:
        - id: craft
          name: Craft
        - id: impact
          name: Impact
      scales:
        reach: [team, multi-team, organization]
      attributes:
        - id: reach
          name: Reach
          scale: reach
      competencies:
        - id: deliver-results
          name: Deliver results
      equivalences:
        - [senior, manager]
      """;
  private static final String ENGINEER =
      """
      id: engineer
      title: Engineer
      track: ic
      rank: 1
      ratings:
        reach: team
      expectations:
        craft:
          - Writes tested code
        impact:
          - id: ships
            text: Ships features of the team
      progression:
        next: [senior]
      """;
  private static final String SENIOR =
      """
      id: senior
      title: Senior Engineer
      track: ic
      rank: 2
      extends: engineer
      ratings:
        reach: multi-team
      expectations:
        impact:
          - id: leads
            text: Leads projects of several engineers
            refines: ships
      progression:
        next: [manager]
      """;
  private static final String MANAGER =
      """
      id: manager
      title: Engineering Manager
      track: management
      rank: 1
      extends: senior
      expectations:
        craft:
          - Coaches the team in its craft
      """;

  private static final Validator VALIDATOR = Validator.builder().build();
  private static final ReportContext CONTEXT =
      ReportContext.builder(ToolInfo.ladder("0.0.0-fuzz")).build();

  private static final String[] LEVELS = {
    "engineer", "senior", "staff", "manager", "director", "ghost"
  };
  private static final String[] TRACKS = {"ic", "management", "ghost-track"};
  private static final String[] DIMENSIONS = {"craft", "impact", "ghost-dimension"};
  private static final String[] TEXTS = {
    "Writes tested code",
    "Writes tested code.",
    "Leads projects of several engineers",
    "Mentors engineers",
    "Runs a team",
    "TBD",
    "",
  };
  private static final String[] EXPECTATION_IDS = {
    "writes-tested-code", "leads", "mentors-engineers", "runs-a-team", "ships", "ghost-expectation"
  };
  private static final String[] REACH = {"team", "multi-team", "organization", "galaxy"};
  private static final String[] ATTRIBUTES = {"reach", "reach", "ghost-attribute"};
  private static final String[] COMPETENCIES = {"deliver-results", "deliver-result", "ghost"};
  private static final String[] SEVERITIES = {"error", "warning", "info", "off", "fatal"};
  private static final String[] RULE_IDS = {
    "near-duplicate", "no-progression", "placeholder-text", "parse", "no-such-rule"
  };

  @TempDir static Path temp;

  @FuzzTest
  void any_bytes_as_one_level_of_a_valid_ladder(byte[] data) throws IOException {
    Path root = fresh("bytes");
    Files.writeString(root.resolve("ladder.yaml"), LADDER_YAML);
    Files.writeString(root.resolve("levels/ic/engineer.yaml"), ENGINEER);
    Files.writeString(root.resolve("levels/ic/senior.yaml"), SENIOR);
    Files.writeString(root.resolve("levels/management/manager.yaml"), MANAGER);
    Files.write(root.resolve("levels/fuzz.yaml"), data);
    check(root);
  }

  @FuzzTest
  void composed_ladders_with_cycles_dangling_references_and_branches(FuzzedDataProvider data)
      throws IOException {
    Path root = fresh("composed");
    Files.writeString(root.resolve("ladder.yaml"), ladderYaml(data));
    int levels = data.consumeInt(1, 7);
    for (int i = 0; i < levels; i++) {
      String folder = data.consumeBoolean() ? "levels/" : "levels/" + data.pickValue(TRACKS) + "/";
      Path file = root.resolve(folder + i + ".yaml");
      Files.createDirectories(file.getParent());
      Files.writeString(file, level(data));
    }
    check(root);
  }

  private static String ladderYaml(FuzzedDataProvider data) {
    StringBuilder yaml = new StringBuilder(LADDER_YAML);
    if (data.consumeBoolean()) {
      yaml.append("  - [").append(data.pickValue(LEVELS)).append(", ");
      yaml.append(data.pickValue(LEVELS)).append("]\n");
    }
    if (data.consumeBoolean()) {
      yaml.append("rules:\n");
      for (int i = data.consumeInt(1, 3); i > 0; i--) {
        yaml.append("  ").append(data.pickValue(RULE_IDS)).append(": ");
        yaml.append(data.pickValue(SEVERITIES)).append('\n');
      }
    }
    return yaml.toString();
  }

  /** One level file, each optional part present or not, every reference drawn from a pool. */
  private static String level(FuzzedDataProvider data) {
    StringBuilder yaml = new StringBuilder();
    String id = data.pickValue(LEVELS);
    yaml.append("id: ").append(id).append('\n');
    yaml.append("title: ").append(data.consumeBoolean() ? quoted(data, id) : id).append('\n');
    yaml.append("track: ").append(data.pickValue(TRACKS)).append('\n');
    yaml.append("rank: ").append(data.consumeInt(0, 4)).append('\n');
    if (data.consumeBoolean()) {
      yaml.append("extends: ").append(data.pickValue(LEVELS)).append('\n');
    }
    if (data.consumeBoolean()) {
      yaml.append("status: ").append(data.pickValue(new String[] {"draft", "deprecated"}));
      yaml.append('\n');
    }
    if (data.consumeBoolean()) {
      yaml.append("experience:\n  minYears: ").append(data.consumeInt(0, 12)).append('\n');
      if (data.consumeBoolean()) {
        yaml.append("  leadershipYears: ").append(data.consumeInt(0, 6)).append('\n');
      }
    }
    if (data.consumeBoolean()) {
      yaml.append("ratings:\n  ").append(data.pickValue(ATTRIBUTES)).append(": ");
      yaml.append(data.pickValue(REACH)).append('\n');
    }
    if (data.consumeBoolean()) {
      yaml.append("scope:\n  teams: {min: ").append(data.consumeInt(0, 5));
      yaml.append(", max: ").append(data.consumeInt(0, 5)).append("}\n");
    }
    if (data.consumeBoolean()) {
      yaml.append("compensation:\n  currency: ");
      yaml.append(data.pickValue(new String[] {"USD", "EUR"})).append('\n');
      yaml.append("  min: ").append(data.consumeInt(0, 300) * 1000).append('\n');
      yaml.append("  max: ").append(data.consumeInt(0, 300) * 1000).append('\n');
    }
    if (data.consumeBoolean()) {
      yaml.append("competencies: [").append(data.pickValue(COMPETENCIES)).append("]\n");
    }
    if (data.consumeBoolean()) {
      yaml.append("expectations:\n");
      for (int d = data.consumeInt(1, 3); d > 0; d--) {
        yaml.append("  ").append(data.pickValue(DIMENSIONS)).append(":\n");
        for (int e = data.consumeInt(1, 3); e > 0; e--) {
          expectation(data, yaml);
        }
      }
    }
    if (data.consumeBoolean()) {
      yaml.append("retires:\n  - expectation: ").append(data.pickValue(EXPECTATION_IDS));
      yaml.append("\n    reason: Delegated\n");
    }
    if (data.consumeBoolean()) {
      yaml.append("progression:\n  next: [").append(data.pickValue(LEVELS));
      if (data.consumeBoolean()) {
        yaml.append(", ").append(data.pickValue(LEVELS));
      }
      yaml.append("]\n");
    }
    if (data.consumeBoolean()) {
      yaml.append("checkpoints:\n  - ").append(quoted(data, data.pickValue(TEXTS))).append('\n');
    }
    return yaml.toString();
  }

  private static void expectation(FuzzedDataProvider data, StringBuilder yaml) {
    String text = quoted(data, data.pickValue(TEXTS));
    if (data.consumeBoolean()) {
      yaml.append("    - ").append(text).append('\n');
      return;
    }
    yaml.append("    - id: ").append(data.pickValue(EXPECTATION_IDS)).append('\n');
    yaml.append("      text: ").append(text).append('\n');
    if (data.consumeBoolean()) {
      yaml.append("      refines: [").append(data.pickValue(EXPECTATION_IDS));
      if (data.consumeBoolean()) {
        yaml.append(", ").append(data.pickValue(EXPECTATION_IDS));
      }
      yaml.append("]\n");
    }
  }

  /** A YAML double-quoted string: the pool's text, or now and then a few fuzzed characters. */
  private static String quoted(FuzzedDataProvider data, String text) {
    String value = data.consumeInt(0, 7) == 0 ? data.consumeString(12) : text;
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static void check(Path root) throws IOException {
    ValidationResult first = VALIDATOR.validate(root);
    ValidationResult second = VALIDATOR.validate(root);
    assertThat(second).isEqualTo(first);

    String prefix = root.getFileName() + "/";
    for (Diagnostic d : first.diagnostics()) {
      assertThat(d.rule()).as("rule of %s", d).isNotEqualTo(Validator.INTERNAL);
      assertThat(d.file()).as("file of %s", d).startsWith(prefix).doesNotContain("\\", "..");
      String inRoot = d.file().substring(prefix.length());
      assertThat(inRoot.equals("ladder.yaml") || inRoot.startsWith("levels/"))
          .as("file of %s", d)
          .isTrue();
      List<String> lines = lines(root.resolve(inRoot));
      assertThat(d.line()).as("line of %s", d).isLessThanOrEqualTo(lines.size() + 1);
      int length = d.line() <= lines.size() ? lines.get(d.line() - 1).length() : 0;
      assertThat(d.column()).as("column of %s", d).isLessThanOrEqualTo(length + 1);
    }

    String text = Reports.toString(ReportFormat.TEXT, first, CONTEXT);
    assertThat(Reports.toString(ReportFormat.TEXT, second, CONTEXT)).isEqualTo(text);
    assertThat(Reports.toString(ReportFormat.JSON, second, CONTEXT))
        .isEqualTo(Reports.toString(ReportFormat.JSON, first, CONTEXT));
    long hints = first.diagnostics().stream().filter(d -> d.hint().isPresent()).count();
    assertThat(text.split("\n", -1))
        .as("one line per finding, per hint and the summary, whatever the messages hold")
        .hasSize(first.diagnostics().size() + (int) hints + 2)
        .endsWith(TextReport.summary(first), "");
  }

  /**
   * The lines of a file as the reader counts them (after a byte order mark, split at {@code \r\n},
   * {@code \r} and {@code \n}); none when the file does not exist (a missing ladder.yaml is at
   * 1:1).
   */
  private static List<String> lines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
  }

  private static Path fresh(String name) throws IOException {
    Path root = temp.resolve(name);
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(root.resolve("levels/ic"));
    Files.createDirectories(root.resolve("levels/management"));
    return root;
  }
}
