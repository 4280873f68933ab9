package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path is held to the full parser: on every text it accepts, the same tree (the same
 * values of the same types, in the same order) and the same line and column for every value and
 * key. Over the project's own YAML files, hand-written edge cases, and many thousands of generated
 * and mutated documents. Where it declines, the full parser reads the file as before.
 */
class QuickYamlTest {
  @Test
  void a_typical_level_file_takes_the_fast_path_and_reads_the_same() {
    String level =
        """
        # yaml-language-server: $schema=../../schemas/level.schema.json
        id: staff-engineer
        title: Staff Engineer
        track: ic
        rank: 4
        extends: senior-engineer
        status: active
        summary: Leads technical direction for a group of teams, and is held to it
        experience:
          minYears: 8
          leadershipYears: 0
        ratings: {technical-reach: multi-team, autonomy: 'direction-setting'}
        scope:
          teams: {min: 2, max: 6}
        compensation:
          currency: USD
          min: 200000
          max: 280000
        competencies: [communication, system-design , "hiring"]
        expectations:
          scope-of-knowledge:
            - Knows every system of their group, and where each is weakest
            - id: org-architecture   # named, so the level above can refine it
              text: 'Can explain the architecture: why it is, and what it costs'
              refines: team-systems

          delivery:
          - Ships what the group commits to, on the date it commits to
          - id: cross-team
            text: "Plans work across teams: #1 priority first"
            retires: [one, two]
        checkpoints:
          - Has led a design that three teams adopted
        """;
    assertThat(BothPaths.agrees(level)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\n",
        "a: b\n",
        "---\na: b\n",
        "--- # a comment\na: b\n",
        "a: b",
        "a:\n  b: c\n",
        "a:\n- b\n- c\n",
        "a:\n  - b\n  - c\nd: e\n",
        "a:\n    - x: 1\n      y: 2\n    - z: 3\n",
        "a b: c d\n",
        "a: b:c\n",
        "a: http://example.com/x#y\n",
        "a: b # c\n",
        "a:   spaced   \n",
        "a: 'it''s'\n",
        "a: ''\n",
        "a: \"\"\n",
        "a: \"quoted: text\"\n",
        "a: [x, y , z]\n",
        "a: []\n",
        "a: {}\n",
        "a: {b: 1, c: [d, e]}\n",
        "a: true\nb: True\nc: TRUE\nd: tRUE\ne: false\nf: yes\ng: No\nh: on\ni: OFF\n",
        "a: null\nb: Null\nc: NULL\nd: ~\ne: nULL\nf: ~x\ng: none\n",
        "a: 0\nb: 7\nc: 123456789\n",
        "a: =\nb: Ünïcödé — dash\nc: text with [brackets] and {braces}, commas\n",
        "a: b\n# trailing comment",
        "a:\n\n  b: c\n\n\n",
        "  a: b\n  c: d\n",
        "a:\n  -\n    b: c\n",
        "a: {b : 1, c:  d }\n",
        "a:\n  - [x, y]\n  - {id: x, text: y}\n",
        "a: it's plain\nb: 'say \"hi\"'\nc: \"it's quoted\"\n",
        "a:\n    deep:\n        deeper: 1\n    back: 2\n",
        "a: [[x], [y, [z]]]\n",
      })
  void each_of_these_takes_the_fast_path_and_reads_as_the_full_parser_reads_it(String text) {
    assertThat(BothPaths.agrees(text)).as("fast path on%n%s", text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: |\n  block\n",
        "a: >-\n  folded\n",
        "a: multi\n  line\n",
        "a: 'multi\n  line'\n",
        "a: \"esc\\\"aped\"\n",
        "a: &x 1\n",
        "a: *x\n",
        "a: !tag x\n",
        "<<: {a: 1}\n",
        "a:\n",
        "a: b\na: c\n",
        "a: b\r\nc: d\r\n",
        "a:\tb\n",
        "a: 😀\n",
        "a: 1.5\n",
        "a: 007\n",
        "a: 1234567890\n",
        "a: 2024-01-01\n",
        "a: -1\n",
        "a: {b: 1,}\n",
        "a: [x,\n  y]\n",
        "a: b: c\n",
        "a: b\n---\nc: d\n",
        "- a\n",
        "'a': b\n",
        "? a\n: b\n",
        "%YAML 1.2\n---\na: b\n",
        "",
        "# only a comment\n",
        "-k: v\n",
        "a:\n  - - x\n",
        "a: x\n...\n",
        "a:\n  b\n",
        "a: 12:30\nb: 1e3\nc: 0x1F\nd: +1\ne: .5\n",
        "- id: x # note\n  text: y\n",
      })
  void what_it_does_not_read_exactly_is_left_to_the_full_parser(String text) {
    assertThat(BothPaths.quick(text)).as("fast path on%n%s", text).isNull();
  }

  @Test
  void every_yaml_file_of_the_project_reads_the_same_on_both_paths() throws IOException {
    Path top = Path.of("..");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(top)) {
      files =
          walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    int accepted = 0;
    for (Path file : files) {
      String text;
      try {
        text = FileLoader.decode(Files.readAllBytes(file));
      } catch (ParseFailure e) {
        continue; // hostile bytes: the loader refuses them before any parser sees them
      }
      if (BothPaths.agrees(text)) {
        accepted++;
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(accepted).as("files the fast path read").isGreaterThan(files.size() / 2);
  }

  @Test
  void generated_documents_and_their_mutations_read_the_same_on_both_paths() {
    Random random = new Random(20261201);
    int accepted = 0;
    int mutatedAccepted = 0;
    int documents = 10_000;
    for (int i = 0; i < documents; i++) {
      String text = new Documents(random).document();
      if (BothPaths.agrees(text)) {
        accepted++;
      }
      for (int m = 0; m < 5; m++) {
        if (BothPaths.agrees(mutate(text, random))) {
          mutatedAccepted++;
        }
      }
    }
    assertThat(accepted).as("generated documents the fast path read").isGreaterThan(documents / 4);
    assertThat(mutatedAccepted)
        .as("mutated documents the fast path read")
        .isGreaterThan(documents / 2);
  }

  private static final String MUTATIONS = " :-#'\"{}[],\n|>&*!?%~.0a\\";

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, c);
        case 1 -> s.deleteCharAt(at);
        default -> s.setCharAt(at, c);
      }
    }
    return s.toString();
  }

  /** Random YAML documents in the shapes ladder files take, and around them. */
  private static final class Documents {
    private static final String[] KEYS = {
      "id", "text", "a", "b c", "key-1", "a#b", "a:b", "ü", "$schema", "-k", "1", "true", "null",
      "x y ", "refines", "min", "max", "k[0]", "<<",
    };
    private static final String[] SCALARS = {
      "plain text",
      "true",
      "True",
      "TRUE",
      "tRUE",
      "false",
      "FALSE",
      "null",
      "Null",
      "~",
      "~x",
      "yes",
      "No",
      "on",
      "OFF",
      "y",
      "n",
      "0",
      "7",
      "42",
      "007",
      "-1",
      "+1",
      "1.5",
      ".5",
      "1e3",
      "2024-01-01",
      "123456789",
      "1234567890",
      "1_000",
      "0x1F",
      "a:b",
      "a #c",
      "a#c",
      "'single'",
      "'it''s'",
      "\"double\"",
      "\"\"",
      "''",
      "text with [brackets]",
      "=",
      "é accent",
      "Ünïcödé — dash",
      "a,b",
      "a]b",
      "x: y",
      "&anchor x",
      "*alias",
      "!tag x",
      "|",
      ">-",
      "%p",
      "@at",
      "- dash",
      "? q",
      ": c",
    };

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    Documents(Random random) {
      this.random = random;
    }

    String document() {
      if (random.nextInt(8) == 0) {
        out.append("---\n");
      }
      if (random.nextInt(4) == 0) {
        out.append("# a comment\n");
      }
      mapping(0, 0, false);
      if (random.nextInt(6) == 0) {
        out.setLength(Math.max(0, out.length() - 1)); // no final line break
      }
      return out.toString();
    }

    private int step() {
      return 1 + random.nextInt(random.nextInt(5) == 0 ? 4 : 2);
    }

    private String key() {
      return random.nextInt(4) == 0 ? KEYS[random.nextInt(KEYS.length)] : "k" + random.nextInt(40);
    }

    private String scalar() {
      if (random.nextInt(6) > 0) {
        return random.nextBoolean() ? "some words here" : String.valueOf(random.nextInt(1000));
      }
      return SCALARS[random.nextInt(SCALARS.length)];
    }

    /** Keys at {@code column}; the first one already placed on the current line when inline. */
    private void mapping(int column, int depth, boolean inline) {
      int entries = 1 + random.nextInt(4);
      for (int i = 0; i < entries; i++) {
        if (i > 0 || !inline) {
          out.append(" ".repeat(column));
        }
        out.append(key()).append(':');
        value(column, depth, true);
        if (random.nextInt(10) == 0) {
          out.append(random.nextBoolean() ? "\n" : " ".repeat(random.nextInt(6)) + "# note\n");
        }
      }
    }

    private void list(int column, int depth) {
      int items = 1 + random.nextInt(3);
      for (int i = 0; i < items; i++) {
        out.append(" ".repeat(column)).append('-');
        int choice = depth >= 3 ? 0 : random.nextInt(4);
        if (choice == 1) {
          String gap = " ".repeat(1 + random.nextInt(2));
          out.append(gap);
          mapping(column + 1 + gap.length(), depth + 1, true);
        } else if (choice == 2) {
          out.append('\n');
          int inner = column + step();
          if (random.nextBoolean()) {
            mapping(inner, depth + 1, false);
          } else {
            list(inner, depth + 1);
          }
        } else {
          value(column, depth, false);
        }
      }
    }

    /** What follows a ':' or '-', to the end of its line and any nested lines. */
    private void value(int owner, int depth, boolean inMapping) {
      int choice = depth >= 3 ? random.nextInt(3) : random.nextInt(7);
      switch (choice) {
        case 0, 1 -> {
          out.append(" ".repeat(1 + random.nextInt(2))).append(scalar());
          trailer();
        }
        case 2 -> {
          out.append(' ').append(flow(depth));
          trailer();
        }
        case 3, 4 -> {
          out.append(random.nextInt(5) == 0 ? " # why\n" : "\n");
          mapping(owner + step(), depth + 1, false);
        }
        default -> {
          out.append('\n');
          int column = inMapping && random.nextBoolean() ? owner : owner + step();
          list(column, depth + 1);
        }
      }
    }

    private String flow(int depth) {
      StringBuilder s = new StringBuilder();
      boolean map = random.nextBoolean();
      s.append(map ? '{' : '[');
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          s.append(',').append(" ".repeat(random.nextInt(3)));
        }
        if (map) {
          s.append(key()).append(':').append(' ');
        }
        s.append(depth < 4 && random.nextInt(6) == 0 ? flow(depth + 1) : scalar());
      }
      return s.append(map ? '}' : ']').toString();
    }

    private void trailer() {
      switch (random.nextInt(20)) {
        case 0, 1 -> out.append(" # c");
        case 2, 3 -> out.append("   ");
        case 4 -> out.append("\n").append(" ".repeat(random.nextInt(8))).append("more");
        default -> {}
      }
      out.append('\n');
    }
  }
}
