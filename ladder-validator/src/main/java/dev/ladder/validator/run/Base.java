package dev.ladder.validator.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The base a diff or a ratchet compares the ladder with (FORMAT.md section 5): a git revision read
 * from the repository that holds the ladder root, or a folder holding the base's ladder.
 *
 * <pre>{@code
 * Base.revision("origin/main");
 * Base.folder(Path.of("/tmp/base"));           // holds ladder/ (as the project does) or ladder.yaml
 * Base.parse("origin/main", Path.of("."));     // a ratchetFrom value: a revision, as no such folder exists
 * }</pre>
 *
 * @param kind a revision or a folder
 * @param value the revision, or the folder's path, as given: how reports name the base
 */
public record Base(Kind kind, String value) {
  /** What a base is. */
  public enum Kind {
    REVISION,
    FOLDER
  }

  public Base {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** A git revision: {@code origin/main}, a tag, a commit id. */
  public static Base revision(String revision) {
    return new Base(Kind.REVISION, Objects.requireNonNull(revision, "revision").strip());
  }

  /** A folder holding the base's ladder. */
  public static Base folder(Path folder) {
    return new Base(Kind.FOLDER, Objects.requireNonNull(folder, "folder").toString());
  }

  /**
   * A value that may be either, as {@code ratchetFrom} takes it: a folder when {@code value}, taken
   * relative to {@code relativeTo}, is an existing folder; otherwise a git revision. (Write a
   * folder as {@code ./main} when a branch of the same name would be meant otherwise.)
   */
  public static Base parse(String value, Path relativeTo) {
    String v = Objects.requireNonNull(value, "value").strip();
    Path path = relativeTo.resolve(v);
    return !v.isEmpty() && Files.isDirectory(path) ? folder(path) : revision(v);
  }

  /** The folder of a folder base. */
  public Path path() {
    return Path.of(value);
  }
}
