package dev.ladder.validator.run;

import dev.ladder.git.GitLadder;
import dev.ladder.git.GitLadderException;
import dev.ladder.model.read.LadderSnapshot;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.ConfiguredRule;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and checks the base of a diff or a ratchet. The reader applies its limits and its no-escape
 * rules to a base as to any source; a base that does not parse still gives what could be read. The
 * base is checked with the head's rule settings, so that a rule the pull request turns on finds the
 * base's old findings unchanged rather than new, and its paths are shown with the head's prefix, so
 * that findings of both compare.
 */
final class BaseLadder {
  private BaseLadder() {}

  /** The base read, and its validation. */
  record Checked(ReadResult read, ValidationResult result) {}

  /**
   * @param ladderRoot the head's ladder root, whose repository holds a revision
   * @param displayPrefix the head's prefix of paths ({@code ladder/})
   * @throws ConfigurationException when the base cannot be read: no such revision (the sentence
   *     names the fix), no repository, no such folder
   */
  static Checked check(
      Base base,
      Path ladderRoot,
      String displayPrefix,
      Map<String, String> callerRules,
      ValidationResult head,
      Validator.Builder builder) {
    Map<String, String> rules = new TreeMap<>(callerRules);
    for (ConfiguredRule rule : head.rules()) {
      if (!rule.rule().fixed()) {
        rules.put(rule.id(), rule.setting().label());
      }
    }
    Validator validator = builder.severities(rules).build();
    LadderSnapshot snapshot;
    if (base.kind() == Base.Kind.REVISION) {
      try (GitLadder source = GitLadder.at(ladderRoot, base.value())) {
        snapshot = validator.snapshot(source);
      } catch (GitLadderException e) {
        throw new ConfigurationException(e.getMessage());
      }
    } else {
      snapshot = validator.snapshot(folder(base.path(), displayPrefix));
    }
    ReadResult read = validator.reader().read(snapshot);
    return new Checked(read, validator.check(read, displayPrefix));
  }

  /**
   * The ladder root in a base folder: the folder itself when it holds {@code ladder.yaml}, else the
   * folder at the head's place in it ({@code ladder/} of a checkout of the base), else the folder
   * (and the reader reports ladder.yaml missing).
   */
  private static LadderSource folder(Path folder, String displayPrefix) {
    if (!Files.isDirectory(folder)) {
      throw new ConfigurationException(
          "the base folder " + folder + " does not exist or is not a folder");
    }
    Path root = folder;
    if (!Files.exists(folder.resolve("ladder.yaml"))
        && !displayPrefix.isEmpty()
        && Files.isDirectory(folder.resolve(displayPrefix))) {
      root = folder.resolve(displayPrefix);
    }
    return LadderSource.folder(root.toAbsolutePath().normalize());
  }
}
