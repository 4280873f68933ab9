package dev.ladder.model.read;

import dev.ladder.model.Position;
import dev.ladder.model.read.LadderSource.Entry;
import dev.ladder.model.read.LadderSource.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of one ladder root as the reader takes them in: which files count, and the bytes of
 * each (or why it could not be loaded), loaded once. A front end that skips work for an unchanged
 * ladder fingerprints the snapshot ({@link #digest()}) and then reads the same bytes, so the files
 * are listed and loaded once per run.
 *
 * <p>A snapshot keeps the bytes it loaded up to {@link #KEPT_BYTES} in all, far above a real ladder
 * (a 200-level ladder is about 2 MB); beyond that it keeps each further file's SHA-256 only, and
 * the reader loads that file again from the source, so that a synthetic ladder of thousands of
 * levels does not hold all its bytes and its model at once.
 *
 * <pre>{@code
 * LadderReader reader = LadderReader.standard();
 * LadderSnapshot snapshot = reader.snapshot(LadderSource.folder(Path.of("ladder")));
 * if (!snapshot.digest().equals(lastDigest)) {
 *   ReadResult result = reader.read(snapshot);
 * }
 * }</pre>
 *
 * <p>Immutable. Holds at most {@link Limits#maxFileBytes()} bytes per file.
 */
public final class LadderSnapshot {
  /** The most bytes of loaded files a snapshot keeps for the reader: 4 MiB. */
  public static final long KEPT_BYTES = 4L << 20;

  /**
   * One file to read: its bytes (null when the snapshot did not keep them), their SHA-256, or the
   * failure that kept them from being loaded.
   */
  record Item(String name, byte[] bytes, byte[] sha256, ParseFailure failure) {}

  private final LadderSource source;
  private final Limits limits;
  private final String description;
  private final Optional<Item> header;
  private final List<Item> levels;
  private final List<Problem> problems;
  private final List<String> files;
  private final boolean levelsIncomplete;
  private volatile String digest;

  private LadderSnapshot(
      LadderSource source,
      Limits limits,
      String description,
      Optional<Item> header,
      List<Item> levels,
      List<Problem> problems,
      List<String> files,
      boolean levelsIncomplete) {
    this.source = source;
    this.limits = limits;
    this.description = description;
    this.header = header;
    this.levels = List.copyOf(levels);
    this.problems = List.copyOf(problems);
    this.files = List.copyOf(files);
    this.levelsIncomplete = levelsIncomplete;
  }

  static LadderSnapshot take(LadderSource source, Limits limits) throws IOException {
    LadderFiles.Found found = LadderFiles.select(source.entries(), limits);
    long[] budget = {KEPT_BYTES};
    Optional<Item> header = found.header().map(e -> load(source, e, limits, budget));
    List<Item> levels = new ArrayList<>(found.levels().size());
    for (Entry entry : found.levels()) {
      levels.add(load(source, entry, limits, budget));
    }
    return new LadderSnapshot(
        source,
        limits,
        source.description(),
        header,
        levels,
        found.problems(),
        found.files(),
        found.levelsIncomplete());
  }

  /** The source the files came from, as messages name it. */
  public String description() {
    return description;
  }

  /**
   * Every file considered, relative to the root, {@code /} separated, sorted: ladder.yaml and every
   * level file found, read or not.
   */
  public List<String> files() {
    return files;
  }

  /**
   * A SHA-256 of what the reader takes in: every file's name and bytes, and every file that could
   * not be loaded, in path order. Two snapshots with the same digest read to the same result.
   */
  public String digest() {
    String known = digest;
    if (known == null) {
      MessageDigest all = sha256();
      for (Problem p : problems) {
        all.update(("problem\n" + p.location() + "\n" + p.message() + "\n").getBytes(UTF_8));
      }
      header.ifPresent(item -> update(all, item));
      levels.forEach(item -> update(all, item));
      known = HexFormat.of().formatHex(all.digest());
      digest = known;
    }
    return known;
  }

  Optional<Item> header() {
    return header;
  }

  List<Item> levels() {
    return levels;
  }

  List<Problem> problems() {
    return problems;
  }

  boolean levelsIncomplete() {
    return levelsIncomplete;
  }

  /**
   * The bytes of a loaded file: those kept, or loaded again from the source for a file beyond
   * {@link #KEPT_BYTES}.
   */
  byte[] bytes(Item item) throws ParseFailure {
    if (item.bytes() != null) {
      return item.bytes();
    }
    return bytes(source, Entry.file(item.name(), Entry.UNKNOWN_SIZE), limits);
  }

  private static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;

  private static void update(MessageDigest all, Item item) {
    if (item.failure() == null) {
      all.update(("file\n" + item.name() + "\n").getBytes(UTF_8));
      all.update(item.sha256());
    } else {
      all.update(("unloaded\n" + item.name() + "\n" + item.failure().getMessage()).getBytes(UTF_8));
    }
  }

  /**
   * The bytes of one entry within the limit and their SHA-256 (the bytes kept while {@code budget}
   * lasts), or the located reason they cannot be had.
   */
  private static Item load(LadderSource source, Entry entry, Limits limits, long[] budget) {
    try {
      byte[] bytes = bytes(source, entry, limits);
      byte[] sha = sha256().digest(bytes);
      boolean keep = bytes.length <= budget[0];
      if (keep) {
        budget[0] -= bytes.length;
      }
      return new Item(entry.name(), keep ? bytes : null, sha, null);
    } catch (ParseFailure failure) {
      return new Item(entry.name(), null, null, failure);
    }
  }

  private static byte[] bytes(LadderSource source, Entry entry, Limits limits) throws ParseFailure {
    if (entry.kind() == Kind.FOLDER) {
      throw new ParseFailure("a folder named like a ladder file; not read", Position.START);
    }
    if (entry.kind() == Kind.UNREADABLE) {
      throw new ParseFailure("the file could not be read (an I/O error)", Position.START);
    }
    if (entry.kind() != Kind.FILE) {
      throw new ParseFailure("not a regular file; not read", Position.START);
    }
    if (entry.size() > limits.maxFileBytes()) {
      throw tooLarge(entry.size(), limits);
    }
    byte[] bytes;
    // At most one byte past the limit: a size the source did not know, or a file that grew.
    try (InputStream in = Objects.requireNonNull(source.open(entry.name()), "stream")) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      throw new ParseFailure(unreadable(e), Position.START);
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw tooLarge(bytes.length, limits);
    }
    return bytes;
  }

  private static ParseFailure tooLarge(long size, Limits limits) {
    return new ParseFailure(
        "the file is "
            + size
            + " bytes, more than the limit of "
            + limits.maxFileBytes()
            + " bytes; not read",
        Position.START);
  }

  private static String unreadable(IOException e) {
    // I/O messages carry absolute paths of the machine; name only the kind of failure.
    String why =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof NoSuchFileException ? "it is gone" : "an I/O error";
    return "the file could not be read (" + why + ")";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
