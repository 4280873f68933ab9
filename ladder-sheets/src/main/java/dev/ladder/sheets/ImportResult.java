package dev.ladder.sheets;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.model.write.LadderWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import gives: the ladder read from the sheets (when they could be read), the {@code
 * refines} it guessed, and its findings: errors, warnings and the cells that need a decision.
 *
 * <pre>{@code
 * ImportResult result = Sheets.importLadder(Path.of("ladder.xlsx"), ImportOptions.defaults());
 * result.findings().forEach(System.err::println);
 * result.guesses().forEach(System.out::println);
 * if (!result.hasErrors()) {
 *   result.write(Path.of("ladder"));
 * }
 * }</pre>
 *
 * @param ladder empty when an error kept the sheets from being read as a ladder at all
 * @param guesses every {@code refines} the import wrote on its own, in sheet and cell order
 * @param findings every finding, in the order the sheets and cells were read
 */
public record ImportResult(
    Optional<Ladder> ladder, List<RefinesGuess> guesses, List<SheetFinding> findings) {
  public ImportResult {
    Objects.requireNonNull(ladder, "ladder");
    guesses = List.copyOf(guesses);
    findings = List.copyOf(findings);
  }

  /** Whether any finding is an error: what was read may be incomplete. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The cells where a level drops an expectation of the level before it: a person decides. */
  public List<SheetFinding> decisions() {
    return findings.stream().filter(f -> f.code().equals(SheetFinding.NEEDS_DECISION)).toList();
  }

  /**
   * Writes the ladder as a ladder root: {@code ladder.yaml} and one file per level, {@code
   * levels/<track>/<level>.yaml}, with {@link LadderWriter}.
   *
   * @return the paths written, relative to {@code root}
   * @throws IllegalStateException when there is no ladder (see {@link #findings()})
   * @throws IllegalArgumentException when {@code root} already holds level files of another ladder
   */
  public List<String> write(Path root) throws IOException {
    Ladder read =
        ladder.orElseThrow(
            () ->
                new IllegalStateException(
                    "no ladder to write: "
                        + findings.stream()
                            .filter(f -> f.severity() == Severity.ERROR)
                            .findFirst()
                            .map(SheetFinding::toString)
                            .orElse("nothing was read")));
    return LadderWriter.standard().write(read, root);
  }
}
