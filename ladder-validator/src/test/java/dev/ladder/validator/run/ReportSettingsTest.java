package dev.ladder.validator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSettingsTest {
  private static final Map<String, String> IN_GITHUB = Map.of("GITHUB_ACTIONS", "true");

  @Test
  void formats_are_a_comma_list_in_any_case_with_blanks_ignored() {
    ReportSettings settings = ReportSettings.parse(" Text, sarif,,junit ,", "false", n -> null);
    assertThat(settings.formats())
        .containsExactlyInAnyOrder(ReportFormat.TEXT, ReportFormat.SARIF, ReportFormat.JUNIT);
    assertThat(settings).hasToString("junit,sarif,text");
  }

  @Test
  void an_unknown_format_is_one_sentence_naming_the_known_ones() {
    assertThatThrownBy(() -> ReportSettings.parse("text,pdf", "auto", n -> null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "unknown report format 'pdf' in formats; use a comma list of: text, json, sarif,"
                + " junit, markdown, github");
  }

  @Test
  void github_annotations_follow_github_actions_unless_switched() {
    assertThat(ReportSettings.parse("text", "auto", IN_GITHUB::get).formats())
        .contains(ReportFormat.GITHUB);
    assertThat(ReportSettings.parse("text", "auto", n -> null).formats())
        .doesNotContain(ReportFormat.GITHUB);
    assertThat(ReportSettings.parse("text", "false", IN_GITHUB::get).formats())
        .doesNotContain(ReportFormat.GITHUB);
    assertThat(ReportSettings.parse("text", "true", n -> null).formats())
        .contains(ReportFormat.GITHUB);
    assertThatThrownBy(() -> ReportSettings.parse("text", "yes", n -> null))
        .hasMessage("unknown value 'yes' for githubAnnotations; use auto, true or false");
  }

  @Test
  void reports_exist_only_when_every_file_format_has_its_file(@TempDir Path dir) throws Exception {
    ReportSettings settings = ReportSettings.parse("text,json,markdown", "false", n -> null);
    Files.writeString(dir.resolve("ladder-report.json"), "{}");
    assertThat(settings.reportsExist(dir)).isFalse();
    Files.writeString(dir.resolve("ladder-report.md"), "");
    assertThat(settings.reportsExist(dir)).isTrue();
    assertThat(
            ReportSettings.parse("text,github", "false", n -> null)
                .reportsExist(dir.resolve("none")))
        .isTrue();
  }

  @Test
  void fail_on_accepts_the_three_severities_and_none() {
    assertThat(FailOn.parse("warning").label()).isEqualTo("warning");
    assertThat(FailOn.parse("none").threshold()).isEmpty();
    assertThatThrownBy(() -> FailOn.parse("sometimes"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("unknown value 'sometimes' for failOn; use error, warning, info or none");
  }
}
