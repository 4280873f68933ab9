package dev.ladder.model;

import java.util.Set;

/**
 * What the reader could not read, so that checks do not report what only follows from it: a
 * reference to a level whose file failed is not dangling.
 *
 * @param headerRead ladder.yaml was read (its tracks, dimensions, scales and catalogue are known)
 * @param unreadLevels ids of levels whose files were found but not read into the model
 * @param unidentifiedLevelFiles some level file failed before its id could be known
 */
public record Completeness(
    boolean headerRead, Set<LevelId> unreadLevels, boolean unidentifiedLevelFiles) {
  public static final Completeness COMPLETE = new Completeness(true, Set.of(), false);

  public Completeness {
    unreadLevels = Set.copyOf(unreadLevels);
  }

  /** Whether a level with this id may exist in a file that failed to read. */
  public boolean mayHaveLevel(LevelId id) {
    return unidentifiedLevelFiles || unreadLevels.contains(id);
  }

  /** Whether every level file was read, so that every level and expectation id is known. */
  public boolean allLevelsRead() {
    return unreadLevels.isEmpty() && !unidentifiedLevelFiles;
  }

  public boolean isComplete() {
    return headerRead && unreadLevels.isEmpty() && !unidentifiedLevelFiles;
  }
}
