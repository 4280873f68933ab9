package dev.ladder.examples.customrule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderSource;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The example rule, loaded the way a front end loads it: through ServiceLoader. */
class RequiredDimensionsTest {
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
        - id: delivery
          name: Delivery
        - id: people
          name: People leadership
      """;
  private static final String JUNIOR =
      """
      id: junior
      title: Junior Engineer
      track: ic
      rank: 1
      expectations:
        craft:
          - Writes tested code
      """;
  private static final String SENIOR =
      """
      id: senior
      title: Senior Engineer
      track: ic
      rank: 2
      extends: junior
      expectations:
        delivery:
          - Ships a feature from design to production
      """;

  @Test
  void a_level_without_an_expectation_in_a_required_dimension_is_reported_at_its_expectations() {
    ValidationResult result = validate(HEADER + rules("[delivery]"), Map.of());

    assertThat(findings(result))
        .containsExactly(
            "warning ladder/levels/junior.yaml:5:1 Junior Engineer (rank 1) has no expectation"
                + " in Delivery, which every level must have");
    assertThat(result.diagnostics().get(0).hint())
        .contains("add one under `expectations: delivery:`, or inherit one with extends");
  }

  @Test
  void an_inherited_expectation_covers_the_dimension() {
    ValidationResult result = validate(HEADER + rules("[craft]"), Map.of());

    assertThat(findings(result)).isEmpty();
  }

  @Test
  void every_named_dimension_is_required_of_every_level_and_the_severity_is_the_entrys() {
    ValidationResult result =
        validate(
            HEADER
                + "rules:\n  required-dimensions:\n    severity: error\n"
                + "    dimensions: [people, craft]\n",
            Map.of());

    assertThat(findings(result))
        .containsExactly(
            "error ladder/levels/junior.yaml:5:1 Junior Engineer (rank 1) has no expectation in"
                + " People leadership, which every level must have",
            "error ladder/levels/senior.yaml:6:1 Senior Engineer (rank 2) has no expectation in"
                + " People leadership, which every level must have");
  }

  @Test
  void the_front_end_option_wins_over_ladder_yaml() {
    ValidationResult result =
        validate(HEADER + rules("[delivery]"), Map.of("required-dimensions.dimensions", "people"));

    assertThat(findings(result))
        .hasSize(2)
        .allMatch(f -> f.contains("has no expectation in People leadership"));
  }

  @Test
  void a_level_with_an_empty_entry_for_the_dimension_is_reported_at_that_entry() {
    String junior = JUNIOR + "  delivery: []\n";

    ValidationResult result = validate(HEADER + rules("[delivery]"), Map.of(), junior);

    assertThat(findings(result))
        .containsExactly(
            "warning ladder/levels/junior.yaml:8:3 Junior Engineer (rank 1) has no expectation"
                + " in Delivery, which every level must have");
  }

  @Test
  void without_the_option_there_is_nothing_to_check() {
    ValidationResult result = validate(HEADER, Map.of());

    assertThat(findings(result)).isEmpty();
    assertThat(result.rule("required-dimensions")).isPresent();
  }

  @Test
  void a_dimension_the_ladder_does_not_declare_is_reported_once_at_the_option() {
    ValidationResult result = validate(HEADER + rules("[delivery, devops]"), Map.of());

    assertThat(findings(result))
        .containsExactly(
            "warning ladder/ladder.yaml:16:5 required-dimensions names 'devops', which"
                + " ladder.yaml does not declare",
            "warning ladder/levels/junior.yaml:5:1 Junior Engineer (rank 1) has no expectation"
                + " in Delivery, which every level must have");
  }

  @Test
  void a_dimension_the_ladder_does_not_declare_from_the_front_end_is_reported_at_its_dimensions() {
    ValidationResult result = validate(HEADER, Map.of("required-dimensions.dimensions", "devops"));

    assertThat(findings(result))
        .containsExactly(
            "warning ladder/ladder.yaml:7:1 required-dimensions names 'devops', which"
                + " ladder.yaml does not declare");
  }

  @Test
  void service_loader_finds_the_rule_with_its_option_and_its_docs_page() {
    RuleInfo rule =
        Validator.rules().stream()
            .filter(r -> r.id().equals("required-dimensions"))
            .findFirst()
            .orElseThrow();

    assertThat(rule.docs())
        .contains("https://github.com/ladder-dev/ladder/blob/main/examples/custom-rule/README.md");
    assertThat(rule.docsAbsolute()).isTrue();
    assertThat(rule.summary()).startsWith("every level has at least one effective expectation");
    assertThat(new RequiredDimensions().options()).containsExactly("dimensions");
  }

  private static String rules(String dimensions) {
    return "rules:\n  required-dimensions:\n    dimensions: " + dimensions + "\n";
  }

  private static ValidationResult validate(String header, Map<String, String> frontEnd) {
    return validate(header, frontEnd, JUNIOR);
  }

  private static ValidationResult validate(
      String header, Map<String, String> frontEnd, String junior) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("ladder.yaml", header.getBytes(StandardCharsets.UTF_8));
    files.put("levels/junior.yaml", junior.getBytes(StandardCharsets.UTF_8));
    files.put("levels/senior.yaml", SENIOR.getBytes(StandardCharsets.UTF_8));
    return Validator.builder()
        .severities(frontEnd)
        .severity("dimension-coverage", "off")
        .build()
        .validate(LadderSource.of(files), "ladder/");
  }

  /** Every finding but the other rules', as "severity file:line:col message". */
  private static List<String> findings(ValidationResult result) {
    return result.diagnostics().stream()
        .map(
            d ->
                d.severity().label()
                    + " "
                    + d.file()
                    + ":"
                    + d.line()
                    + ":"
                    + d.column()
                    + " "
                    + d.message())
        .toList();
  }
}
