package dev.ladder.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.model.read.LadderSource;
import dev.ladder.validator.Rule;
import dev.ladder.validator.RuleContext;
import dev.ladder.validator.Setting;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The setting each rule ran at reaches every report that lists rules, wherever it was set. */
class RuleSettingsInReportsTest {
  private static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");
  private static final ReportContext CONTEXT = ReportContext.builder(ToolInfo.ladder("1")).build();

  @Test
  void a_rule_turned_off_in_ladder_yaml_is_skipped_in_junit_and_disabled_in_sarif() {
    Map<String, byte[]> files = example();
    String header = new String(files.get("ladder.yaml"), StandardCharsets.UTF_8);
    files.put(
        "ladder.yaml",
        header
            .replace("near-duplicate: warning", "near-duplicate: off")
            .getBytes(StandardCharsets.UTF_8));

    ValidationResult result = validator().validate(LadderSource.of(files), "ladder/");

    assertThat(result.rule("near-duplicate").orElseThrow().setting()).isEqualTo(Setting.OFF);
    assertThat(junitTestcase(result, "near-duplicate"))
        .contains("<skipped message=\"rule near-duplicate is turned off\"/>");
    assertThat(disabledInSarif(result)).containsExactly("near-duplicate");
  }

  @Test
  void a_rule_turned_off_in_upper_case_by_the_front_end_is_off_in_every_report() {
    ValidationResult result =
        Validator.builder()
            .ruleLoader(ClassLoader.getPlatformClassLoader())
            .severity("dimension-coverage", " OFF ")
            .build()
            .validate(EXAMPLE);

    assertThat(result.rule("dimension-coverage").orElseThrow().off()).isTrue();
    assertThat(junitTestcase(result, "dimension-coverage"))
        .contains("<skipped message=\"rule dimension-coverage is turned off\"/>");
    assertThat(disabledInSarif(result)).containsExactly("dimension-coverage");
  }

  @Test
  void a_rule_set_to_another_severity_runs_at_it_and_is_not_listed_as_off() {
    ValidationResult result = validator().validate(EXAMPLE);

    assertThat(result.rule("placeholder-text").orElseThrow().setting())
        .isEqualTo(Setting.of(Severity.ERROR));
    assertThat(disabledInSarif(result)).isEmpty();
  }

  @Test
  void a_rule_added_through_the_builder_is_listed_with_its_own_summary_and_docs() {
    Rule documented = new Quiet("quiet-documented", Optional.of(URI.create("https://x.test/r")));
    Rule undocumented = new Quiet("quiet-undocumented", Optional.empty());
    ValidationResult result =
        Validator.builder()
            .ruleLoader(ClassLoader.getPlatformClassLoader())
            .rule(documented)
            .rule(undocumented)
            .build()
            .validate(EXAMPLE);

    JsonNode rules = sarif(result).at("/runs/0/tool/driver/rules");
    JsonNode withDocs = find(rules, "quiet-documented");
    JsonNode withoutDocs = find(rules, "quiet-undocumented");
    assertThat(withDocs.at("/shortDescription/text").asText()).isEqualTo("says nothing");
    assertThat(withDocs.at("/helpUri").asText()).isEqualTo("https://x.test/r");
    assertThat(withoutDocs.has("helpUri")).isFalse();
    assertThat(withoutDocs.has("help")).isFalse();
    assertThat(Reports.toString(ReportFormat.JUNIT, result, CONTEXT))
        .contains("name=\"quiet-documented\"/>")
        .contains("name=\"quiet-undocumented\"/>");
  }

  private static Validator validator() {
    return Validator.builder().ruleLoader(ClassLoader.getPlatformClassLoader()).build();
  }

  private static String junitTestcase(ValidationResult result, String rule) {
    String junit = Reports.toString(ReportFormat.JUNIT, result, CONTEXT);
    int start = junit.indexOf("name=\"" + rule + "\"");
    return junit.substring(start, junit.indexOf("</testcase>", start));
  }

  private static List<String> disabledInSarif(ValidationResult result) {
    List<String> off = new ArrayList<>();
    for (JsonNode o : sarif(result).at("/runs/0/invocations/0/ruleConfigurationOverrides")) {
      if (!o.at("/configuration/enabled").asBoolean(true)) {
        off.add(o.at("/descriptor/id").asText());
      }
    }
    return off;
  }

  private static JsonNode sarif(ValidationResult result) {
    try {
      return new ObjectMapper().readTree(Reports.toString(ReportFormat.SARIF, result, CONTEXT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode find(JsonNode rules, String id) {
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id + " in " + rules);
  }

  private static Map<String, byte[]> example() {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(EXAMPLE.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A rule of a team's own that finds nothing. */
  private record Quiet(String id, Optional<URI> docsUri) implements Rule {
    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "says nothing";
    }

    @Override
    public void check(Ladder ladder, RuleContext context) {}
  }
}
