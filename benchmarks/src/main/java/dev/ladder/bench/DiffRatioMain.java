package dev.ladder.bench;

import dev.ladder.validator.LadderDiff;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.run.Base;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.DiffConfig;
import dev.ladder.validator.run.DiffOutcome;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SortedMap;

/**
 * {@code ladder:diff} end to end against one validation of the head, warm, in one JVM, measured in
 * turns (as {@link FloorRatioMain} does, for a steadier ratio on a shared machine). The base is a
 * generated ladder, the head its {@link RevisedLadder} (5% of the level files edited); both are
 * folders. Each round times:
 *
 * <ul>
 *   <li>{@code validate head}: {@link LadderRun#check}, the head listed, read and checked by every
 *       rule through the run layer, as {@code ladder:validate} does without its reports;
 *   <li>{@code diff}: {@link LadderRun#diff} with no report written: both ladders listed, read and
 *       checked, their level changes, and the findings of both matched by identity;
 *   <li>{@code diff + reports}: the same, writing {@code ladder-diff.json} and {@code
 *       ladder-diff.md}.
 * </ul>
 *
 * Prints the median of each and its ratio to {@code validate head}.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.DiffRatioMain <levels> [deep|wide] [warm-up rounds] [rounds]
 * }</pre>
 */
public final class DiffRatioMain {
  private DiffRatioMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: DiffRatioMain <levels> [deep|wide] [warm-up rounds] [rounds]");
      System.exit(2);
    }
    int levels = Integer.parseInt(args[0]);
    String shape = args.length > 1 ? args[1] : "deep";
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;

    Path dir = Files.createTempDirectory("ladder-diff-");
    SortedMap<String, String> files = LadderGenerator.shaped(shape, levels).files();
    Path baseRoot = RevisedLadder.write(files, dir.resolve("base/ladder"));
    Path headRoot = RevisedLadder.write(RevisedLadder.of(files), dir.resolve("head/ladder"));
    RunConfig.Builder run =
        RunConfig.builder(headRoot)
            .baseDirectory(dir.resolve("head"))
            .reportDirectory(dir.resolve("head/target/ladder"))
            .environment(name -> null)
            .console(silent());
    RunConfig check = run.formats("").build();
    DiffConfig diff = new DiffConfig(run.formats("").build(), Base.folder(dir.resolve("base")));
    DiffConfig reports =
        new DiffConfig(run.formats("json,markdown").build(), Base.folder(dir.resolve("base")));

    long[] validate = new long[rounds];
    long[] diffs = new long[rounds];
    long[] withReports = new long[rounds];
    int changed = 0;
    for (int i = -warmUp; i < rounds; i++) {
      long t0 = System.nanoTime();
      ValidationResult result = LadderRun.check(check).result();
      long t1 = System.nanoTime();
      DiffOutcome outcome = LadderRun.diff(diff);
      long t2 = System.nanoTime();
      DiffOutcome written = LadderRun.diff(reports);
      long t3 = System.nanoTime();
      LadderDiff d = outcome.diff();
      if (result.errors() > 0
          || !d.findings().added().isEmpty()
          || d.levelsChanged() == 0
          || written.reports().size() != 2) {
        throw new IllegalStateException("the generated ladders are not what they should be");
      }
      changed = d.levelsChanged();
      if (i >= 0) {
        validate[i] = t1 - t0;
        diffs[i] = t2 - t1;
        withReports[i] = t3 - t2;
      }
    }
    double v = median(validate) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%d levels (%s), %d files edited, %d levels changed, %d rounds after %d:%n",
        levels,
        shape,
        RevisedLadder.edited(files),
        changed,
        rounds,
        warmUp);
    System.out.printf(Locale.ROOT, "  validate head    %8.1f ms%n", v);
    print("diff", diffs, v);
    print("diff + reports", withReports, v);
  }

  private static Console silent() {
    return Console.lines(line -> {});
  }

  private static void print(String what, long[] times, double validate) {
    double ms = median(times) / 1e6;
    System.out.printf(Locale.ROOT, "  %-16s %8.1f ms  %.3fx validate%n", what, ms, ms / validate);
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
