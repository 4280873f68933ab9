package dev.ladder.bench;

import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * End to end against the floor, warm, in one JVM, the two measured in turns: on a shared machine
 * whose speed drifts from minute to minute, rounds that alternate give a steadier ratio than two
 * benchmarks run one after the other. Prints the median of each and their ratio.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.FloorRatioMain <ladder root> [warm-up rounds] [rounds]
 * }</pre>
 */
public final class FloorRatioMain {
  private FloorRatioMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: FloorRatioMain <ladder root> [warm-up rounds] [rounds]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    List<Path> files = Floor.yamlFiles(root);
    Validator validator = Validator.builder().build();
    long[] floor = new long[rounds];
    long[] endToEnd = new long[rounds];
    for (int i = -warmUp; i < rounds; i++) {
      long start = System.nanoTime();
      long[] nodes = {0};
      Floor.parse(files, tree -> nodes[0] += tree.size());
      long parsed = System.nanoTime();
      ValidationResult result = validator.validate(root);
      long validated = System.nanoTime();
      if (nodes[0] == 0 || result.errors() > 0) {
        throw new IllegalStateException("not a valid ladder: " + root);
      }
      if (i >= 0) {
        floor[i] = parsed - start;
        endToEnd[i] = validated - parsed;
      }
    }
    double f = median(floor) / 1e6;
    double e = median(endToEnd) / 1e6;
    System.out.printf(
        "%d files, %d rounds after %d: floor %.1f ms, end to end %.1f ms, %.2fx the floor%n",
        files.size(), rounds, warmUp, f, e, e / f);
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
