package dev.ladder.bench;

import dev.ladder.model.Ladder;
import dev.ladder.model.read.LadderReader;
import dev.ladder.site.Site;
import dev.ladder.site.SiteOptions;
import dev.ladder.site.SiteResult;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the site of a generated ladder: every page of FORMAT.md section 6, written to disk,
 * from a ladder already read and validated (what a front end holds when it calls {@link
 * Site#render}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SiteBenchmarks -p size=100,1000
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SiteBenchmarks {
  /** The ladder read and validated. */
  @State(Scope.Benchmark)
  public static class Prepared {
    Ladder ladder;
    ValidationResult findings;

    @Setup
    public void prepare(LadderState state) {
      ladder = LadderReader.standard().read(state.root).ladder();
      findings = Validator.builder().build().validate(state.root);
      if (!findings.diagnostics().isEmpty()) {
        throw new IllegalStateException("the generated ladder has findings: " + findings);
      }
    }
  }

  /** An empty folder for each site: a first build, every file new. */
  @State(Scope.Thread)
  public static class Fresh {
    Path out;

    @Setup(Level.Invocation)
    public void create() throws IOException {
      out = Files.createTempDirectory("ladder-site-bench-");
    }

    // Outside the measurement: deleting thousands of files costs seconds on some file systems.
    @TearDown(Level.Invocation)
    public void delete() throws IOException {
      SiteBenchmarks.delete(out);
    }
  }

  /** The folder of an earlier render of the same ladder: a build that renders it again. */
  @State(Scope.Benchmark)
  public static class Again {
    Path out;

    @Setup
    public void render(Prepared prepared) throws IOException {
      out = Files.createTempDirectory("ladder-site-bench-");
      Site.render(prepared.ladder, prepared.findings, SiteOptions.defaults(), out);
    }

    @TearDown
    public void delete() throws IOException {
      SiteBenchmarks.delete(out);
    }
  }

  static void delete(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
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

  /** The whole site into an empty folder. */
  @Benchmark
  public SiteResult render(Prepared prepared, Fresh fresh) {
    return Site.render(prepared.ladder, prepared.findings, SiteOptions.defaults(), fresh.out);
  }

  /** The whole site again over an unchanged one: every page rendered, none rewritten. */
  @Benchmark
  public SiteResult rerender(Prepared prepared, Again again) {
    return Site.render(prepared.ladder, prepared.findings, SiteOptions.defaults(), again.out);
  }
}
