package dev.ladder.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ladder in the repository that reads without problems (the example ladder, and the fixtures
 * of the reader and of the rules, many of them breaking a rule on purpose) reads back from what the
 * writer writes to the same content, and writes again to the same bytes.
 */
class RoundTripOfFilesTest {
  private static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");
  private static final List<Path> FIXTURES =
      List.of(Path.of("src/test/resources"), Path.of("../ladder-validator/src/test/resources"));

  static Stream<Path> cleanLadders() throws IOException {
    Stream.Builder<Path> roots = Stream.builder();
    roots.add(EXAMPLE);
    for (Path fixtures : FIXTURES) {
      try (Stream<Path> walk = Files.walk(fixtures)) {
        walk.filter(p -> p.getFileName().toString().equals("ladder.yaml"))
            .map(Path::getParent)
            .filter(root -> LadderReader.standard().read(root).problems().isEmpty())
            .sorted()
            .forEach(roots::add);
      }
    }
    return roots.build();
  }

  @ParameterizedTest
  @MethodSource("cleanLadders")
  void a_ladder_of_the_repository_reads_back_the_same(Path root, @TempDir Path dir) {
    ReadResult read = LadderReader.standard().read(root);

    ReadResult back = RoundTrip.check(read.ladder(), dir.resolve("ladder"));

    assertThat(back.problems()).isEmpty();
  }

  @Test
  void the_fixtures_hold_many_clean_ladders() throws IOException {
    assertThat(cleanLadders().count()).isGreaterThan(40);
  }

  @Test
  void the_example_ladder_keeps_its_file_names() {
    ReadResult read = LadderReader.standard().read(EXAMPLE);

    assertThat(LadderWriter.standard().files(read.ladder()).keySet())
        .containsExactlyElementsOf(read.files());
  }
}
