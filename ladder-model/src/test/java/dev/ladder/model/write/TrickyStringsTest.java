package dev.ladder.model.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Ladder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Strings that YAML would misread if written carelessly, each put in every place a ladder file
 * holds a string (keys, ids, names, prose, block and flow list items), written, and read back
 * unchanged: by the reader, and by a YAML 1.1 reader (SnakeYAML's own loader), which takes {@code
 * yes} for a boolean.
 */
class TrickyStringsTest {
  static Stream<String> tricky() {
    return Stream.of(
        // words YAML 1.1 or 1.2 reads as booleans or null
        "yes",
        "no",
        "on",
        "off",
        "Yes",
        "NO",
        "On",
        "OFF",
        "y",
        "n",
        "Y",
        "true",
        "False",
        "TRUE",
        "null",
        "Null",
        "NULL",
        "~",
        "",
        // text that looks like a number or a date
        "15",
        "2.5",
        "-3",
        "+1",
        ".5",
        "1e3",
        "1E+1",
        "0x1F",
        "0o17",
        "0b101",
        "1_000",
        "007",
        ".inf",
        "-.Inf",
        ".nan",
        "NaN",
        "Infinity",
        "2001-12-14",
        "2001-12-14 21:59:43.10 -5",
        "12:30",
        "190:20:30",
        // spaces at the ends, and inside
        " leading",
        "trailing ",
        " ",
        "  ",
        "two  spaces",
        "tab\there",
        "\ttab first",
        // indicators
        "# a comment",
        "a # not a comment",
        "C#",
        "Issue #42",
        "key: value",
        "key:",
        ": x",
        "a:b",
        "http://example.com/a?b=c#d",
        "- item",
        "-",
        "--",
        "---",
        "...",
        "--- x",
        "?",
        "? key",
        "*alias",
        "&anchor",
        "!tag",
        "!!str",
        "%YAML 1.2",
        "@mention",
        "`code`",
        "|",
        "|-",
        ">",
        ">-",
        "<<",
        "=",
        "[flow]",
        "{map}",
        "a, b",
        "a [b] {c}",
        ",",
        // quotes and escapes
        "'single'",
        "\"double\"",
        "it's",
        "say \"hi\"",
        "back\\slash",
        "\\n",
        "\\",
        // line breaks
        "line one\nline two",
        "ends with a break\n",
        "ends with two\n\n",
        "\n",
        "\n\n",
        "\nleading break",
        "  indented\nsecond",
        "first\n  indented",
        "a\n\nb",
        "a \nb",
        "a\n---\nb",
        "a\n...\nb",
        "# not\n# comments",
        "- a\n- b",
        "cr\rline",
        "crlf\r\nline",
        // characters a file may not hold as they are, or a person cannot see
        "nul\u0000",
        "bell\u0007",
        "esc\u001B[0m",
        "del\u007F",
        "nel\u0085",
        "c1\u009B",
        "nbsp\u00A0",
        "\u00A0",
        "line sep\u2028",
        "para sep\u2029",
        "bom\uFEFF",
        "\uFEFFbom",
        "zero\u200Bwidth",
        "rtl\u202Emark",
        "private\uE000",
        "nonchar\uFFFE",
        "nonchar\uFFFF",
        "lone high \uD800",
        "\uDC00 lone low",
        "swapped \uDE00\uD83D",
        // text beyond ASCII
        "é accent",
        "Ünïcödé",
        "日本語の期待",
        "emoji 😀",
        "😀 first",
        "family 👨‍👩‍👧",
        "combining é",
        "\u0301 combining first",
        "Ωmega",
        "ℌ",
        "١٢٣",
        "Ⅻ",
        // long text
        "word ".repeat(300).strip(),
        "x".repeat(2000));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void a_tricky_string_reads_back_unchanged_from_every_place(String s, @TempDir Path dir) {
    Ladder ladder = Probe.everywhere(s, s.equals("<<") ? "merge" : s);

    RoundTrip.check(ladder, dir.resolve("ladder"));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void a_yaml_1_1_reader_reads_it_as_the_same_text(String s) {
    String key = s.equals("<<") ? "merge" : s;
    Ladder ladder = Probe.everywhere(s, key);
    Map<String, String> files = LadderWriter.standard().files(ladder);
    Yaml yaml11 = new Yaml(new SafeConstructor(new LoaderOptions()));

    Map<String, Object> header = yaml11.load(files.get("ladder.yaml"));
    Map<String, Object> level = yaml11.load(files.get("levels/probe.yaml"));

    assertThat(header.get("name")).isEqualTo(s);
    assertThat(header.get("id")).isEqualTo(s);
    assertThat(level.get("title")).isEqualTo(s);
    assertThat(level.getOrDefault("summary", "")).isEqualTo(s);
    assertThat(level.get("checkpoints")).isEqualTo(List.of(s, "plain", s));
    assertThat(level.get("competencies")).isEqualTo(List.of(s, "plain"));
    assertThat(level.get("ratings")).isEqualTo(Map.of(key, s));
  }

  @Test
  void a_merge_key_cannot_be_written_as_a_key_but_is_plain_text_anywhere_else() {
    assertThatThrownBy(() -> LadderWriter.standard().files(Probe.everywhere("<<")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'<<' cannot be a key of a ladder file: YAML tools read it as a merge key");
  }
}
