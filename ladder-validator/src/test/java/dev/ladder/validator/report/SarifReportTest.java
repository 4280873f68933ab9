package dev.ladder.validator.report;

import static dev.ladder.validator.report.ReportFixtures.diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.model.Severity;
import dev.ladder.validator.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  // The OASIS SARIF 2.1.0 schema (draft-07). Remote loads are refused so that the test checks the
  // committed schema and never depends on the network.
  private static final SchemaClient NO_REMOTE =
      url -> {
        throw new IllegalStateException("remote schema load refused: " + url);
      };
  private static final Schema SARIF_SCHEMA =
      SchemaLoader.builder()
          .schemaClient(NO_REMOTE)
          .draftV7Support()
          .schemaJson(
              new JSONObject(new JSONTokener(ReportFixtures.resource("sarif-schema-2.1.0.json"))))
          .build()
          .load()
          .build();

  private static String sarif(ValidationResult result) {
    return sarif(result, ReportFixtures.context());
  }

  private static String sarif(ValidationResult result, ReportContext context) {
    return ReportFixtures.render(ReportFormat.SARIF, result, context);
  }

  private static void assertValid(String sarif) {
    assertThatCode(
            () -> {
              try {
                SARIF_SCHEMA.validate(new JSONObject(new JSONTokener(sarif)));
              } catch (ValidationException e) {
                throw new AssertionError(String.join("\n", e.getAllMessages()), e);
              }
            })
        .doesNotThrowAnyException();
  }

  private static JsonNode parse(String sarif) throws Exception {
    return new ObjectMapper().readTree(sarif);
  }

  @Test
  void mixed_findings_validate_against_the_sarif_2_1_0_schema() {
    assertValid(sarif(ReportFixtures.mixed()));
  }

  @Test
  void the_pinned_report_with_every_option_set_validates() {
    assertValid(ReportFixtures.resource("mixed.sarif"));
  }

  @Test
  void a_level_outside_sarif_s_vocabulary_would_be_caught() {
    String wrong =
        sarif(ReportFixtures.mixed()).replace("\"level\": \"note\"", "\"level\": \"info\"");

    assertThatCode(() -> SARIF_SCHEMA.validate(new JSONObject(new JSONTokener(wrong))))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void a_clean_ladder_validates_and_still_lists_every_rule() throws Exception {
    String sarif = sarif(ReportFixtures.clean());
    assertValid(sarif);

    JsonNode run = parse(sarif).get("runs").get(0);
    assertThat(run.get("results")).isEmpty();
    assertThat(run.at("/tool/driver/rules")).hasSize(ReportFixtures.RULES.size());
  }

  @Test
  void the_schema_check_rejects_a_log_without_runs() {
    assertThatCode(() -> SARIF_SCHEMA.validate(new JSONObject("{\"version\": \"2.1.0\"}")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void header_and_driver_name_the_tool() throws Exception {
    JsonNode log = parse(sarif(ReportFixtures.formatExample()));

    assertThat(log.get("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode driver = log.at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("ladder");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asText())
        .isEqualTo("https://github.com/ladder-dev/ladder");
  }

  @Test
  void rules_are_sorted_by_id_with_descriptions_help_and_default_level() throws Exception {
    JsonNode rules = parse(sarif(ReportFixtures.formatExample())).at("/runs/0/tool/driver/rules");

    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids)
        .containsExactly(
            "dangling-reference",
            "expectation-containment",
            "near-duplicate",
            "no-progression",
            "placeholder-text",
            "rating-monotonic",
            "schema");
    JsonNode containment = rules.get(1);
    assertThat(containment.get("name").asText()).isEqualTo("ExpectationContainment");
    assertThat(containment.at("/shortDescription/text").asText())
        .isEqualTo(
            "On every step up, the higher level contains every expectation of the lower one");
    assertThat(containment.at("/fullDescription/text").asText())
        .startsWith("On every step up")
        .contains("default severity: error");
    String docs =
        "https://github.com/ladder-dev/ladder/blob/main/docs/rules/expectation-containment.md";
    assertThat(containment.get("helpUri").asText()).isEqualTo(docs);
    assertThat(containment.at("/help/text").asText()).contains(docs);
    assertThat(containment.at("/help/markdown").asText())
        .contains("[docs/rules/expectation-containment.md](" + docs + ")");
    assertThat(containment.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("note");
    assertThat(rules.get(4).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rules.get(6).at("/fullDescription/text").asText()).contains("cannot be changed");
  }

  @Test
  void a_result_points_at_its_rule_with_level_message_and_location() throws Exception {
    JsonNode result = parse(sarif(ReportFixtures.formatExample())).at("/runs/0/results/0");

    assertThat(result.get("ruleId").asText()).isEqualTo("expectation-containment");
    assertThat(result.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText())
        .isEqualTo(
            ReportFixtures.CONTAINMENT_MESSAGE + "\nhint: " + ReportFixtures.CONTAINMENT_HINT);
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("ladder/levels/vp.yaml");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(14);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(7);
    assertThat(result.at("/partialFingerprints/ladder~1v1").asText()).matches("[0-9a-f]{64}:1");
  }

  @Test
  void severities_map_to_sarif_levels() throws Exception {
    JsonNode results = parse(sarif(ReportFixtures.mixed())).at("/runs/0/results");

    List<String> levels = new ArrayList<>();
    results.forEach(r -> levels.add(r.get("ruleId").asText() + "=" + r.get("level").asText()));
    assertThat(levels)
        .containsExactly(
            "dangling-reference=error",
            "placeholder-text=warning",
            "near-duplicate=note",
            "rating-monotonic=error");
  }

  @Test
  void fingerprints_survive_a_moved_line_and_tell_identical_findings_apart() throws Exception {
    ValidationResult before =
        ReportFixtures.result(
            "x",
            1,
            List.of(
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 5, 3, "TBD"),
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 9, 3, "TBD")));
    ValidationResult after =
        ReportFixtures.result(
            "x",
            1,
            List.of(
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 7, 3, "TBD"),
                diagnostic(
                    "placeholder-text", Severity.WARNING, "ladder/levels/a.yaml", 12, 3, "TBD")));

    List<String> fingerprintsBefore = fingerprints(before);
    assertThat(fingerprints(after)).isEqualTo(fingerprintsBefore);
    assertThat(fingerprintsBefore.get(0)).endsWith(":1");
    assertThat(fingerprintsBefore.get(1)).endsWith(":2");
    assertThat(fingerprintsBefore.get(0).split(":")[0])
        .isEqualTo(fingerprintsBefore.get(1).split(":")[0]);
  }

  private static List<String> fingerprints(ValidationResult result) throws Exception {
    List<String> out = new ArrayList<>();
    parse(sarif(result))
        .at("/runs/0/results")
        .forEach(r -> out.add(r.at("/partialFingerprints/ladder~1v1").asText()));
    return out;
  }

  @Test
  void a_rule_missing_from_the_catalogue_is_added_so_its_result_has_a_rule() throws Exception {
    ValidationResult result =
        ReportFixtures.result(
            "x",
            1,
            List.of(
                diagnostic(
                    "acme-house-style", Severity.WARNING, "ladder/levels/a.yaml", 2, 1, "no")));

    String sarif = sarif(result);
    assertValid(sarif);
    JsonNode run = parse(sarif).get("runs").get(0);
    JsonNode rule = run.at("/tool/driver/rules/0");
    assertThat(rule.get("id").asText()).isEqualTo("acme-house-style");
    assertThat(rule.get("name").asText()).isEqualTo("AcmeHouseStyle");
    assertThat(rule.has("helpUri")).isFalse();
    assertThat(run.at("/results/0/ruleIndex").asInt()).isZero();
  }

  @Test
  void paths_get_the_repository_prefix_and_are_percent_encoded() throws Exception {
    ValidationResult result =
        ReportFixtures.result(
            "x",
            1,
            List.of(
                diagnostic(
                    "placeholder-text",
                    Severity.WARNING,
                    "ladder/levels/senior engineer #1.yaml",
                    2,
                    1,
                    "TBD")));
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("1.2.3")).pathPrefix("teams\\careers").build();

    String sarif = sarif(result, context);
    assertValid(sarif);
    assertThat(
            parse(sarif)
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText())
        .isEqualTo("teams/careers/ladder/levels/senior%20engineer%20%231.yaml");
  }

  @Test
  void rule_names_are_pascal_case_of_their_ids() {
    assertThat(SarifReport.pascalCase("parse")).isEqualTo("Parse");
    assertThat(SarifReport.pascalCase("expectation-containment"))
        .isEqualTo("ExpectationContainment");
    assertThat(SarifReport.pascalCase("extends-cycle")).isEqualTo("ExtendsCycle");
  }
}
