package dev.ladder.bench;

import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of the two stages of validating a generated ladder (reading it, running the rules), the
 * whole, and the floor under all of them: parsing the same files into Jackson trees and nothing
 * else.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmarks -p size=1000
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmarks {
  private static final Validator VALIDATOR = Validator.builder().build();

  /** What the rule stage starts from: the ladder read. */
  @State(Scope.Benchmark)
  public static class Prepared {
    ReadResult read;

    @Setup
    public void prepare(LadderState ladder) {
      read = LadderReader.standard().read(ladder.root);
      if (!read.problems().isEmpty()) {
        throw new IllegalStateException("the generated ladder has problems: " + read.problems());
      }
    }
  }

  /** No validator reads the files faster than this: one plain Jackson tree per file. */
  @Benchmark
  public void floor(LadderState ladder, Blackhole sink) throws IOException {
    Floor.parse(ladder.files, sink::consume);
  }

  /**
   * Files to model: the strict parse (limits, refused YAML features, a source map), the schema
   * check and the mapping into a {@link dev.ladder.model.Ladder}.
   */
  @Benchmark
  public ReadResult read(LadderState ladder) {
    return LadderReader.standard().read(ladder.root);
  }

  /** Every rule over a ladder already read. */
  @Benchmark
  public ValidationResult rules(Prepared prepared) {
    return VALIDATOR.check(prepared.read, "ladder/");
  }

  /** What the Maven plugin does: read, check every file against its schema, run every rule. */
  @Benchmark
  public ValidationResult endToEnd(LadderState ladder) {
    return VALIDATOR.validate(ladder.root);
  }
}
