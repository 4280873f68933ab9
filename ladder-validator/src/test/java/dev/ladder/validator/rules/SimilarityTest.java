package dev.ladder.validator.rules;

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
}
