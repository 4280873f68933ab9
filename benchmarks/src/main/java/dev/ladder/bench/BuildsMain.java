package dev.ladder.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two builds of the validator, warm, in one JVM, measured in turns: each build's jar in a class
 * loader of its own, the same ladder validated by one then the other, round after round. On a
 * shared machine whose speed drifts, rounds that alternate compare two builds more steadily than
 * two benchmark runs one after the other. Prints each build's median and their ratio.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.BuildsMain before.jar after.jar <ladder root> [warm-up] [rounds]
 * }</pre>
 *
 * <p>Each jar is a whole benchmarks jar (or any jar that holds the validator and its dependencies)
 * of the build to measure, such as {@code benchmarks/target/benchmarks.jar} of an older commit.
 */
public final class BuildsMain {
  private BuildsMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: BuildsMain <jar a> <jar b> <ladder root> [warm-up] [rounds]");
      System.exit(2);
    }
    Path root = Path.of(args[2]).toAbsolutePath();
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
    Build a = new Build(Path.of(args[0]));
    Build b = new Build(Path.of(args[1]));
    long[] timesA = new long[rounds];
    long[] timesB = new long[rounds];
    for (int i = -warmUp; i < rounds; i++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      boolean aFirst = (i & 1) == 0;
      long first = (aFirst ? a : b).time(root);
      long second = (aFirst ? b : a).time(root);
      if (i >= 0) {
        timesA[i] = aFirst ? first : second;
        timesB[i] = aFirst ? second : first;
      }
    }
    double ma = median(timesA) / 1e6;
    double mb = median(timesB) / 1e6;
    System.out.printf(
        "%s: a %.1f ms, b %.1f ms, b/a %.2f (medians of %d rounds after %d)%n",
        root.getFileName(), ma, mb, mb / ma, rounds, warmUp);
  }

  /** One build: its validator, loaded apart from the other's. */
  private static final class Build {
    private final Object validator;
    private final Method validate;
    private final Method errors;

    Build(Path jar) throws Exception {
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass("dev.ladder.validator.Validator");
      Object builder = type.getMethod("builder").invoke(null);
      validator = builder.getClass().getMethod("build").invoke(builder);
      validate = type.getMethod("validate", Path.class);
      errors = loader.loadClass("dev.ladder.validator.ValidationResult").getMethod("errors");
    }

    long time(Path root) throws Exception {
      long start = System.nanoTime();
      Object result = validate.invoke(validator, root);
      long took = System.nanoTime() - start;
      if ((long) errors.invoke(result) > 0) {
        throw new IllegalStateException("not a valid ladder: " + root);
      }
      return took;
    }
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
