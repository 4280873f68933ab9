package dev.ladder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Ladder;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import dev.ladder.model.write.LadderComparison;
import dev.ladder.model.write.LadderWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's contract over synthetic ladders of every shape: read a generated ladder, write it,
 * read that back, and find the same content, no problem, the same file names, and the same bytes
 * when written again.
 */
class GeneratedLadderRoundTripTest {

  static Stream<Arguments> ladders() {
    return Stream.of(
        Arguments.of("deep, 1 level", LadderGenerator.of(1)),
        Arguments.of("deep, 12 levels", LadderGenerator.of(12, 4, 1)),
        Arguments.of("deep, 60 levels, seed 2", LadderGenerator.of(60, 4, 2)),
        Arguments.of("deep, 200 levels, seed 3", LadderGenerator.of(200, 4, 3)),
        Arguments.of("wide, 100 levels", LadderGenerator.wide(100)),
        Arguments.of("wide, 250 levels", LadderGenerator.wide(250)),
        Arguments.of("one track of 30", LadderGenerator.of(30, 1, 4)),
        Arguments.of("7 tracks of 5", LadderGenerator.of(35, 7, 5)),
        Arguments.of("12 tracks, seed 6", LadderGenerator.of(48, 12, 6)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ladders")
  void a_generated_ladder_reads_back_from_what_the_writer_writes(
      String shape, LadderGenerator generator, @TempDir Path dir) throws IOException {
    ReadResult generated = LadderReader.standard().read(generator.write(dir.resolve("generated")));
    assertThat(generated.problems()).isEmpty();
    Ladder ladder = generated.ladder();

    SortedMap<String, String> files = LadderWriter.standard().files(ladder);
    LadderWriter.standard().write(ladder, dir.resolve("written"));
    ReadResult back = LadderReader.standard().read(dir.resolve("written"));

    assertThat(back.problems()).isEmpty();
    assertThat(LadderComparison.differences(ladder, back.ladder())).isEmpty();
    assertThat(back.files()).containsExactlyElementsOf(generated.files());
    assertThat(LadderWriter.standard().files(back.ladder())).isEqualTo(files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ladders")
  void the_writer_writes_what_the_generator_means_in_the_same_layout(
      String shape, LadderGenerator generator, @TempDir Path dir) {
    Ladder ladder = LadderReader.standard().read(generator.write(dir)).ladder();

    SortedMap<String, String> written = LadderWriter.standard().files(ladder);

    // The generator writes the same keys in the same order; only its "status: active" is default.
    generator
        .files()
        .forEach(
            (path, text) ->
                assertThat(written.get(path))
                    .as(path)
                    .isEqualTo(text.replace("status: active\n", "")));
  }
}
