package dev.ladder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor as a whole process: parses every {@code .yaml} file under a ladder root into a Jackson
 * tree, one thread, and nothing else (no schema, no rules, no source map). What a cold JVM costs
 * before any validation, timed beside {@link ValidateMain} and ajv-cli.
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
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    YAMLMapper yaml = new YAMLMapper();
    long nodes = 0;
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode tree = yaml.readTree(in);
        nodes += tree.size();
      }
    }
    System.out.println("parsed " + files.size() + " files, " + nodes + " top-level values");
  }
}
