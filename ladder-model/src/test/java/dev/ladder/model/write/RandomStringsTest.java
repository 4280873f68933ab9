package dev.ladder.model.write;

import dev.ladder.model.Ladder;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random strings, seeded by the repetition so that a failure repeats, made of the pieces YAML gives
 * meaning to, plain ASCII, any UTF-16 unit (controls and lone surrogates too) and characters beyond
 * the Basic Multilingual Plane, put in every place a ladder file holds a string and read back
 * unchanged.
 */
class RandomStringsTest {
  private static final List<String> PIECES =
      List.of(
          ": ",
          " #",
          "#",
          "- ",
          "-",
          "? ",
          "\n",
          "\n\n",
          "\t",
          "\r",
          "\r\n",
          " ",
          "  ",
          "\"",
          "'",
          "\\",
          "yes",
          "no",
          "null",
          "~",
          "true",
          "1",
          "2.5",
          "0x1F",
          ".inf",
          "*",
          "&",
          "!",
          "%",
          "@",
          "`",
          "[",
          "]",
          "{",
          "}",
          ",",
          "|",
          ">",
          "<<",
          "---",
          "...",
          "\u0000",
          "\u0085",
          "\u00A0",
          "\u2028",
          "\uFEFF",
          "é",
          "日本",
          "😀",
          "👨‍👩‍👧");

  @RepeatedTest(300)
  void a_random_string_reads_back_unchanged_from_every_place(
      RepetitionInfo repetition, @TempDir Path dir) {
    Random random = new Random(repetition.getCurrentRepetition());
    String s = randomString(random);
    Ladder ladder = Probe.everywhere(s, s.equals("<<") ? "merge" : s);

    RoundTrip.check(ladder, dir.resolve("ladder"));
  }

  static String randomString(Random random) {
    StringBuilder s = new StringBuilder();
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(5)) {
        case 0, 1 -> s.append(PIECES.get(random.nextInt(PIECES.size())));
        case 2 -> {
          for (int n = random.nextInt(6); n > 0; n--) {
            s.append((char) (0x20 + random.nextInt(0x5F)));
          }
        }
        case 3 -> s.append((char) random.nextInt(0x10000));
        default -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
      }
    }
    return s.toString();
  }
}
