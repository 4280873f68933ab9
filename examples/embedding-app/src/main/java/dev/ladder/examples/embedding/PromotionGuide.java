package dev.ladder.examples.embedding;

import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.Compensation;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelDiff;
import dev.ladder.model.LevelDiff.Change;
import dev.ladder.model.LevelId;
import dev.ladder.model.Range;
import dev.ladder.model.Retirement;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the question people ask most about a ladder: what does the next level add?
 *
 * <pre>
 * java dev.ladder.examples.embedding.PromotionGuide director-engineering vp-engineering ladder
 * </pre>
 *
 * <p>Arguments: the lower level, the higher level, the ladder root. The levels default to Director
 * and VP of Engineering; the root defaults to the system property {@code ladder.root}, else {@code
 * ladder}.
 */
public final class PromotionGuide {
  private PromotionGuide() {}

  public static void main(String[] args) {
    int status = run(args, System.getProperty("ladder.root", "ladder"), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the guide; returns the process exit status (0 done, 2 bad arguments or ladder). */
  static int run(String[] args, String defaultRoot, PrintStream out, PrintStream err) {
    LevelId lower = LevelId.of(args.length > 0 ? args[0] : "director-engineering");
    LevelId higher = LevelId.of(args.length > 1 ? args[1] : "vp-engineering");
    Path root = Path.of(args.length > 2 ? args[2] : defaultRoot);

    ReadResult result;
    try {
      result = LadderReader.standard().read(root);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    // A ladder with problems is still read as far as it goes; say so, then answer from the rest.
    result
        .problems()
        .forEach(p -> err.println(p.location() + ": " + p.rule() + ": " + p.message()));

    Ladder ladder = result.ladder();
    Optional<LevelDiff> diff = ladder.diff(lower, higher);
    if (diff.isEmpty()) {
      String known =
          ladder.levels().stream()
              .map(l -> l.id().value())
              .sorted()
              .collect(Collectors.joining(", "));
      err.println(
          "no level " + (ladder.level(lower).isEmpty() ? lower : higher) + "; known: " + known);
      return 2;
    }
    out.print(describe(ladder, diff.get()));
    return 0;
  }

  /** The diff as plain text, one section per kind of change, empty sections left out. */
  static String describe(Ladder ladder, LevelDiff diff) {
    StringBuilder text = new StringBuilder();
    text.append(title(diff.higher())).append(" over ").append(title(diff.lower())).append('\n');
    if (diff.addsNothing()) {
      text.append("\nAdds nothing.\n");
    }

    Map<DimensionId, List<Expectation>> added =
        diff.added().stream().collect(Collectors.groupingBy(Expectation::dimension));
    if (!added.isEmpty()) {
      text.append("\nAdded\n");
      for (DimensionId dimension : inLadderOrder(ladder, added.keySet())) {
        text.append("  ").append(ladder.dimensionName(dimension)).append('\n');
        added.get(dimension).forEach(e -> text.append("    + ").append(e.text()).append('\n'));
      }
    }
    if (!diff.refined().isEmpty()) {
      text.append("\nRefined\n");
      for (LevelDiff.Refinement r : diff.refined()) {
        text.append("  ").append(r.lower().text()).append('\n');
        text.append("    -> ").append(r.higher().text()).append('\n');
      }
    }
    if (!diff.retired().isEmpty()) {
      text.append("\nRetired\n");
      for (Expectation e : diff.retired()) {
        text.append("  - ").append(e.text()).append('\n');
        diff.retirement(e.id())
            .map(Retirement::reason)
            .filter(reason -> !reason.isBlank())
            .ifPresent(reason -> text.append("    because: ").append(reason).append('\n'));
      }
    }
    if (!diff.dropped().isEmpty()) {
      text.append("\nDropped (the ladder should not allow this)\n");
      diff.dropped().forEach(e -> text.append("  ! ").append(e.text()).append('\n'));
    }

    section(text, "Ratings", diff.ratings(), a -> attributeName(ladder, a), v -> v);
    section(
        text,
        "Experience (years)",
        diff.experience(),
        PromotionGuide::experienceName,
        BigDecimal::toPlainString);
    section(text, "Scope", diff.scope(), key -> key, PromotionGuide::range);
    diff.compensation()
        .ifPresent(
            c ->
                text.append("\nCompensation\n  ")
                    .append(c.from().map(PromotionGuide::band).orElse("none"))
                    .append(" -> ")
                    .append(c.to().map(PromotionGuide::band).orElse("none"))
                    .append('\n'));
    return text.toString();
  }

  private static String title(Level level) {
    return level.title() + " (" + level.id() + ")";
  }

  /** Dimensions as ladder.yaml orders them; any it does not declare last, by id. */
  private static List<DimensionId> inLadderOrder(Ladder ladder, Set<DimensionId> present) {
    Set<DimensionId> ordered = new LinkedHashSet<>();
    ladder.dimensions().forEach(d -> ordered.add(d.id()));
    ordered.retainAll(present);
    present.stream().sorted().forEach(ordered::add);
    return List.copyOf(ordered);
  }

  private static <K, T> void section(
      StringBuilder text,
      String heading,
      Map<K, Change<T>> changes,
      Function<K, String> name,
      Function<T, String> value) {
    if (changes.isEmpty()) {
      return;
    }
    text.append('\n').append(heading).append('\n');
    changes.forEach(
        (key, change) ->
            text.append("  ")
                .append(name.apply(key))
                .append(": ")
                .append(change.from().map(value).orElse("none"))
                .append(" -> ")
                .append(change.to().map(value).orElse("none"))
                .append('\n'));
  }

  private static String attributeName(Ladder ladder, AttributeId id) {
    return ladder.attribute(id).map(Attribute::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  private static String experienceName(String field) {
    return field.equals("minYears") ? "overall" : "leading people";
  }

  private static String range(Range range) {
    String min = range.min().map(BigDecimal::toPlainString).orElse(null);
    String max = range.max().map(BigDecimal::toPlainString).orElse(null);
    if (min != null && max != null) {
      return min + " to " + max;
    }
    return min != null ? "at least " + min : max != null ? "at most " + max : "any";
  }

  private static String band(Compensation compensation) {
    return compensation.currency().map(c -> c + " ").orElse("") + range(compensation.band());
  }
}
