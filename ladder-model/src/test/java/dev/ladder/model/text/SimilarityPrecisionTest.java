package dev.ladder.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

/**
 * The precision and recall of the measure on the labelled pairs, at the hint and the confident
 * thresholds, beside the edits score alone: computed here, and held equal to the table that
 * docs/spreadsheets.md shows.
 */
class SimilarityPrecisionTest {
  private static final Path DOCS = Path.of("../docs/spreadsheets.md");
  private static final String START = "<!-- precision:start -->";
  private static final String END = "<!-- precision:end -->";

  @Test
  void the_documented_precision_table_is_the_one_the_labelled_pairs_give() throws IOException {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    String documented = docs.substring(docs.indexOf(START) + START.length(), docs.indexOf(END));
    assertThat(documented.strip()).isEqualTo(table());
  }

  @Test
  void the_words_score_adds_no_false_hint_to_the_edits_score() {
    for (LabelledPairs p : LabelledPairs.read()) {
      if (!p.reworded()) {
        boolean before = Similarity.byEdits(p.a(), p.b()) >= Similarity.HINT;
        boolean now = Similarity.of(p.a(), p.b()) >= Similarity.HINT;
        assertThat(now).as(p.a() + " / " + p.b()).isEqualTo(before);
      }
    }
  }

  @Test
  void the_confident_threshold_is_right_at_least_nineteen_times_in_twenty() {
    Counts confident = counts(Similarity::of, Similarity.CONFIDENT);
    assertThat(confident.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(confident.recall())
        .isGreaterThan(counts(Similarity::byEdits, Similarity.CONFIDENT).recall());
  }

  /** The table as docs/spreadsheets.md writes it. */
  static String table() {
    List<LabelledPairs> pairs = LabelledPairs.read();
    long reworded = pairs.stream().filter(LabelledPairs::reworded).count();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Pairs: "
            + pairs.size()
            + " ("
            + reworded
            + " reworded, "
            + (pairs.size() - reworded)
            + " different).");
    lines.add("");
    lines.add("| score | threshold | found | false | missed | precision | recall |");
    lines.add("|---|---|---|---|---|---|---|");
    row(lines, "edits alone (before)", Similarity::byEdits, "hint", Similarity.HINT);
    row(lines, "the measure", Similarity::of, "hint", Similarity.HINT);
    row(lines, "edits alone (before)", Similarity::byEdits, "confident", Similarity.CONFIDENT);
    row(lines, "the measure", Similarity::of, "confident", Similarity.CONFIDENT);
    return String.join("\n", lines);
  }

  private static void row(
      List<String> lines,
      String name,
      ToDoubleBiFunction<String, String> score,
      String thresholdName,
      double threshold) {
    Counts c = counts(score, threshold);
    lines.add(
        String.format(
            Locale.ROOT,
            "| %s | %s (%.2f) | %d | %d | %d | %.2f | %.2f |",
            name,
            thresholdName,
            threshold,
            c.found(),
            c.falsePositives(),
            c.missed(),
            c.precision(),
            c.recall()));
  }

  private static Counts counts(ToDoubleBiFunction<String, String> score, double threshold) {
    int found = 0;
    int falsePositives = 0;
    int missed = 0;
    for (LabelledPairs p : LabelledPairs.read()) {
      boolean alike = score.applyAsDouble(p.a(), p.b()) >= threshold;
      if (alike && p.reworded()) {
        found++;
      } else if (alike) {
        falsePositives++;
      } else if (p.reworded()) {
        missed++;
      }
    }
    return new Counts(found, falsePositives, missed);
  }

  private record Counts(int found, int falsePositives, int missed) {
    double precision() {
      return found + falsePositives == 0 ? 1.0 : (double) found / (found + falsePositives);
    }

    double recall() {
      return (double) found / (found + missed);
    }
  }

  /** Prints the table, to paste into the docs when the pairs or the measure change. */
  public static void main(String[] args) {
    System.out.println(table());
  }
}
