package dev.ladder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A generated ladder on disk, one per size, shared by every benchmark of a trial. */
@State(Scope.Benchmark)
public class LadderState {
  @Param({"10", "100", "1000", "10000"})
  public int size;

  /**
   * {@code wide}: tracks of 10 levels, as real ladders are; {@code deep}: 4 tracks, so a track of a
   * 10,000-level ladder is 2,500 levels long, each extending and refining the one below.
   */
  @Param({"wide"})
  public String shape;

  /** The ladder root. */
  public Path root;

  /** ladder.yaml and every level file, sorted. */
  public List<Path> files;

  @Setup
  public void generate() throws IOException {
    root = Files.createTempDirectory("ladder-bench-").resolve("ladder");
    LadderGenerator.shaped(shape, size).write(root);
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @TearDown
  public void delete() throws IOException {
    try (Stream<Path> walk = Files.walk(root.getParent())) {
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
