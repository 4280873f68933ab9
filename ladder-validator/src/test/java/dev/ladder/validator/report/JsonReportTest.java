package dev.ladder.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  @Test
  void format_example_is_written_byte_for_byte() {
    String json =
        ReportFixtures.render(
            ReportFormat.JSON, ReportFixtures.formatExample(), ReportFixtures.context());

    assertThat(json).isEqualTo(ReportFixtures.resource("format-example.json"));
  }

  @Test
  void mixed_findings_are_written_byte_for_byte_with_hint_absent_when_none() {
    String json =
        ReportFixtures.render(ReportFormat.JSON, ReportFixtures.mixed(), ReportFixtures.context());

    assertThat(json).isEqualTo(ReportFixtures.resource("mixed.json"));
  }

  @Test
  void a_clean_ladder_has_an_empty_diagnostics_array() {
    String json =
        ReportFixtures.render(ReportFormat.JSON, ReportFixtures.clean(), ReportFixtures.context());

    assertThat(json).isEqualTo(ReportFixtures.resource("clean.json"));
  }

  @Test
  void keys_come_in_the_order_format_md_gives() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(
                ReportFixtures.render(
                    ReportFormat.JSON, ReportFixtures.mixed(), ReportFixtures.context()));

    assertThat(fieldNames(root)).containsExactly("ladder", "files", "summary", "diagnostics");
    assertThat(fieldNames(root.get("summary"))).containsExactly("errors", "warnings", "infos");
    assertThat(fieldNames(root.get("diagnostics").get(0)))
        .containsExactly("rule", "severity", "file", "line", "column", "message", "hint");
    assertThat(fieldNames(root.get("diagnostics").get(1)))
        .containsExactly("rule", "severity", "file", "line", "column", "message");
    assertThat(root.get("diagnostics").get(2).get("message").asText())
        .contains("'Zoë's \"Ship it\" reviews'");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
