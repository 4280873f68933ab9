package dev.ladder.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "?",
        "???",
        "...",
        "…",
        "-",
        "TBD",
        "tbd.",
        "TBD!",
        "WIP",
        "wip: draft",
        "[WIP] draft",
        "(TODO)",
        "TODO: describe",
        "Todo",
        "TBA",
        "N/A",
        "n/a",
        "TBC",
        "FIXME - later"
      })
  void these_are_placeholders(String text) {
    assertThat(PlaceholderText.isPlaceholder(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Writes tested code",
        "Todo lists are kept by the team",
        "Keeps a TODO list of tech debt",
        "N/A values are handled gracefully in reports",
        "WIPs are limited to three per engineer",
        "1:1s with every report"
      })
  void these_are_real_text(String text) {
    assertThat(PlaceholderText.isPlaceholder(text)).isFalse();
  }
}
