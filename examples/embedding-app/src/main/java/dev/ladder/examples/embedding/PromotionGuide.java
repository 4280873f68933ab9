package dev.ladder.examples.embedding;

import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.Compensation;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelDiff;
import dev.ladder.model.LevelDiff.Change;
import dev.ladder.model.LevelId;
import dev.ladder.model.Range;
import dev.ladder.model.Retirement;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import dev.ladder.model.text.Similarity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small promotion tool on the ladder model: what each step up from a person's level still needs,
 * given the evidence they have collected, and what one level adds over another.
 *
 * <pre>
 * promotion-guide next senior-engineer evidence.txt --ladder ladder
 * promotion-guide compare director-engineering vp-engineering --ladder ladder
 * </pre>
 *
 * <p>{@code next LEVEL [EVIDENCE_FILE]} lists, for every step up from {@code LEVEL} (the next rank
 * of its track and every branch its {@code progression.next} names), the expectations of the higher
 * level that no evidence covers, by dimension; see {@link NextSteps} for what evidence covers and
 * {@link Evidence} for the file. {@code compare LOWER HIGHER} prints what {@code HIGHER} adds,
 * refines and retires over {@code LOWER}, and every value that changes.
 *
 * <p>The ladder root is {@code --ladder DIR}, else the system property {@code ladder.root}, else
 * {@code ladder}. Exit status 0 when the report is printed, 2 for a usage error or input that
 * cannot be used (no such level, no ladder root, an unreadable evidence file), with one line on
 * standard error and no stack trace. Problems of the ladder's files and evidence for expectations
 * the ladder does not have are warnings on standard error; the report is still printed.
 */
public final class PromotionGuide {
  static final String USAGE =
      """
      usage: promotion-guide next LEVEL [EVIDENCE_FILE] [--ladder DIR]
             promotion-guide compare LOWER HIGHER [--ladder DIR]

        next     what each step up from LEVEL still needs: the expectations of every next
                 level without evidence. EVIDENCE_FILE holds one entry a line:
                 <expectation-id> <link or note>; lines starting with # are skipped.
        compare  what HIGHER adds, refines and retires over LOWER.
        --ladder the ladder root (default: the system property ladder.root, else ./ladder)

      exit status: 0 report printed, 2 usage error or unusable input
      """;

  private PromotionGuide() {}

  public static void main(String[] args) {
    int status = run(args, System.getProperty("ladder.root", "ladder"), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** A usage error or unusable input: one line for standard error, exit status 2. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /** Runs the tool; returns the process exit status (0 done, 2 usage error or unusable input). */
  static int run(String[] args, String defaultRoot, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    String root = defaultRoot;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        out.print(USAGE);
        return 0;
      } else if (arg.equals("--ladder")) {
        if (i + 1 == args.length) {
          return usage(err, "--ladder needs the ladder root folder after it");
        }
        root = args[++i];
      } else if (arg.startsWith("--ladder=")) {
        root = arg.substring("--ladder=".length());
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        return usage(err, "unknown option " + arg);
      } else {
        positional.add(arg);
      }
    }
    if (positional.isEmpty()) {
      return usage(err, "no command");
    }
    String command = positional.get(0);
    List<String> operands = positional.subList(1, positional.size());
    try {
      switch (command) {
        case "next" -> {
          if (operands.isEmpty() || operands.size() > 2) {
            return usage(err, "next takes a level id and an optional evidence file");
          }
          Ladder ladder = read(root, err);
          Level current = level(ladder, operands.get(0));
          Evidence evidence =
              operands.size() > 1 ? Evidence.read(Path.of(operands.get(1))) : Evidence.none();
          Set<ExpectationId> known = knownIds(ladder);
          List<Evidence.Entry> used = new ArrayList<>();
          for (Evidence.Entry entry : evidence.entries()) {
            if (known.contains(entry.id())) {
              used.add(entry);
            } else {
              err.println(unknown(evidence, entry, known));
            }
          }
          Evidence usable = new Evidence(evidence.file(), used);
          out.print(
              NextSteps.describe(
                  ladder,
                  current,
                  usable,
                  evidence.entries().size() - used.size(),
                  NextSteps.from(ladder, current, usable.links().keySet())));
        }
        case "compare" -> {
          if (operands.size() != 2) {
            return usage(err, "compare takes two level ids, the lower then the higher");
          }
          Ladder ladder = read(root, err);
          Level lower = level(ladder, operands.get(0));
          Level higher = level(ladder, operands.get(1));
          out.print(describe(ladder, ladder.diff(lower.id(), higher.id()).orElseThrow()));
        }
        default -> {
          return usage(err, "unknown command " + command + ": next or compare");
        }
      }
    } catch (Failure | Evidence.Unreadable e) {
      err.println(e.getMessage());
      return 2;
    }
    return 0;
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.print(USAGE);
    return 2;
  }

  /** The ladder at {@code root}; its files' problems are warnings, the rest is still used. */
  private static Ladder read(String root, PrintStream err) throws Failure {
    ReadResult result;
    try {
      result = LadderReader.standard().read(Path.of(root));
    } catch (IllegalArgumentException e) {
      throw new Failure(e.getMessage());
    }
    result
        .problems()
        .forEach(
            p -> err.println("warning: " + p.location() + ": " + p.rule() + ": " + p.message()));
    return result.ladder();
  }

  private static Level level(Ladder ladder, String id) throws Failure {
    Optional<Level> level = ladder.level(LevelId.of(id));
    if (level.isPresent()) {
      return level.get();
    }
    String known =
        ladder.levels().stream()
            .map(l -> l.id().value())
            .distinct()
            .sorted()
            .collect(Collectors.joining(", "));
    throw new Failure("no level " + Evidence.printable(id) + "; known: " + known);
  }

  /** Every expectation id some level writes. */
  private static Set<ExpectationId> knownIds(Ladder ladder) {
    Set<ExpectationId> ids = new TreeSet<>();
    ladder.levels().forEach(l -> l.ownExpectations().forEach(e -> ids.add(e.id())));
    return ids;
  }

  private static String unknown(Evidence evidence, Evidence.Entry entry, Set<ExpectationId> known) {
    String id = entry.id().value();
    String hint =
        Similarity.nearestId(id, known.stream().map(ExpectationId::value).toList())
            .map(near -> "; did you mean " + near + "?")
            .orElse("");
    return "warning: "
        + evidence.file()
        + ":"
        + entry.line()
        + ": no expectation "
        + Evidence.printable(id)
        + " in the ladder, ignored"
        + hint;
  }

  /**
   * {@code compare}: the diff as plain text, one section per kind of change, empty ones left out.
   */
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
