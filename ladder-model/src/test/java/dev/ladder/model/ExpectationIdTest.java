package dev.ladder.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectationIdTest {
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Organizational design | organizational-design",
        "  Owns  the (whole) budget!  | owns-the-whole-budget",
        "--already-a-slug-- | already-a-slug",
        "Runs on-call & incident reviews | runs-on-call-incident-reviews",
        "Café crème 2026 | caf-cr-me-2026",
        "C++ / Java | c-java",
        "?!? | ''",
      })
  void the_id_of_a_plain_expectation_is_the_slug_of_its_text(String text, String slug) {
    assertThat(ExpectationId.slugOf(text)).isEqualTo(ExpectationId.of(slug));
  }
}
