package dev.ladder.validator.run;

import dev.ladder.git.GitLadder;
import dev.ladder.git.GitLadderException;
import dev.ladder.model.read.LadderSnapshot;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.Validator;
import java.nio.file.Path;

/**
 * The only class of the run layer that names JGit's module: {@code ladder-git} is an optional
 * dependency of the validator, so the rest of the run layer loads without it.
 */
final class GitBase {
  private GitBase() {}

  /** The files of the ladder at {@code revision} of the repository that holds {@code root}. */
  static LadderSnapshot snapshot(Validator reading, Path root, String revision) {
    try (GitLadder source = GitLadder.at(root, revision)) {
      return reading.snapshot(source);
    } catch (GitLadderException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }
}
