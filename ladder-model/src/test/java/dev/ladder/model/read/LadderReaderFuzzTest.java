package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes, as a level file or as ladder.yaml: reading never throws, every problem lies inside the
 * file, the reader never reports its own failure, and the same bytes give the same result twice.
 * Runs on the committed seed corpus in every build; {@code JAZZER_FUZZ=1} fuzzes (see
 * docs/security.md).
 */
class LadderReaderFuzzTest {
  private static final byte[] HEADER =
      ("ladderFormat: 1\nid: t\nname: T\ntracks:\n  - id: ic\n    name: IC\n"
              + "dimensions:\n  - id: d\n    name: D\n")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] LEVEL =
      "id: a\ntitle: A\ntrack: ic\nrank: 1\n".getBytes(StandardCharsets.UTF_8);
  private static final LadderReader READER = LadderReader.standard();

  @TempDir static Path temp;

  @FuzzTest
  void any_bytes_as_a_level_file(byte[] data) throws IOException {
    Path root = fresh("level");
    Files.write(root.resolve("ladder.yaml"), HEADER);
    Files.write(root.resolve("levels/fuzz.yaml"), data);
    Files.write(root.resolve("levels/fuzz.json"), data);
    Files.write(root.resolve("levels/good.yaml"), LEVEL);
    check(root, data, "levels/fuzz.yaml", "levels/fuzz.json");
  }

  @FuzzTest
  void any_bytes_as_ladder_yaml(byte[] data) throws IOException {
    Path root = fresh("header");
    Files.write(root.resolve("ladder.yaml"), data);
    Files.write(root.resolve("levels/good.yaml"), LEVEL);
    check(root, data, "ladder.yaml");
  }

  private static void check(Path root, byte[] data, String... fuzzed) {
    ReadResult first = READER.read(root);
    ReadResult second = READER.read(root);
    assertThat(second.problems()).isEqualTo(first.problems());
    assertThat(second.files()).isEqualTo(first.files());
    assertThat(first.ladder()).isNotNull();

    String text = new String(data, StandardCharsets.UTF_8);
    int lines = lineCount(text);
    int longest = longestLine(text);
    for (Problem p : first.problems()) {
      assertThat(p.message()).isNotEqualTo(LadderReader.INTERNAL);
      assertThat(p.message()).doesNotContain("\n");
      // What the file says is quoted and may read like anything; the rest must not name classes.
      assertThat(withoutQuotes(p.message())).doesNotContain("Exception", "org.", "com.");
      if (java.util.List.of(fuzzed).contains(p.location().file())) {
        assertThat(p.location().line()).as("line of %s", p).isLessThanOrEqualTo(lines + 1);
        assertThat(p.location().column()).as("column of %s", p).isLessThanOrEqualTo(longest + 1);
      }
    }
  }

  /** The message with every 'quoted' part of the file taken out. */
  private static String withoutQuotes(String message) {
    return message.replaceAll("'[^']*'", "''");
  }

  /** Lines as generously as any parser may count them: every kind of line break ends one. */
  private static int lineCount(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029'
          || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    return lines;
  }

  /** The longest line in characters, splitting only where every parser splits. */
  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  private static Path fresh(String name) throws IOException {
    Path root = temp.resolve(name);
    Files.createDirectories(root.resolve("levels"));
    return root;
  }
}
