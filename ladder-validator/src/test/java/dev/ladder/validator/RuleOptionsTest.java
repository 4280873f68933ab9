package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.read.LadderSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Options of a rule, from ladder.yaml and from the front end. */
class RuleOptionsTest {
  private static final String HEADER =
      """
      ladderFormat: 1
      id: fixture
      name: Fixture ladder
      tracks:
        - id: ic
          name: Individual contributor
      dimensions:
        - id: craft
          name: Craft
      """;
  private static final String LEVEL =
      """
      id: engineer
      title: Junior Engineer
      track: ic
      rank: 1
      expectations:
        craft:
          - Writes tested code
      """;

  @Test
  void a_rule_reads_its_options_from_ladder_yaml() {
    ValidationResult result =
        validate(
            HEADER + "rules:\n  forbidden-words:\n    severity: error\n    words: [junior, TBD]\n");

    assertThat(result.diagnostics())
        .extracting(d -> d.rule() + " " + d.severity().label() + " " + d.message())
        .containsExactly("forbidden-words error Junior Engineer (rank 1) uses 'junior'");
  }

  @Test
  void the_front_end_sets_options_as_rule_dot_option_and_wins_option_by_option() {
    ValidationResult result =
        validate(
            HEADER + "rules:\n  forbidden-words:\n    words: [junior]\n",
            Map.of("forbidden-words.words", " engineer , ,x"));

    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .containsExactly("Junior Engineer (rank 1) uses 'engineer'");
    assertThat(result.rule("forbidden-words").orElseThrow().setting())
        .isEqualTo(Setting.of(Severity.WARNING));
  }

  @Test
  void an_option_the_rule_does_not_take_in_ladder_yaml_is_a_schema_error_at_its_key() {
    ValidationResult result =
        validate(
            HEADER
                + "rules:\n  forbidden-words:\n    wrods: [junior]\n  near-duplicate: {max: 2}\n");

    assertThat(result.diagnostics())
        .extracting(
            d -> d.rule() + " " + d.file() + ":" + d.line() + ":" + d.column() + " " + d.message())
        .containsExactly(
            "schema ladder/ladder.yaml:12:5 rules: rule 'forbidden-words' has no option 'wrods';"
                + " it takes: words",
            "schema ladder/ladder.yaml:13:20 rules: rule 'near-duplicate' has no option 'max'; it"
                + " takes none");
  }

  @Test
  void a_bad_severity_in_an_object_entry_is_a_schema_error_at_the_severity() {
    ValidationResult result = validate(HEADER + "rules:\n  forbidden-words:\n    severity: loud\n");

    assertThat(result.diagnostics())
        .extracting(d -> d.rule() + " " + d.line() + ":" + d.column())
        .containsExactly("schema 12:15");
  }

  @Test
  void an_option_the_rule_does_not_take_from_the_front_end_is_a_configuration_error() {
    assertThatThrownBy(() -> validator(Map.of("forbidden-words.wrods", "x")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("rule 'forbidden-words' has no option 'wrods'; it takes: words");
    assertThatThrownBy(() -> validator(Map.of("forbiden-words.words", "x")))
        .hasMessage(
            "unknown rule id 'forbiden-words' in the rule option 'forbiden-words.words'; the"
                + " closest rule id is 'forbidden-words'");
  }

  private static ValidationResult validate(String header) {
    return validate(header, Map.of());
  }

  private static ValidationResult validate(String header, Map<String, String> settings) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("ladder.yaml", header.getBytes(StandardCharsets.UTF_8));
    files.put("levels/engineer.yaml", LEVEL.getBytes(StandardCharsets.UTF_8));
    return validator(settings).validate(LadderSource.of(files), "ladder/");
  }

  private static Validator validator(Map<String, String> settings) {
    return Validator.builder()
        .ruleLoader(ClassLoader.getPlatformClassLoader())
        .rule(new ForbiddenWords())
        .severities(settings)
        .build();
  }

  /** A rule of a team's own with one option: words no level title may use. */
  private static final class ForbiddenWords implements Rule {
    @Override
    public String id() {
      return "forbidden-words";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "level titles use none of the words listed in its option words";
    }

    @Override
    public Set<String> options() {
      return Set.of("words");
    }

    @Override
    public void check(Ladder ladder, RuleContext context) {
      List<String> words = context.options().values("words");
      for (Level level : ladder.levels()) {
        for (String word : words) {
          if (level.title().toLowerCase().contains(word.toLowerCase())) {
            context.report(level.source().at("title"), level.label() + " uses '" + word + "'");
          }
        }
      }
    }
  }
}
