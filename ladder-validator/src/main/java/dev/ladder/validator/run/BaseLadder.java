package dev.ladder.validator.run;

import dev.ladder.model.read.LadderSnapshot;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.ReadMemo;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.ConfiguredRule;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
   * Starts reading the base on a thread of its own, so that it is read while the head is checked.
   * The reader is the one every run uses, with its limits and no-escape rules; {@code memo} holds
   * what the head's files gave, so only the files the change touched are parsed again.
   *
   * @param ladderRoot the head's ladder root, whose repository holds a revision
   * @param displayPrefix the head's prefix of paths ({@code ladder/})
   */
  static CompletableFuture<ReadResult> startReading(
      Base base, Path ladderRoot, String displayPrefix, Validator reading, ReadMemo memo) {
    return CompletableFuture.supplyAsync(
        () -> read(base, ladderRoot, displayPrefix, reading, memo),
        task -> {
          Thread thread = new Thread(task, "ladder-base-reader");
          thread.setDaemon(true);
          thread.start();
        });
  }

  /**
   * The base as read, and checked with the head's rule settings.
   *
   * @throws ConfigurationException when the base cannot be read: no such revision (the sentence
   *     names the fix), no repository, no such folder
   */
  static Checked check(
      CompletableFuture<ReadResult> reading,
      String displayPrefix,
      Map<String, String> callerRules,
      ValidationResult head,
      Validator.Builder builder) {
    ReadResult read;
    try {
      read = reading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    Map<String, String> rules = new TreeMap<>(callerRules);
    for (ConfiguredRule rule : head.rules()) {
      if (!rule.rule().fixed()) {
        rules.put(rule.id(), rule.setting().label());
      }
    }
    Validator validator = builder.severities(rules).build();
    return new Checked(read, validator.check(read, displayPrefix));
  }

  private static ReadResult read(
      Base base, Path ladderRoot, String displayPrefix, Validator reading, ReadMemo memo) {
    LadderSnapshot snapshot;
    if (base.kind() == Base.Kind.REVISION) {
      try {
        snapshot = GitBase.snapshot(reading, ladderRoot, base.value());
      } catch (NoClassDefFoundError e) {
        // ladder-git is an optional dependency: an application that embeds the validator
        // without it has no JGit, and can still give a base folder.
        throw new ConfigurationException(
            "reading the base at a git revision needs the module dev.ladder:ladder-git on the"
                + " class path; add it, or give the base as a folder");
      }
    } else {
      snapshot = reading.snapshot(folder(base.path(), displayPrefix));
    }
    return reading.reader().read(snapshot, memo);
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
