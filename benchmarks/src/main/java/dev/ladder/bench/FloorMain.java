package dev.ladder.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor as a whole process: parses every {@code .yaml} file under a ladder root into a Jackson
 * tree, one thread, and nothing else (no schema, no rules, no source map). What a cold JVM costs
 * before any validation, timed beside the command line ({@code ladder-cli}) and ajv-cli.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.FloorMain target/ladder-1000
 * }</pre>
 */
public final class FloorMain {
  private FloorMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: FloorMain <ladder root>");
      System.exit(2);
    }
    List<Path> files = Floor.yamlFiles(Path.of(args[0]));
    long[] nodes = {0};
    Floor.parse(files, tree -> nodes[0] += tree.size());
    System.out.println("parsed " + files.size() + " files, " + nodes[0] + " top-level values");
  }
}
