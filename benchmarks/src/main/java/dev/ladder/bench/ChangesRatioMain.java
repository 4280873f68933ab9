package dev.ladder.bench;

import dev.ladder.model.Ladder;
import dev.ladder.model.LadderChanges;
import dev.ladder.model.LevelChanges;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SortedMap;

/**
 * The changes between a generated base ladder and its {@link RevisedLadder} head, against one
 * validation of the head, warm, in one JVM, measured in turns (as {@link FloorRatioMain} does, for
 * a steadier ratio on a shared machine). Each round times:
 *
 * <ul>
 *   <li>{@code validate}: one validation of the head, what {@code ladder:validate} does;
 *   <li>{@code changes}: {@link LadderChanges#between} of the two ladders, already read (wall time,
 *       and the thread's CPU time: it runs on one thread, and its CPU time is steadier than its
 *       wall time on a machine shared with other work);
 *   <li>{@code read+changes}: reading base and head, then {@code between};
 *   <li>{@code validate both+changes}: reading base and head and running every rule on each (as a
 *       diff that reports new and fixed findings must), then {@code between}.
 * </ul>
 *
 * Prints the median of each and its ratio to {@code validate}.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.ChangesRatioMain <levels> [deep|wide] [warm-up rounds] [rounds]
 * }</pre>
 */
public final class ChangesRatioMain {
  private ChangesRatioMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ChangesRatioMain <levels> [deep|wide] [warm-up rounds] [rounds]");
      System.exit(2);
    }
    int levels = Integer.parseInt(args[0]);
    String shape = args.length > 1 ? args[1] : "deep";
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;

    Path dir = Files.createTempDirectory("ladder-changes-");
    SortedMap<String, String> files = LadderGenerator.shaped(shape, levels).files();
    Path baseRoot = RevisedLadder.write(files, dir.resolve("base/ladder"));
    Path headRoot = RevisedLadder.write(RevisedLadder.of(files), dir.resolve("head/ladder"));
    LadderReader reader = LadderReader.standard();
    Validator validator = Validator.builder().build();
    Ladder base = reader.read(baseRoot).ladder();
    Ladder head = reader.read(headRoot).ladder();

    long[] validate = new long[rounds];
    long[] changes = new long[rounds];
    long[] changesCpu = new long[rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] readAndChanges = new long[rounds];
    long[] validateBoth = new long[rounds];
    int changed = 0;
    for (int i = -warmUp; i < rounds; i++) {
      long t0 = System.nanoTime();
      ValidationResult result = validator.validate(headRoot);
      long t1 = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      LadderChanges between = LadderChanges.between(base, head);
      long t2 = System.nanoTime();
      long cpuTime = threads.getCurrentThreadCpuTime() - cpu;
      LadderChanges read =
          LadderChanges.between(reader.read(baseRoot).ladder(), reader.read(headRoot).ladder());
      long t3 = System.nanoTime();
      ReadResult baseRead = reader.read(baseRoot);
      ValidationResult atBase = validator.check(baseRead, "");
      ReadResult headRead = reader.read(headRoot);
      ValidationResult atHead = validator.check(headRead, "");
      LadderChanges both = LadderChanges.between(baseRead.ladder(), headRead.ladder());
      long t4 = System.nanoTime();
      if (result.errors() + atBase.errors() + atHead.errors() > 0
          || !read.equals(between)
          || !both.equals(between)) {
        throw new IllegalStateException("the generated ladders are not what they should be");
      }
      changed = between.count(LevelChanges.Change.CHANGED);
      if (i >= 0) {
        validate[i] = t1 - t0;
        changes[i] = t2 - t1;
        changesCpu[i] = cpuTime;
        readAndChanges[i] = t3 - t2;
        validateBoth[i] = t4 - t3;
      }
    }
    double v = median(validate) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%d levels (%s), %d changed, %d rounds after %d:%n",
        levels,
        shape,
        changed,
        rounds,
        warmUp);
    System.out.printf(Locale.ROOT, "  validate head           %8.1f ms%n", v);
    print("changes", changes, v);
    System.out.printf(
        Locale.ROOT,
        "  %-23s %8.1f ms  (the thread's CPU time)%n",
        "changes, CPU",
        median(changesCpu) / 1e6);
    print("read both + changes", readAndChanges, v);
    print("validate both + changes", validateBoth, v);
  }

  private static void print(String what, long[] times, double validate) {
    double ms = median(times) / 1e6;
    System.out.printf(Locale.ROOT, "  %-23s %8.1f ms  %.3fx validate%n", what, ms, ms / validate);
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
