package dev.ladder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The floor every benchmark measures against: each {@code .yaml} file under a ladder root parsed
 * into a plain Jackson tree, one thread, nothing else (no schema, no rules, no source map).
 *
 * <pre>{@code
 * Floor.parse(Floor.yamlFiles(root), tree -> {});
 * }</pre>
 */
final class Floor {
  private static final YAMLMapper YAML = new YAMLMapper();

  private Floor() {}

  /** Every {@code .yaml} file under {@code root}, sorted. */
  static List<Path> yamlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Parses each file into a tree and hands it to {@code sink}. */
  static void parse(List<Path> files, Consumer<JsonNode> sink) throws IOException {
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        sink.accept(YAML.readTree(in));
      }
    }
  }
}
