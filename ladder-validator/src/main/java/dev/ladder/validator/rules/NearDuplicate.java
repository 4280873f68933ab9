package dev.ladder.validator.rules;

import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Severity;
import dev.ladder.model.StepUp;
import dev.ladder.model.text.Similarity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code near-duplicate}: two expectations under different ids are worded almost alike (a {@link
 * Similarity} of at least {@link Similarity#NEAR_DUPLICATE}): a copy-paste, or a reworded
 * expectation that lacks {@code refines}. Pairs where one refines the other are fine.
 *
 * <p>Two places are compared, never the whole ladder: within one level's effective set (each of its
 * own expectations against the others, so an inherited pair is reported once, at the level that
 * wrote it), and on each step up, each own expectation of the higher level that is new against each
 * expectation of the lower level that the higher one does not contain. The finding points at the
 * expectation written later.
 */
public final class NearDuplicate extends BuiltinRule {
  /** Normalized texts kept at most, a few megabytes. */
  private static final int CACHED = 10_000;

  public NearDuplicate() {
    super(
        "near-duplicate",
        Severity.INFO,
        "two expectations of one level, or of a level and the one it steps up from, are worded"
            + " almost alike under different ids");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    Map<Expectation, Similarity.Text> normalized = new IdentityHashMap<>();
    // Each level's steps up are compared right after the level itself, while the texts of both
    // levels are still in the cache.
    Map<LevelId, List<StepUp>> stepsTo = new HashMap<>();
    for (StepUp step : ladder.comparableStepsUp()) {
      stepsTo.computeIfAbsent(step.higher().id(), h -> new ArrayList<>()).add(step);
    }
    for (Level level : ladder.levels()) {
      EffectiveLevel higher = ladder.effective(level);
      withinLevel(higher, normalized, context);
      for (StepUp step : stepsTo.getOrDefault(level.id(), List.of())) {
        acrossStep(ladder.effective(step.lower()), higher, normalized, context);
      }
    }
  }

  private static void withinLevel(
      EffectiveLevel effective, Map<Expectation, Similarity.Text> normalized, RuleContext context) {
    Level level = effective.level();
    List<Expectation> own = level.ownExpectations();
    List<Expectation> inherited =
        effective.allExpectations().stream().filter(e -> !e.owner().equals(level.id())).toList();
    Similarity.Text[] ownTexts = texts(own, normalized);
    Similarity.Text[] inheritedTexts = texts(inherited, normalized);
    closeInLength(
        ownTexts,
        inheritedTexts,
        (k, i) -> {
          Expectation later = own.get(k);
          Expectation other = inherited.get(i);
          if (alike(later, ownTexts[k], other, inheritedTexts[i])) {
            context.report(
                Finding.at(
                        later.source(),
                        "'"
                            + later.id()
                            + "' of "
                            + level.label()
                            + " is worded almost like inherited '"
                            + other.id()
                            + "' (\""
                            + other.text()
                            + "\")")
                    .hint(
                        "if it replaces it, mark it `refines: "
                            + other.id()
                            + "`; otherwise reword it")
                    .key(level.id(), later.id(), other.id())
                    .related(other.source()));
          }
        });
    closeInLength(
        ownTexts,
        ownTexts,
        (k, j) -> {
          Expectation later = own.get(k);
          Expectation earlier = own.get(j);
          if (j < k && alike(later, ownTexts[k], earlier, ownTexts[j])) {
            context.report(
                Finding.at(
                        later.source(),
                        "'"
                            + later.id()
                            + "' of "
                            + level.label()
                            + " is worded almost like its '"
                            + earlier.id()
                            + "' (\""
                            + earlier.text()
                            + "\")")
                    .hint("merge the two, or reword one")
                    .key(level.id(), later.id(), earlier.id()));
          }
        });
  }

  private static void acrossStep(
      EffectiveLevel lower,
      EffectiveLevel higher,
      Map<Expectation, Similarity.Text> normalized,
      RuleContext context) {
    List<Expectation> dropped =
        lower.allExpectations().stream().filter(e -> !higher.contains(e.id())).toList();
    if (dropped.isEmpty()) {
      return;
    }
    Level h = higher.level();
    List<Expectation> added =
        h.ownExpectations().stream().filter(e -> !lower.ids().contains(e.id())).toList();
    Similarity.Text[] addedTexts = texts(added, normalized);
    Similarity.Text[] droppedTexts = texts(dropped, normalized);
    closeInLength(
        addedTexts,
        droppedTexts,
        (a, d) -> {
          Expectation e = dropped.get(d);
          if (alike(added.get(a), addedTexts[a], e, droppedTexts[d])) {
            context.report(
                Finding.at(
                        added.get(a).source(),
                        "'"
                            + added.get(a).id()
                            + "' of "
                            + h.label()
                            + " is worded almost like '"
                            + e.id()
                            + "' of "
                            + lower.level().label()
                            + " (\""
                            + e.text()
                            + "\")")
                    .hint("if it replaces it, mark it `refines: " + e.id() + "`")
                    .key(h.id(), lower.level().id(), added.get(a).id(), e.id())
                    .related(e.source()));
          }
        });
  }

  /** Visits a pair of indexes. */
  private interface Pairs {
    void visit(int a, int b);
  }

  /**
   * Visits each pair of a text of {@code as} and a text of {@code bs} whose lengths are close
   * enough for them to be near-duplicates (a tenth apart at most), and no other: with {@code bs}
   * sorted by length, each text of {@code as} meets only a window of them. Findings are sorted
   * later, so the order of the visits does not matter.
   */
  private static void closeInLength(Similarity.Text[] as, Similarity.Text[] bs, Pairs visit) {
    Integer[] order = new Integer[bs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> bs[i].text().length()));
    int[] lengths = new int[bs.length];
    for (int i = 0; i < bs.length; i++) {
      lengths[i] = bs[order[i]].text().length();
    }
    for (int a = 0; a < as.length; a++) {
      int length = as[a].text().length();
      // |la - lb| <= max(la, lb) / 10 puts lb within these bounds; the check itself is exact.
      int low = length - length / 10 - 1;
      int high = length + length / 9 + 1;
      int first = 0;
      int last = lengths.length;
      while (first < last) {
        int mid = (first + last) >>> 1;
        if (lengths[mid] < low) {
          first = mid + 1;
        } else {
          last = mid;
        }
      }
      for (int p = first; p < lengths.length && lengths[p] <= high; p++) {
        visit.visit(a, order[p]);
      }
    }
  }

  private static boolean alike(
      Expectation a, Similarity.Text aText, Expectation b, Similarity.Text bText) {
    return Similarity.nearDuplicate(aText, bText)
        && !a.id().equals(b.id())
        && !a.refines(b.id())
        && !b.refines(a.id());
  }

  private static Similarity.Text[] texts(
      List<Expectation> expectations, Map<Expectation, Similarity.Text> normalized) {
    Similarity.Text[] texts = new Similarity.Text[expectations.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = text(expectations.get(i), normalized);
    }
    return texts;
  }

  private static Similarity.Text text(Expectation e, Map<Expectation, Similarity.Text> normalized) {
    // A normalized text is a few hundred bytes: kept for every expectation of a 10,000-level
    // ladder they would outweigh the ladder itself. Comparisons stay within a level and its steps,
    // so a bounded cache loses little; it is only a cache, findings do not depend on it.
    if (normalized.size() > CACHED) {
      normalized.clear();
    }
    return normalized.computeIfAbsent(e, x -> Similarity.Text.normalizing(x.text()));
  }
}
