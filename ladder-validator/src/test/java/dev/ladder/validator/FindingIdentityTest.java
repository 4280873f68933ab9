package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding keeps its identity (FORMAT.md section 5: rule id, file, key) when lines move, a level
 * is retitled or a level file is renamed; and a revision's findings divide into new, fixed and
 * unchanged.
 */
class FindingIdentityTest {
  private static final Validator VALIDATOR = Validator.builder().build();
  private static final Path RULES = RuleFixturesTest.FIXTURES;

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> every_finding_of_every_fixture_keeps_its_identity_when_lines_move()
      throws IOException {
    return RuleFixturesTest.fixtures().stream()
        .map(
            root ->
                DynamicTest.dynamicTest(
                    RULES.relativize(root).toString(),
                    () -> {
                      Path moved = copy(root, "moved");
                      forEachLadderFile(moved, FindingIdentityTest::pushDown);
                      assertSameFindings(root, moved);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> every_finding_of_every_fixture_keeps_its_identity_when_levels_are_retitled()
      throws IOException {
    return RuleFixturesTest.fixtures().stream()
        // A placeholder title renamed is no longer a placeholder: that finding is fixed, rightly.
        .filter(root -> !hasPlaceholderTitle(root))
        .map(
            root ->
                DynamicTest.dynamicTest(
                    RULES.relativize(root).toString(),
                    () -> {
                      Path retitled = copy(root, "retitled");
                      forEachLadderFile(retitled, FindingIdentityTest::retitle);
                      assertSameFindings(root, retitled);
                    }));
  }

  @Test
  void every_built_in_rule_gives_its_findings_a_key_of_ids_rather_than_a_pointer()
      throws IOException {
    List<String> keyless = new ArrayList<>();
    List<String> builtin =
        dev.ladder.validator.rules.BuiltinRules.all().stream().map(Rule::id).toList();
    for (Path root : RuleFixturesTest.fixtures()) {
      for (Diagnostic d : VALIDATOR.validate(root, root).diagnostics()) {
        if (!builtin.contains(d.rule())) {
          continue; // title-case: the test rule of a team's own, keyed by its node
        }
        if (d.key().ids().isEmpty() || d.key().ids().get(0).startsWith("/")) {
          keyless.add(d.rule() + " " + d.key());
        }
      }
    }
    assertThat(keyless).isEmpty();
  }

  @Test
  void a_renamed_level_file_keeps_its_findings() throws IOException {
    Path root = copy(RULES.resolve("expectation-containment/fail"), "renamed");
    Path vp = root.resolve("levels/executive/vp.yaml");
    Files.createDirectories(root.resolve("levels/leadership"));
    Files.move(vp, root.resolve("levels/leadership/vp-of-engineering.yaml"));

    FindingChanges changes = compare(RULES.resolve("expectation-containment/fail"), root);

    assertThat(changes.added()).isEmpty();
    assertThat(changes.fixed()).isEmpty();
    assertThat(changes.unchanged())
        .anyMatch(d -> d.file().equals("levels/leadership/vp-of-engineering.yaml"));
  }

  @Test
  void
      a_containment_finding_is_keyed_by_both_levels_the_dimension_and_the_expectation_and_relates_the_lower_levels_file() {
    Diagnostic vp =
        VALIDATOR.validate(RULES.resolve("expectation-containment/fail")).diagnostics().stream()
            .filter(d -> d.file().endsWith("levels/executive/vp.yaml"))
            .findFirst()
            .orElseThrow();

    assertThat(vp.key().file()).isEqualTo("level:vp-engineering");
    assertThat(vp.key().ids())
        .containsExactly(
            "vp-engineering",
            "director-engineering",
            "scope-of-knowledge",
            "cross-functional-communication");
    assertThat(vp.related())
        .extracting(r -> r.file())
        .containsExactly("fail/levels/executive/director.yaml");
  }

  @Test
  void an_edit_sorts_findings_into_new_fixed_and_unchanged() throws IOException {
    Path base = copy(RULES.resolve("placeholder-text/fail"), "base");
    Path head = copy(base, "head");
    List<String> before =
        VALIDATOR.validate(head, head).diagnostics().stream().map(Diagnostic::message).toList();
    assertThat(before).hasSizeGreaterThan(1);
    // Fix the title, add a placeholder expectation: one fixed, one new, the rest kept.
    Path file = head.resolve("levels/engineer.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replace("title: WIP", "title: Engineer")
            .replace("    - Writes tested code\n", "    - Writes tested code\n    - WIP\n"));

    FindingChanges changes = compare(base, head);

    assertThat(changes.fixed())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("placeholder title");
    assertThat(changes.added())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("placeholder expectation \"WIP\"");
    assertThat(changes.unchanged()).hasSize(before.size() - 1);
    assertThat(changes.added()).allMatch(d -> d.baseline().orElseThrow() == BaselineState.NEW);
    assertThat(changes.fixed()).allMatch(d -> d.baseline().orElseThrow() == BaselineState.ABSENT);
    assertThat(changes.unchanged()).allMatch(Diagnostic::unchanged);
  }

  @Test
  void the_same_identity_twice_pairs_as_many_as_both_sides_have() {
    Diagnostic once = hand("placeholder-text", "a.yaml", 3, "TBD");
    Diagnostic twice = hand("placeholder-text", "a.yaml", 9, "TBD");

    FindingChanges changes = FindingChanges.between(List.of(once), List.of(once, twice));

    assertThat(changes.unchanged()).hasSize(1);
    assertThat(changes.added()).hasSize(1);
    assertThat(changes.fixed()).isEmpty();
  }

  @Test
  void a_rule_of_a_teams_own_that_reports_a_node_is_known_by_the_nodes_pointer() {
    Rule own =
        new Rule() {
          public String id() {
            return "own-rule";
          }

          public Severity defaultSeverity() {
            return Severity.WARNING;
          }

          public String summary() {
            return "a test rule";
          }

          public void check(Ladder ladder, RuleContext context) {
            ladder
                .levels()
                .forEach(l -> context.report(l.source().at("title"), l.title() + " is here"));
          }
        };
    Path root = RULES.resolve("expectation-containment/fail");

    List<Diagnostic> found =
        Validator.builder().rule(own).build().validate(root).diagnostics().stream()
            .filter(d -> d.rule().equals("own-rule"))
            .toList();

    assertThat(found).isNotEmpty().allMatch(d -> d.key().ids().equals(List.of("/title")));
    assertThat(found).allMatch(d -> d.key().file().startsWith(FindingKey.LEVEL));
  }

  @Test
  void a_context_of_its_own_still_receives_a_finding_without_its_key() {
    List<String> seen = new ArrayList<>();
    RuleContext context =
        new RuleContext() {
          public void report(SourceRef node, String message) {
            seen.add(node + " " + message);
          }

          public void report(SourceRef node, String message, String hint) {
            seen.add(node + " " + message + " / " + hint);
          }

          public void reportAtKey(SourceRef member, String message, String hint) {
            seen.add("key " + member + " " + message + " / " + hint);
          }
        };

    context.report(Finding.at(SourceRef.root("a.yaml").at("id"), "m").hint("h").key("x"));
    context.report(Finding.atKey(SourceRef.root("a.yaml").at("ratings"), "k"));

    assertThat(seen).containsExactly("a.yaml#/id m / h", "key a.yaml#/ratings k / null");
  }

  private static Diagnostic hand(String rule, String file, int line, String message) {
    return new Diagnostic(
        rule,
        Severity.WARNING,
        message,
        new dev.ladder.model.Location(file, line, 1),
        Optional.empty());
  }

  private static boolean hasPlaceholderTitle(Path root) {
    return VALIDATOR.validate(root, root).diagnostics().stream()
        .anyMatch(d -> d.rule().equals("placeholder-text") && d.key().ids().contains("title"));
  }

  private void assertSameFindings(Path before, Path after) {
    FindingChanges changes = compare(before, after);
    assertThat(changes.added()).as("new").isEmpty();
    assertThat(changes.fixed()).as("fixed").isEmpty();
  }

  private static FindingChanges compare(Path base, Path head) {
    // Both shown with the same (empty) prefix, as the run layer shows a base with the head's.
    return FindingChanges.between(
        VALIDATOR.validate(base, base).diagnostics(), VALIDATOR.validate(head, head).diagnostics());
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = Files.createTempDirectory(temp, name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private interface Edit {
    String apply(String text, boolean json);
  }

  private static void forEachLadderFile(Path root, Edit edit) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
          continue; // a fixture of bytes that are not UTF-8: left as it is
        }
        Files.writeString(p, edit.apply(text, name.endsWith(".json")), StandardCharsets.UTF_8);
      }
    }
  }

  /** Three lines more above everything: comments in YAML, blank lines in JSON. */
  private static String pushDown(String text, boolean json) {
    if (text.startsWith("\uFEFF")) {
      return text; // the BOM must stay first
    }
    return (json ? "\n\n\n" : "# moved\n# down\n# by three lines\n") + text;
  }

  /** Every level title gets a word more. */
  private static String retitle(String text, boolean json) {
    return json
        ? text.replaceAll("(\"title\"\\s*:\\s*\"[^\"]*)\"", "$1 Renamed\"")
        : text.replaceAll("(?m)^title: (.+)$", "title: $1 Renamed");
  }
}
