package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.model.read.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
  private static final Path RULES = RuleFixturesTest.FIXTURES;
  private static final Path OVERRIDES = RULES.resolve("placeholder-text/overrides");

  @Test
  void the_format_example_gives_exactly_the_documented_message_and_hint() {
    Path root = RULES.resolve("expectation-containment/fail");
    Diagnostic vp =
        Validator.builder().build().validate(root).diagnostics().stream()
            .filter(d -> d.file().equals("fail/levels/executive/vp.yaml"))
            .findFirst()
            .orElseThrow();

    assertThat(vp.rule()).isEqualTo("expectation-containment");
    assertThat(vp.severity()).isEqualTo(Severity.ERROR);
    // At the reworded expectation that lacks `refines`, as the column of the FORMAT.md example.
    assertThat(vp.line() + ":" + vp.column()).isEqualTo("11:7");
    assertThat(vp.message())
        .isEqualTo(
            "VP of Engineering (rank 5) drops 'cross-functional-communication' that Director of"
                + " Engineering (rank 4) expects in Scope of knowledge");
    assertThat(vp.hint())
        .contains(
            "did you mean 'external-communication' (\"Cross-functional and external"
                + " communication\")? mark it `refines: cross-functional-communication`");
  }

  @Test
  void reference_typos_get_a_hint_even_when_no_level_is_below_but_never_a_self_reference() {
    Path root = RULES.resolve("dangling-reference/hints-without-levels-below");

    assertThat(Validator.builder().build().validate(root).diagnostics())
        .extracting(d -> d.line() + " " + d.hint().orElse(""))
        .containsExactly(
            "7 did you mean 'ic'?",
            "10 did you mean 'staff-engineer'?",
            "16 did you mean 'sets-technical-direction-across-teams'?",
            "21 ",
            "24 did you mean 'leads-multi-team-initiatives'?",
            "27 did you mean 'staff-engineer'?");
  }

  @Test
  void paths_are_relative_to_the_parent_of_the_root_unless_a_base_is_given() {
    Path root = RULES.resolve("rank-order/fail");

    assertThat(Validator.builder().build().validate(root).diagnostics())
        .extracting(Diagnostic::file)
        .containsExactly("fail/levels/tech-lead.yaml");
    assertThat(Validator.builder().build().validate(root, RULES).diagnostics())
        .extracting(Diagnostic::file)
        .containsExactly("rank-order/fail/levels/tech-lead.yaml");
  }

  @Test
  void the_result_names_the_ladder_and_counts_every_file_found() {
    ValidationResult result = Validator.builder().build().validate(RULES.resolve("parse/fail"));

    assertThat(result.ladderId()).isEqualTo("fixture");
    assertThat(result.files()).isEqualTo(6);
    assertThat(result.diagnostics())
        .filteredOn(d -> d.rule().equals("parse"))
        .extracting(Diagnostic::severity, Diagnostic::file)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "fail/levels/senior-engineer.yaml"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "fail/levels/staff-engineer.yaml"));
  }

  @Test
  void ladder_yaml_sets_severities_and_turns_rules_off() {
    ValidationResult result = Validator.builder().build().validate(OVERRIDES);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("placeholder-text", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("no-progression", Severity.INFO));
  }

  @Test
  void the_callers_severities_win_over_ladder_yaml() {
    ValidationResult result =
        Validator.builder()
            .severities(
                Map.of(
                    "placeholder-text", "info",
                    "no-progression", "off",
                    "near-duplicate", "warning"))
            .build()
            .validate(OVERRIDES);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("near-duplicate", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("placeholder-text", Severity.INFO));
  }

  @Test
  void an_unknown_rule_id_from_the_caller_names_the_closest_rule() {
    assertThatThrownBy(() -> Validator.builder().severity("placeholder-txt", "off").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "unknown rule id 'placeholder-txt' in the rule severities; the closest rule id is"
                + " 'placeholder-text'");
  }

  @Test
  void an_unknown_severity_from_the_caller_is_a_configuration_error() {
    assertThatThrownBy(() -> Validator.builder().severity("near-duplicate", "fatal").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "unknown severity 'fatal' for rule 'near-duplicate'; use error, warning, info or off");
  }

  @Test
  void severities_from_the_caller_ignore_case() {
    ValidationResult result =
        Validator.builder().severity("no-progression", "OFF").build().validate(OVERRIDES);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule)
        .containsExactly("placeholder-text");
  }

  @Test
  void parse_and_schema_cannot_be_changed_by_the_caller() {
    assertThatThrownBy(() -> Validator.builder().severity("parse", "warning").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("rule 'parse' always reports errors; its severity cannot be changed");
    assertThatThrownBy(() -> Validator.builder().severity("schema", "off").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'schema'");
  }

  @Test
  void a_missing_root_or_a_file_as_root_is_a_configuration_error(@TempDir Path dir)
      throws Exception {
    Validator validator = Validator.builder().build();
    Path missing = dir.resolve("ladder");
    Path file = Files.writeString(dir.resolve("ladder.yaml"), "id: x\n");

    assertThatThrownBy(() -> validator.validate(missing))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ladder root " + missing + " does not exist");
    assertThatThrownBy(() -> validator.validate(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ladder root " + file + " is not a folder");
  }

  @Test
  void an_empty_root_is_reported_not_thrown(@TempDir Path dir) {
    ValidationResult result = Validator.builder().build().validate(dir);

    assertThat(result.errors()).isPositive();
    assertThat(result.diagnostics())
        .allMatch(d -> d.rule().equals("parse") || d.rule().equals("schema"));
  }

  @Test
  void a_rule_that_throws_becomes_an_internal_error_and_the_others_still_run() {
    Rule broken =
        new Rule() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.INFO;
          }

          @Override
          public String summary() {
            return "always fails";
          }

          @Override
          public void check(Ladder ladder, RuleContext context) {
            throw new IllegalStateException("boom");
          }
        };
    ValidationResult result =
        Validator.builder().rule(broken).build().validate(RULES.resolve("rank-order/fail"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule, d -> d.location().toString(), Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "internal",
                "fail/ladder.yaml:1:1",
                "rule broken failed with java.lang.IllegalStateException: boom; its findings are"
                    + " missing"),
            org.assertj.core.groups.Tuple.tuple(
                "rank-order",
                "fail/levels/tech-lead.yaml:5:7",
                "Tech Lead (rank 2) has the same rank as Senior Engineer in track Individual"
                    + " contributor"));
  }

  @Test
  void rules_from_service_loader_are_listed_and_run() {
    assertThat(Validator.rules())
        .contains(
            new RuleInfo(
                "title-case",
                Severity.WARNING,
                false,
                "level titles start with a capital letter",
                Optional.empty()));
    ValidationResult result =
        Validator.builder()
            .severity("title-case", "error")
            .build()
            .validate(RULES.resolve("title-case/fail"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("title-case", Severity.ERROR));
  }

  @Test
  void rules_are_sorted_by_id_and_only_parse_and_schema_are_fixed() {
    List<RuleInfo> rules = Validator.rules();

    assertThat(rules).extracting(RuleInfo::id).isSorted().doesNotHaveDuplicates();
    assertThat(rules)
        .filteredOn(RuleInfo::fixed)
        .extracting(RuleInfo::id)
        .containsExactly("parse", "schema");
  }

  @Test
  void validating_in_parallel_gives_the_same_results_as_one_after_the_other() throws Exception {
    Validator validator = Validator.builder().build();
    List<Path> roots = RuleFixturesTest.fixtures();
    List<ValidationResult> sequential = roots.stream().map(validator::validate).toList();

    for (int round = 0; round < 3; round++) {
      List<ValidationResult> parallel =
          IntStream.range(0, roots.size())
              .parallel()
              .mapToObj(i -> validator.validate(roots.get(i)))
              .toList();
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void a_ladder_built_in_java_is_checked_without_files() {
    Ladder ladder = Ladder.builder().id("empty").name("Empty").build();

    ValidationResult result =
        Validator.builder().build().check(new ReadResult(ladder, List.of(), List.of()), "");

    assertThat(result.ladderId()).isEqualTo("empty");
    assertThat(result.diagnostics()).isEmpty();
  }
}
