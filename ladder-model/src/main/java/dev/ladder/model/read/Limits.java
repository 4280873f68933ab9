package dev.ladder.model.read;

/**
 * Bounds on what the reader accepts, far above any real ladder; a file beyond one gets a located
 * {@code parse} problem and the other files are still read.
 *
 * @param maxFileBytes bytes in one file
 * @param maxFiles level files under {@code levels/}
 * @param maxDepth nesting depth of objects and arrays in one file
 * @param maxStringLength characters in one string (key or value)
 * @param maxNodes values (scalars, objects, arrays) in one file
 */
public record Limits(
    long maxFileBytes, int maxFiles, int maxDepth, int maxStringLength, int maxNodes) {
  /** The documented defaults: 1 MiB, 10,000 files, depth 32, 10,000 characters, 100,000 nodes. */
  public static final Limits DEFAULT = new Limits(1L << 20, 10_000, 32, 10_000, 100_000);
}
