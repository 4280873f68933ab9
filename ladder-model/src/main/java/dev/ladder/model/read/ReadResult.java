package dev.ladder.model.read;

import dev.ladder.model.Ladder;
import java.util.List;

/**
 * What reading a ladder root gave: the ladder built from every file that could be read, the located
 * problems of the rest, and every file that was considered.
 *
 * @param files paths relative to the ladder root, {@code /} separated, sorted: ladder.yaml and
 *     every level file found, read or not
 */
public record ReadResult(Ladder ladder, List<Problem> problems, List<String> files) {
  public ReadResult {
    problems = List.copyOf(problems);
    files = List.copyOf(files);
  }
}
