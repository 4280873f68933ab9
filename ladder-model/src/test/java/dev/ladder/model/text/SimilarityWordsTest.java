package dev.ladder.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityWordsTest {
  private static final String PLANNING = "Runs the weekly planning meeting";

  @Test
  void a_rewording_that_inserts_words_scores_by_the_words_it_keeps() {
    String inserted = "Runs the weekly planning and the quarterly review meeting";
    assertThat(Similarity.byEdits(PLANNING, inserted)).isLessThan(Similarity.CONFIDENT);
    assertThat(Similarity.byWords(PLANNING, inserted)).isEqualTo(Math.pow(5.0 / 9, 0.25));
    assertThat(Similarity.of(PLANNING, inserted)).isGreaterThanOrEqualTo(Similarity.CONFIDENT);
  }

  @Test
  void the_words_score_is_zero_when_a_word_of_the_shorter_text_is_missing_or_out_of_order() {
    assertThat(Similarity.byWords(PLANNING, "Runs the weekly incident review meeting")).isZero();
    assertThat(Similarity.byWords(PLANNING, "Runs the planning weekly meeting and more")).isZero();
  }

  @Test
  void texts_of_fewer_than_three_words_are_scored_by_edits_alone() {
    assertThat(Similarity.byWords("Grows leads", "Grows leads and managers")).isZero();
    assertThat(Similarity.of("Grows leads", "Grows leads and managers"))
        .isEqualTo(Similarity.byEdits("Grows leads", "Grows leads and managers"));
  }

  @Test
  void words_are_runs_of_letters_and_digits_of_the_normalized_text() {
    assertThat(Similarity.byWords("Keeps docs up to date", "keeps DOCS up-to-date")).isEqualTo(1.0);
    assertThat(Similarity.byWords("Owns the team's roadmap", "Owns the team s roadmap"))
        .isEqualTo(1.0);
  }

  @Test
  void the_measure_is_symmetric_and_never_below_the_edits_score() {
    List<String[]> pairs =
        LabelledPairs.read().stream().map(p -> new String[] {p.a(), p.b()}).toList();
    for (String[] p : pairs) {
      assertThat(Similarity.of(p[0], p[1])).isEqualTo(Similarity.of(p[1], p[0]));
      assertThat(Similarity.of(p[0], p[1])).isGreaterThanOrEqualTo(Similarity.byEdits(p[0], p[1]));
    }
  }

  @Test
  void at_least_agrees_with_the_score_at_every_threshold() {
    Random random = new Random(7);
    String[] words = {"runs", "the", "weekly", "planning", "meeting", "and", "review", "x", "team"};
    double[] thresholds = {0.0, 0.3, Similarity.HINT, 0.7, Similarity.CONFIDENT, 0.9, 1.0};
    for (int i = 0; i < 5_000; i++) {
      String a = sentence(random, words);
      String b = random.nextBoolean() ? sentence(random, words) : a + " " + sentence(random, words);
      double score = Similarity.of(a, b);
      for (double t : thresholds) {
        assertThat(Similarity.atLeast(a, b, t))
            .as(a + " / " + b + " at " + t)
            .isEqualTo(score >= t);
      }
    }
    for (String[] p :
        LabelledPairs.read().stream().map(p -> new String[] {p.a(), p.b()}).toList()) {
      for (double t : thresholds) {
        assertThat(Similarity.atLeast(p[0], p[1], t)).isEqualTo(Similarity.of(p[0], p[1]) >= t);
      }
    }
  }

  @Test
  void the_nearest_index_is_the_nearest_text() {
    List<LabelledPairs> pairs = LabelledPairs.read();
    List<String> candidates = pairs.stream().limit(40).map(LabelledPairs::b).toList();
    List<Similarity.Text> texts = candidates.stream().map(Similarity.Text::normalizing).toList();
    for (LabelledPairs p : pairs) {
      int index = Similarity.nearestIndex(Similarity.Text.normalizing(p.a()), texts);
      assertThat(index < 0 ? null : candidates.get(index))
          .isEqualTo(Similarity.nearest(p.a(), candidates, c -> c).orElse(null));
    }
  }

  @Test
  void near_duplicates_stay_a_matter_of_edits() {
    // Every word kept, many added: a refinement, never a near-duplicate.
    assertThat(
            Similarity.nearDuplicate(
                Similarity.Text.normalizing(PLANNING),
                Similarity.Text.normalizing(PLANNING + " and the review")))
        .isFalse();
  }

  private static String sentence(Random random, String[] words) {
    int n = random.nextInt(7);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return s.toString();
  }
}
