package dev.ladder.bench;

import dev.ladder.model.Ladder;
import dev.ladder.model.LadderChanges;
import dev.ladder.model.read.LadderReader;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The changes between a generated base ladder and its {@link RevisedLadder} head (5% of the level
 * files reworded), beside one validation of the head.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ChangesBenchmarks -p size=100,1000
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChangesBenchmarks {
  private static final Validator VALIDATOR = Validator.builder().build();

  /** A base and a head on disk, and both read. */
  @State(Scope.Benchmark)
  public static class Revision {
    @Param({"100", "1000"})
    public int size;

    /** {@code deep}: {@code LadderGenerator.of(size)}, 4 tracks; {@code wide}: tracks of 10. */
    @Param({"deep"})
    public String shape;

    Path dir;
    Path baseRoot;
    Path headRoot;
    Ladder base;
    Ladder head;

    @Setup
    public void generate() throws IOException {
      dir = Files.createTempDirectory("ladder-changes-");
      SortedMap<String, String> files = LadderGenerator.shaped(shape, size).files();
      baseRoot = RevisedLadder.write(files, dir.resolve("base/ladder"));
      headRoot = RevisedLadder.write(RevisedLadder.of(files), dir.resolve("head/ladder"));
      base = LadderReader.standard().read(baseRoot).ladder();
      head = LadderReader.standard().read(headRoot).ladder();
    }

    @TearDown
    public void delete() throws IOException {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder())
            .forEach(
                p -> {
                  try {
                    Files.delete(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
  }

  /** {@link LadderChanges#between} of two ladders already read. */
  @Benchmark
  public LadderChanges changes(Revision revision) {
    return LadderChanges.between(revision.base, revision.head);
  }

  /** Reading base and head, then comparing them. */
  @Benchmark
  public LadderChanges readBothAndChanges(Revision revision) {
    LadderReader reader = LadderReader.standard();
    return LadderChanges.between(
        reader.read(revision.baseRoot).ladder(), reader.read(revision.headRoot).ladder());
  }

  /** What the ratio is taken against: one validation of the head. */
  @Benchmark
  public ValidationResult validateHead(Revision revision) {
    return VALIDATOR.validate(revision.headRoot);
  }
}
