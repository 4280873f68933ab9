package dev.ladder.model.read;

import dev.ladder.model.Completeness;
import dev.ladder.model.Ladder;
import dev.ladder.model.LevelId;
import dev.ladder.model.Location;
import dev.ladder.model.SourceMap;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a ladder root, {@code ladder.yaml} and {@code levels/**}, into a {@link Ladder}. Strict and
 * safe on any bytes: a file that is malformed, not UTF-8, beyond a {@link Limits limit}, uses a
 * YAML feature that would be misread, or breaks its JSON Schema becomes a located {@link Problem},
 * and every other file is still read. Reading never throws for what a file holds, never opens
 * anything outside the root, and never touches the network.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <pre>{@code
 * ReadResult result = LadderReader.standard().read(Path.of("ladder"));
 * result.problems().forEach(p -> System.out.println(p.location() + ": " + p.message()));
 * Ladder ladder = result.ladder(); // every level that could be read
 * }</pre>
 */
public final class LadderReader {
  /** The one ladder file at the root. */
  public static final String HEADER = LadderFiles.HEADER;

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::location)
          .thenComparing(Problem::rule)
          .thenComparing(Problem::message);

  private final Limits limits;
  private final StrictParser parser;

  private LadderReader(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = new StrictParser(limits);
  }

  /** A reader with {@link Limits#DEFAULT}. */
  public static LadderReader standard() {
    return new LadderReader(Limits.DEFAULT);
  }

  public static LadderReader withLimits(Limits limits) {
    return new LadderReader(limits);
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Reads the ladder at {@code root}.
   *
   * @throws IllegalArgumentException if {@code root} is not a folder; everything about the files
   *     inside it is reported as problems instead
   */
  public ReadResult read(Path root) {
    if (root == null || !Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a ladder root folder: " + root);
    }
    return read(LadderSource.folder(root));
  }

  /**
   * Reads the ladder that {@code source} holds.
   *
   * @throws IllegalArgumentException if the source's root cannot be listed; everything about the
   *     files inside it is reported as problems instead
   */
  public ReadResult read(LadderSource source) {
    return read(snapshot(source));
  }

  /**
   * Lists and loads the files of {@code source} within this reader's limits, for {@link
   * #read(LadderSnapshot)}.
   *
   * @throws IllegalArgumentException if the source's root cannot be listed
   */
  public LadderSnapshot snapshot(LadderSource source) {
    try {
      return LadderSnapshot.take(source, limits);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the ladder root cannot be read: " + source.description(), e);
    }
  }

  /** Reads the files of a snapshot; the same snapshot always gives the same result. */
  public ReadResult read(LadderSnapshot snapshot) {
    return readWith(snapshot, null);
  }

  /**
   * Reads the files of a snapshot, reusing from {@code memo} each level file read before with the
   * same name and bytes, and keeping there what this read parses. The result is the one {@link
   * #read(LadderSnapshot)} gives.
   */
  public ReadResult read(LadderSnapshot snapshot, ReadMemo memo) {
    Objects.requireNonNull(memo, "memo");
    return readWith(snapshot, memo);
  }

  private ReadResult readWith(LadderSnapshot snapshot, ReadMemo memo) {
    List<Problem> problems = new ArrayList<>(snapshot.problems());
    Map<String, SourceMap> sources = new TreeMap<>();
    Ladder.Builder ladder = Ladder.builder();

    boolean headerRead =
        snapshot
            .header()
            .flatMap(h -> readFile(snapshot, h, FileKind.LADDER, problems, sources))
            .map(parsed -> HeaderMapper.map(parsed.tree(), SourceRef.root(HEADER), ladder))
            .orElse(false);

    Set<LevelId> unread = new TreeSet<>();
    boolean unidentified = snapshot.levelsIncomplete();
    // Files are independent until they meet in the Ladder: parse them in parallel, then fold the
    // outcomes in path order so the result does not depend on scheduling.
    LevelMapper mapper = new LevelMapper();
    List<LevelOutcome> outcomes =
        snapshot.levels().parallelStream()
            .map(item -> readLevel(snapshot, item, mapper, memo))
            .toList();
    for (LevelOutcome outcome : outcomes) {
      problems.addAll(outcome.problems());
      outcome.sources().ifPresent(map -> sources.put(outcome.file(), map));
      if (outcome.mapped().isEmpty()) {
        unidentified = true;
        continue;
      }
      LevelMapper.Mapped mapped = outcome.mapped().get();
      if (mapped.level().isPresent()) {
        ladder.level(mapped.level().get());
      } else if (mapped.id().isPresent()) {
        unread.add(LevelId.of(mapped.id().get()));
      } else {
        unidentified = true;
      }
    }

    ladder
        .sources(new Sources(sources))
        .completeness(new Completeness(headerRead, unread, unidentified));
    problems.sort(ORDER);
    return new ReadResult(ladder.build(), problems, snapshot.files());
  }

  /** What reading one level file gave. */
  record LevelOutcome(
      String file,
      Optional<LevelMapper.Mapped> mapped,
      List<Problem> problems,
      Optional<SourceMap> sources) {}

  private LevelOutcome readLevel(
      LadderSnapshot snapshot, LadderSnapshot.Item file, LevelMapper mapper, ReadMemo memo) {
    // A loaded file's SHA-256 names its bytes: the same name and hash were read before.
    byte[] sha256 = memo != null && file.failure() == null ? file.sha256() : null;
    if (sha256 != null) {
      Optional<LevelOutcome> known = memo.get(file.name(), sha256, limits);
      if (known.isPresent()) {
        return known.get();
      }
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceMap> sources = new TreeMap<>();
    Optional<LevelMapper.Mapped> mapped =
        readFile(snapshot, file, FileKind.LEVEL, problems, sources)
            .map(parsed -> mapper.map(parsed.tree(), file.name()));
    LevelOutcome outcome =
        new LevelOutcome(
            file.name(),
            mapped,
            List.copyOf(problems),
            Optional.ofNullable(sources.get(file.name())));
    if (sha256 != null) {
      memo.put(file.name(), sha256, limits, outcome);
    }
    return outcome;
  }

  /** One file through every stage; empty when it could not be parsed. */
  private Optional<Parsed> readFile(
      LadderSnapshot snapshot,
      LadderSnapshot.Item file,
      FileKind kind,
      List<Problem> problems,
      Map<String, SourceMap> sources) {
    try {
      if (file.failure() != null) {
        throw file.failure();
      }
      String text = FileLoader.decode(snapshot.bytes(file));
      Parsed parsed = parser.parse(text, StrictParser.isJson(file.name()));
      sources.put(file.name(), parsed.sources());
      problems.addAll(SchemaCheck.check(parsed, kind, file.name()));
      return Optional.of(parsed);
    } catch (ParseFailure e) {
      problems.add(
          new Problem(Problem.PARSE, e.getMessage(), Location.of(file.name(), e.position())));
      return Optional.empty();
    } catch (RuntimeException e) {
      // A defect of the reader, not of the file; still a located problem, never a stack trace.
      problems.add(new Problem(Problem.PARSE, INTERNAL, Location.startOf(file.name())));
      return Optional.empty();
    }
  }

  /** The message of a file the reader itself failed on; tests assert it never appears. */
  static final String INTERNAL = "the reader failed on this file; please report it with the file";
}
