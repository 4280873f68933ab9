package dev.ladder.model.read;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What reading each level file gave, kept so that a later read of a file with the same name and the
 * same bytes reuses it instead of parsing it again. Two revisions of a ladder share most of their
 * files byte for byte (a pull request edits a few): a diff reads the head with a memo, then the
 * base with the same memo, and parses only the files the change touched.
 *
 * <p>What a file gave is reused only by a reader with the same {@link Limits}. A memo holds every
 * level file it has seen until it is dropped: use one for the reads that belong together, not for
 * the life of an application. Safe to share between threads.
 *
 * <pre>{@code
 * ReadMemo memo = ReadMemo.create();
 * ReadResult head = reader.read(reader.snapshot(LadderSource.folder(headRoot)), memo);
 * ReadResult base = reader.read(reader.snapshot(LadderSource.folder(baseRoot)), memo);
 * }</pre>
 */
public final class ReadMemo {
  private final ConcurrentMap<String, Entry> byName = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  private ReadMemo() {}

  /** An empty memo. */
  public static ReadMemo create() {
    return new ReadMemo();
  }

  /** How many files were reused rather than parsed. */
  public int reused() {
    return reused.get();
  }

  /** The outcome of {@code name} read before with the bytes whose SHA-256 is {@code sha256}. */
  Optional<LadderReader.LevelOutcome> get(String name, byte[] sha256, Limits limits) {
    Entry entry = byName.get(name);
    if (entry == null || !Arrays.equals(entry.sha256, sha256) || !entry.limits.equals(limits)) {
      return Optional.empty();
    }
    reused.incrementAndGet();
    return Optional.of(entry.outcome);
  }

  /**
   * Keeps the outcome of {@code name} read with the bytes of that hash, replacing an earlier one.
   */
  void put(String name, byte[] sha256, Limits limits, LadderReader.LevelOutcome outcome) {
    byName.put(name, new Entry(sha256, limits, outcome));
  }

  private record Entry(byte[] sha256, Limits limits, LadderReader.LevelOutcome outcome) {}
}
