package dev.ladder.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Ladder;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.Problem;
import dev.ladder.model.read.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/** Writes a ladder, reads it back and holds the result to the same content and the same bytes. */
final class RoundTrip {
  private RoundTrip() {}

  /**
   * The ladder written under {@code dir} and read back; asserts that no file failed to parse, that
   * the content is the same and that writing the result again gives the same bytes.
   */
  static ReadResult check(Ladder ladder, Path dir) {
    SortedMap<String, String> files = LadderWriter.standard().files(ladder);
    try {
      Files.createDirectories(dir);
      LadderWriter.standard().write(ladder, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReadResult back = LadderReader.standard().read(dir);
    List<Problem> parse =
        back.problems().stream().filter(p -> p.rule().equals(Problem.PARSE)).toList();
    assertThat(parse).as("parse problems of the written files %s", files).isEmpty();
    assertThat(LadderComparison.differences(ladder, back.ladder()))
        .as("differences after a round trip of %s", files)
        .isEmpty();
    assertThat(LadderWriter.standard().files(back.ladder()))
        .as("the files of the ladder read back")
        .isEqualTo(files);
    return back;
  }
}
