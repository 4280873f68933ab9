package dev.ladder.validator;

import dev.ladder.model.LadderChanges;
import dev.ladder.model.LevelChanges;
import java.util.Objects;

/**
 * What a revision of a ladder changes (FORMAT.md section 5): the level changes for the people at
 * each level, and the findings it adds, fixes and leaves unchanged. The changes report ({@code
 * ladder-diff.json}, {@code ladder-diff.md}, the console) renders it.
 *
 * <pre>{@code
 * LadderDiff diff = LadderDiff.of("origin/main", LadderDiff.WORKING_TREE,
 *     LadderChanges.between(base.ladder(), head.ladder()), baseResult, headResult);
 * System.out.println(diff.findings().added().size() + " new findings");
 * }</pre>
 *
 * @param ladderId the head's ladder id
 * @param base how the base is named: the revision or folder as given
 * @param head how the head is named: {@value #WORKING_TREE}
 * @param levels the level changes
 * @param findings the findings compared
 * @param result the head's validation, for the rules it ran (reports link their docs)
 */
public record LadderDiff(
    String ladderId,
    String base,
    String head,
    LadderChanges levels,
    FindingChanges findings,
    ValidationResult result) {
  /** How the head is named: the files as they are on disk. */
  public static final String WORKING_TREE = "working tree";

  public LadderDiff {
    Objects.requireNonNull(ladderId, "ladderId");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(result, "result");
  }

  /** The diff of a base and a head validation, with the level changes between their ladders. */
  public static LadderDiff of(
      String base,
      String head,
      LadderChanges levels,
      ValidationResult baseResult,
      ValidationResult headResult) {
    return new LadderDiff(
        headResult.ladderId(),
        base,
        head,
        levels,
        FindingChanges.between(baseResult.diagnostics(), headResult.diagnostics()),
        headResult);
  }

  /** How many levels the revision adds. */
  public int levelsAdded() {
    return levels.count(LevelChanges.Change.ADDED);
  }

  /** How many levels the revision removes. */
  public int levelsRemoved() {
    return levels.count(LevelChanges.Change.REMOVED);
  }

  /** How many levels the revision changes, own or inherited. */
  public int levelsChanged() {
    return levels.count(LevelChanges.Change.CHANGED);
  }
}
