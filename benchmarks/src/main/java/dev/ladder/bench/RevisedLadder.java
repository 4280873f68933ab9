package dev.ladder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pull request's head for a generated base ladder: the same files, with one level file in every
 * {@value #EVERY} (5%) edited the way a review round edits a ladder: the first expectation of each
 * dimension reworded under its id. The ladder stays consistent under every rule, so the head
 * validates as the base does.
 *
 * <pre>{@code
 * SortedMap<String, String> base = LadderGenerator.of(1_000).files();
 * RevisedLadder.write(RevisedLadder.of(base), Path.of("target/head/ladder"));
 * }</pre>
 */
public final class RevisedLadder {
  /** One level file in this many is edited. */
  public static final int EVERY = 20;

  private static final String TEXT = "\n      text: ";

  private RevisedLadder() {}

  /**
   * The head of {@code base}: every {@value #EVERY}th level file (in path order) that writes its
   * expectations as objects has the text of each dimension's first expectation reworded.
   */
  public static SortedMap<String, String> of(SortedMap<String, String> base) {
    SortedMap<String, String> head = new TreeMap<>(base);
    int level = 0;
    for (Map.Entry<String, String> file : base.entrySet()) {
      if (file.getKey().startsWith("levels/") && level++ % EVERY == EVERY - 1) {
        head.put(file.getKey(), reword(file.getValue()));
      }
    }
    return head;
  }

  /** How many level files {@link #of} edits in {@code base}. */
  public static int edited(SortedMap<String, String> base) {
    SortedMap<String, String> head = of(base);
    return (int) base.keySet().stream().filter(k -> !base.get(k).equals(head.get(k))).count();
  }

  /**
   * Writes the files under {@code root}, creating folders as needed, and returns {@code root}.
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public static Path write(SortedMap<String, String> files, Path root) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code text:} after each dimension's key, with words added at its end. */
  private static String reword(String level) {
    StringBuilder out = new StringBuilder(level.length() + 200);
    int from = 0;
    for (String dimension : DIMENSION_KEYS) {
      int key = level.indexOf(dimension, from);
      int text = key < 0 ? -1 : level.indexOf(TEXT, key);
      if (text < 0) {
        continue;
      }
      int end = level.indexOf('\n', text + TEXT.length());
      out.append(level, from, end).append(", reviewed each quarter");
      from = end;
    }
    return out.append(level, from, level.length()).toString();
  }

  private static final String[] DIMENSION_KEYS = {
    "\n  scope-of-knowledge:\n",
    "\n  responsibilities:\n",
    "\n  technical-leadership:\n",
    "\n  people-leadership:\n",
    "\n  delivery:\n"
  };
}
