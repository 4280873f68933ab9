package dev.ladder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The repository's example ladders and the golden report files that pin the plugin's bytes for them
 * ({@code ExampleReportsTest} of ladder-validator).
 */
final class Examples {
  static final Path REPOSITORY = Path.of("..");
  static final Path GOLDEN = REPOSITORY.resolve("ladder-validator/src/test/resources/golden");

  /** The version the golden SARIF files name the tool with. */
  private static final String GOLDEN_VERSION = "0.1.0-SNAPSHOT";

  private Examples() {}

  /**
   * Copies {@code examples/<example>} into a repository of its own under {@code dir} (a {@code
   * .git} folder marks its top), so that its reports carry the path prefix the golden files were
   * made with, {@code examples/<example>/}, on any checkout. Returns the example's folder.
   */
  static Path copy(String example, Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Path base = dir.resolve("examples").resolve(example);
    Path from = REPOSITORY.resolve("examples").resolve(example).resolve("ladder");
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          file -> {
            Path to = base.resolve("ladder").resolve(from.relativize(file).toString());
            try {
              if (Files.isDirectory(file)) {
                Files.createDirectories(to);
              } else {
                Files.copy(file, to);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return base;
  }

  /**
   * A golden file of {@code example}, naming the tool with this build's version as the command line
   * does (the files were made at {@value #GOLDEN_VERSION}; only SARIF names it).
   */
  static String golden(String example, String file) throws IOException {
    return Files.readString(GOLDEN.resolve(example).resolve(file), StandardCharsets.UTF_8)
        .replace(
            "\"version\": \"" + GOLDEN_VERSION + "\",",
            "\"version\": \"" + Version.current() + "\",");
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
