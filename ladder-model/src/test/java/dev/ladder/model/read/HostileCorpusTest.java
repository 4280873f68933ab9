package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/hostile/} is a small ladder root holding one kind of
 * hostile input, with {@code expected.txt}: the exact {@code file:line:col: rule} lines reading it
 * must give. An optional {@code limits.txt} lowers the limits for that case. Adding a case is
 * adding a folder.
 */
class HostileCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_hostile_case_gives_exactly_its_located_problems(String name) throws IOException {
    Path root = CORPUS.resolve(name);
    LadderReader reader = LadderReader.withLimits(limits(root));

    long start = System.nanoTime();
    ReadResult result = reader.read(root);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    List<String> actual =
        result.problems().stream().map(p -> p.location() + ": " + p.rule()).toList();
    List<String> expected =
        Files.readAllLines(root.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();
    assertThat(actual)
        .as("problems of %s: %s", name, result.problems())
        .containsExactlyElementsOf(expected);
    assertThat(result.problems())
        .allSatisfy(
            p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception", "\n", "\tat "));
    assertThat(result.problems())
        .allSatisfy(p -> assertThat(result.files()).contains(p.location().file()));
    assertThat(took).as("time to read %s", name).isLessThan(Duration.ofSeconds(5));
    ReadResult again = reader.read(root);
    assertThat(again.problems()).as("the same problems twice").isEqualTo(result.problems());
    assertThat(again.files()).as("the same files twice").isEqualTo(result.files());
  }

  private static Limits limits(Path root) throws IOException {
    Path file = root.resolve("limits.txt");
    if (!Files.exists(file)) {
      return Limits.DEFAULT;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    Limits d = Limits.DEFAULT;
    return new Limits(
        Long.parseLong(p.getProperty("maxFileBytes", String.valueOf(d.maxFileBytes()))),
        Integer.parseInt(p.getProperty("maxFiles", String.valueOf(d.maxFiles()))),
        Integer.parseInt(p.getProperty("maxDepth", String.valueOf(d.maxDepth()))),
        Integer.parseInt(p.getProperty("maxStringLength", String.valueOf(d.maxStringLength()))),
        Integer.parseInt(p.getProperty("maxNodes", String.valueOf(d.maxNodes()))));
  }
}
