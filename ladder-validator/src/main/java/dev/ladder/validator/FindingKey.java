package dev.ladder.validator;

import java.util.List;
import java.util.Objects;

/**
 * What a finding is about, apart from its rule: the file it is in and the ids of its {@link
 * Finding#key}. Two findings are the same finding at base and head when rule id and key are equal
 * (FORMAT.md section 5); line numbers and wording play no part.
 *
 * <p>The file of a level file is its level: {@code level:vp-engineering}, so that a level file that
 * is renamed or moved with the same id keeps its findings. Every other file is named by its path
 * from the ladder root: {@code ladder.yaml}, or a level file that does not parse.
 *
 * <pre>{@code
 * FindingKey key = diagnostic.key(); // level:vp-engineering [vp-engineering, director-engineering, ...]
 * }</pre>
 *
 * @param file {@code level:<id>} for a file that holds a level, else the path from the ladder root
 * @param ids the ids the finding is about; empty for a diagnostic built by hand without a key,
 *     which is then known by its message
 */
public record FindingKey(String file, List<String> ids) {
  /** The prefix of a level's file in a key. */
  public static final String LEVEL = "level:";

  public FindingKey {
    Objects.requireNonNull(file, "file");
    ids = List.copyOf(ids);
  }

  /** The key of a diagnostic built by hand: its file alone. */
  public static FindingKey of(String file) {
    return new FindingKey(file, List.of());
  }

  @Override
  public String toString() {
    return file + " " + ids;
  }
}
