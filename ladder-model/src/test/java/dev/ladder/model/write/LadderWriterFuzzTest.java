package dev.ladder.model.write;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ladder.model.read.LadderReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer against anything: any string in every place a ladder file holds a string, and any
 * level file the reader makes something of, written, read back to the same content and written
 * again to the same bytes ({@link RoundTrip}). Runs on the committed seed corpus in every build;
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/security.md).
 */
class LadderWriterFuzzTest {
  private static final byte[] HEADER =
      ("ladderFormat: 1\nid: t\nname: T\ntracks:\n  - id: ic\n    name: IC\n"
              + "dimensions:\n  - id: d\n    name: D\n")
          .getBytes(StandardCharsets.UTF_8);

  @TempDir static Path temp;

  @FuzzTest
  void any_string_in_every_place(FuzzedDataProvider data) throws IOException {
    String s = data.consumeRemainingAsString();
    try {
      RoundTrip.check(Probe.everywhere(s, s.equals("<<") ? "merge" : s), fresh("written"));
    } finally {
      clean();
    }
  }

  @FuzzTest
  void whatever_the_reader_makes_of_a_level_file_reads_back_the_same(byte[] data)
      throws IOException {
    try {
      Path root = fresh("read");
      Files.createDirectories(root.resolve("levels"));
      Files.write(root.resolve("ladder.yaml"), HEADER);
      Files.write(root.resolve("levels/fuzz.yaml"), data);
      RoundTrip.check(LadderReader.standard().read(root).ladder(), fresh("written"));
    } finally {
      clean();
    }
  }

  private static Path fresh(String name) {
    return temp.resolve(name);
  }

  /** Every run starts from an empty folder: the writer refuses to leave level files behind. */
  private static void clean() throws IOException {
    try (Stream<Path> walk = Files.walk(temp)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(temp)) {
          Files.delete(p);
        }
      }
    }
  }
}
