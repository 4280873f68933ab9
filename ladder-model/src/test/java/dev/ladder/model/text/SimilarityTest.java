package dev.ladder.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  @Test
  void texts_that_normalize_alike_are_fully_similar() {
    assertThat(Similarity.of("Owns  the Roadmap ", "owns the roadmap")).isEqualTo(1.0);
  }

  @Test
  void similarity_is_one_minus_the_edit_distance_over_the_longer_text() {
    assertThat(Similarity.of("abcd", "abce")).isEqualTo(0.75);
    assertThat(Similarity.of("abc", "xyz")).isEqualTo(0.0);
    assertThat(Similarity.of("abcd", "abce")).isEqualTo(Similarity.of("abce", "abcd"));
  }

  @Test
  void one_edit_in_ten_characters_is_a_near_duplicate_and_two_are_not() {
    assertThat(Similarity.nearDuplicateNormalized("abcdefghij", "abcdefghix")).isTrue();
    assertThat(Similarity.nearDuplicateNormalized("abcdefghij", "abcdefghxx")).isFalse();
    assertThat(Similarity.nearDuplicateNormalized("", "")).isFalse();
  }

  @Test
  void the_nearest_id_is_offered_only_when_close_enough_and_ties_go_to_the_first() {
    assertThat(Similarity.nearestId("mentorin", List.of("system-design", "mentoring")))
        .contains("mentoring");
    assertThat(Similarity.nearestId("public-speaking", List.of("system-design", "mentoring")))
        .isEmpty();
    assertThat(Similarity.nearestId("ab", List.of("ax", "ay"))).contains("ax");
  }

  @Test
  void normalize_is_lower_case_with_each_run_of_white_space_one_space_and_trimmed() {
    List<String> texts =
        List.of(
            "  Owns\tthe \n\r Roadmap  ",
            "A\u000Bb\fC",
            "\u2003 Leads  teams\u2003",
            "Non\u00A0breaking",
            "\u0130stanbul OFFICE",
            "ΟΔΟΣ Σ",
            "",
            "   ");
    for (String text : texts) {
      assertThat(Similarity.normalize(text))
          .as(text)
          .isEqualTo(text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void the_quick_filters_never_rule_out_a_near_duplicate() {
    // Texts from one small vocabulary and their copies with a few random edits: the answer with
    // the filters must be the answer of the full edit distance, every time.
    java.util.Random random = new java.util.Random(42);
    String[] words = {"owns", "the", "team", "roadmap", "hires", "and", "grows", "managers", "a"};
    org.apache.commons.text.similarity.LevenshteinDistance exact =
        org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
    int near = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0, count = 3 + random.nextInt(12); w < count; w++) {
        text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      StringBuilder edited = new StringBuilder(text);
      for (int e = 0, edits = random.nextInt(8); e < edits && edited.length() > 1; e++) {
        int at = random.nextInt(edited.length());
        char c = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(3)) {
          case 0 -> edited.setCharAt(at, c);
          case 1 -> edited.insert(at, c);
          default -> edited.deleteCharAt(at);
        }
      }
      String a = text.toString();
      String b = edited.toString();
      int longer = Math.max(a.length(), b.length());
      boolean expected = longer > 0 && 10 * exact.apply(a, b) <= longer;
      near += expected ? 1 : 0;
      assertThat(Similarity.nearDuplicateNormalized(a, b)).as(a + " / " + b).isEqualTo(expected);
    }
    assertThat(near).isBetween(500, 4_500);
  }
}
