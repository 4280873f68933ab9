package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.validator.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule table of the README and the docs pages say what the code does. */
class RuleCatalogueDocsTest {
  private static final Path REPOSITORY = Path.of("..");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| \\[`([a-z0-9-]+)`\\]\\(docs/rules/([a-z0-9-]+)\\.md\\) \\| ([a-z() ]+) \\| (.+) \\|$");

  /** One row of the README table, as the code would write it. */
  record Row(String id, String link, String severity, String summary) {
    static Row of(RuleInfo rule) {
      return new Row(
          rule.id(),
          rule.id(),
          rule.defaultSeverity().label() + (rule.fixed() ? " (fixed)" : ""),
          rule.summary());
    }
  }

  @Test
  void the_readme_rule_table_lists_every_rule_with_its_default_and_summary() throws IOException {
    List<Row> expected =
        Validator.rules().stream()
            .filter(r -> BuiltinRules.all().stream().anyMatch(b -> b.id().equals(r.id())))
            .map(Row::of)
            .toList();

    assertThat(readmeRows()).containsExactlyElementsOf(expected);
  }

  @Test
  void the_validator_runs_the_builtin_rules_and_those_from_service_loader() {
    assertThat(Validator.rules())
        .extracting(RuleInfo::id)
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    BuiltinRules.all().stream().map(Rule::id),
                    java.util.stream.Stream.of("title-case"))
                .sorted()
                .toList());
  }

  @Test
  void every_rule_has_a_docs_page_and_a_place_in_the_catalogue() throws IOException {
    String catalogue =
        Files.readString(REPOSITORY.resolve("docs/rules.md"), StandardCharsets.UTF_8);
    for (Rule rule : BuiltinRules.all()) {
      Path page = REPOSITORY.resolve("docs/rules/" + rule.id() + ".md");
      assertThat(page).as(rule.id()).exists();
      String text = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(text)
          .as(rule.id())
          .startsWith("# `" + rule.id() + "`")
          .contains("## Example that fails", "## How to fix it", "## Severity");
      assertThat(catalogue).contains("(rules/" + rule.id() + ".md)");
    }
  }

  private static List<Row> readmeRows() throws IOException {
    String readme = Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- rules:start -->");
    int end = readme.indexOf("<!-- rules:end -->");
    assertThat(start).as("README has <!-- rules:start -->").isNotNegative();
    assertThat(end).as("README has <!-- rules:end -->").isGreaterThan(start);
    List<Row> rows = new ArrayList<>();
    for (String line : readme.substring(start, end).split("\n")) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
      } else {
        assertThat(line.strip())
            .as("a line of the rule table that is not a rule row")
            .matches(
                "<!-- rules:start -->|\\| rule id \\| default \\| what it checks \\||\\|---\\|---\\|---\\||");
      }
    }
    return rows;
  }
}
