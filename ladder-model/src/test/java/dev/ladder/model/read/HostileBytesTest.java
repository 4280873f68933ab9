package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.LevelId;
import dev.ladder.model.Location;
import dev.ladder.model.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.everit.json.schema.loader.SchemaClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile inputs whose bytes are awkward to commit: made here, in a temporary ladder root. */
class HostileBytesTest {
  private static final String HEADER =
      "ladderFormat: 1\nid: t\nname: T\ntracks:\n  - id: ic\n    name: IC\n"
          + "dimensions:\n  - id: d\n    name: D\n";
  private static final String LEVEL = "id: a\ntitle: A\ntrack: ic\nrank: 1\n";

  @TempDir Path root;

  @BeforeEach
  void header() throws IOException {
    Files.writeString(root.resolve("ladder.yaml"), HEADER);
    Files.createDirectories(root.resolve("levels"));
  }

  @Test
  void a_nul_byte_is_located() throws IOException {
    level("a.yaml", bytes("id: a\ntitle: A", new byte[] {0}, "\ntrack: ic\nrank: 1\n"));
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 2, 9));
  }

  @Test
  void invalid_utf8_is_located_at_the_first_offending_byte() throws IOException {
    level(
        "a.yaml",
        bytes("id: a\ntitle: ab", new byte[] {(byte) 0xC3, 0x28}, "\ntrack: ic\nrank: 1\n"));
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 2, 10));
    assertThat(read().problems().get(0).message()).contains("not valid UTF-8").contains("0xC3");
  }

  @Test
  void utf16_with_a_byte_order_mark_is_refused() throws IOException {
    byte[] utf16 = LEVEL.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
    level("a.yaml", utf16);
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 1, 1));
    assertThat(read().problems().get(0).message()).contains("UTF-16");
  }

  @Test
  void utf32_with_a_byte_order_mark_is_refused() throws IOException {
    level("a.yaml", bytes("", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'i', 0, 0, 0}, ""));
    assertThat(read().problems().get(0).message()).contains("UTF-32");
  }

  @Test
  void utf16_without_a_byte_order_mark_is_a_located_nul_byte() throws IOException {
    level("a.yaml", LEVEL.getBytes(StandardCharsets.UTF_16LE));
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 1, 2));
  }

  @Test
  void a_utf8_byte_order_mark_is_accepted() throws IOException {
    level("a.yaml", bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LEVEL));
    ReadResult result = read();
    assertThat(result.problems()).isEmpty();
    assertThat(result.ladder().sources().file("levels/a.yaml").orElseThrow().value("/id"))
        .contains(new Position(1, 5));
  }

  @Test
  void crlf_line_ends_are_accepted_and_positions_stay_right() throws IOException {
    level(
        "a.yaml",
        (LEVEL + "summary: x\r\n")
            .replace("\n", "\r\n")
            .replace("\r\r", "\r")
            .getBytes(StandardCharsets.UTF_8));
    level(
        "b.json",
        "{\r\n  \"id\": \"b\",\r\n  \"title\": \"B\",\r\n  \"track\": \"ic\",\r\n  \"rank\": 2\r\n}\r\n"
            .getBytes(StandardCharsets.UTF_8));
    ReadResult result = read();
    assertThat(result.problems()).isEmpty();
    assertThat(result.ladder().sources().file("levels/a.yaml").orElseThrow().value("/summary"))
        .contains(new Position(5, 10));
    assertThat(result.ladder().sources().file("levels/b.json").orElseThrow().value("/rank"))
        .contains(new Position(5, 11));
  }

  @Test
  void crlf_keeps_problem_columns_right() throws IOException {
    level(
        "a.yaml",
        "id: a\r\ntitle: A\r\ntrack: ic\r\nrank: 1\r\ncolour: red\r\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 5, 1));
  }

  @Test
  void a_file_over_the_byte_limit_is_refused_before_it_is_read() throws IOException {
    byte[] big = new byte[2 << 20];
    Arrays.fill(big, (byte) '#');
    level("big.yaml", big);
    ReadResult result = read();
    assertThat(only()).isEqualTo(new Location("levels/big.yaml", 1, 1));
    assertThat(result.problems().get(0).message())
        .isEqualTo("the file is 2097152 bytes, more than the limit of 1048576 bytes; not read");
  }

  @Test
  void a_symbolic_link_to_outside_the_root_is_not_followed(@TempDir Path outside)
      throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.yaml"), LEVEL);
    Files.createSymbolicLink(root.resolve("levels/link.yaml"), secret);
    ReadResult result = read();
    assertThat(only()).isEqualTo(new Location("levels/link.yaml", 1, 1));
    assertThat(result.problems().get(0).message())
        .isEqualTo(
            "'levels/link.yaml' is a symbolic link to a place outside the ladder root; not read");
    assertThat(result.ladder().levels()).isEmpty();
    assertThat(result.ladder().completeness().unidentifiedLevelFiles()).isTrue();
  }

  @Test
  void a_levels_folder_linked_outside_the_root_is_not_entered(@TempDir Path outside)
      throws IOException {
    Files.delete(root.resolve("levels"));
    Files.writeString(outside.resolve("a.yaml"), LEVEL);
    Files.createSymbolicLink(root.resolve("levels"), outside);
    assertThat(only()).isEqualTo(new Location("levels", 1, 1));
  }

  @Test
  void a_symbolic_link_inside_the_root_is_followed() throws IOException {
    Files.createDirectories(root.resolve("shared"));
    Path target = Files.writeString(root.resolve("shared/a.yaml"), LEVEL);
    Files.createSymbolicLink(root.resolve("levels/a.yaml"), target);
    ReadResult result = read();
    assertThat(result.problems()).isEmpty();
    assertThat(result.ladder().level(LevelId.of("a"))).isPresent();
  }

  @Test
  void a_symbolic_link_that_leads_nowhere_is_reported() throws IOException {
    Files.createSymbolicLink(root.resolve("levels/a.yaml"), root.resolve("missing.yaml"));
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 1, 1));
  }

  @Test
  void a_huge_billion_laughs_file_fails_fast_at_its_first_anchor() throws IOException {
    StringBuilder lol =
        new StringBuilder(
            LEVEL + "summary:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      lol.append("  l").append(i).append(": &l").append(i).append(" [");
      lol.append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1))))
          .append("]\n");
    }
    level("lol.yaml", lol.toString().getBytes(StandardCharsets.UTF_8));
    long start = System.nanoTime();
    ReadResult result = read();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(only()).isEqualTo(new Location("levels/lol.yaml", 6, 7));
    assertThat(result.problems().get(0).message())
        .startsWith("YAML anchors are not supported: '&l0'");
  }

  @Test
  void too_many_nodes_at_the_default_limit_is_located() throws IOException {
    StringBuilder many = new StringBuilder(LEVEL + "checkpoints: [");
    many.append("x, ".repeat(100_000)).append("x]\n");
    level("many.yaml", many.toString().getBytes(StandardCharsets.UTF_8));
    Location at = only();
    assertThat(at.file()).isEqualTo("levels/many.yaml");
    assertThat(at.line()).isEqualTo(5);
    // values before the refused one: root, 4 fields, checkpoints, then 99,994 items of 3 chars
    assertThat(at.column()).isEqualTo(15 + 3 * 99_994);
  }

  @Test
  void a_string_over_the_default_limit_is_located() throws IOException {
    level(
        "long.yaml",
        (LEVEL + "summary: " + "x".repeat(10_001) + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(only()).isEqualTo(new Location("levels/long.yaml", 5, 10));
  }

  @Test
  void control_characters_are_located() throws IOException {
    level("a.yaml", bytes("id: a\ntitle: \"A", new byte[] {0x1B}, "\"\ntrack: ic\nrank: 1\n"));
    assertThat(only()).isEqualTo(new Location("levels/a.yaml", 2, 10));
    assertThat(read().problems().get(0).message()).contains("U+001B").doesNotContain("\u001b");
  }

  @Test
  void an_unreadable_level_folder_or_file_never_throws() throws IOException {
    Files.createDirectories(root.resolve("levels/x.json"));
    Files.writeString(root.resolve("levels/x.json/inner.yaml"), LEVEL);
    ReadResult result = read();
    assertThat(result.problems())
        .extracting(p -> p.location().toString())
        .containsExactly("levels/x.json:1:1");
    assertThat(result.ladder().level(LevelId.of("a"))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com/s.json",
        "https://json-schema.org/draft-07/schema",
        "file:///etc/passwd",
        "jar:file:/x.jar!/s.json",
        "ftp://x/y"
      })
  void the_schema_client_refuses_every_url(String url) {
    SchemaClient client = new RefusingSchemaClient();
    assertThatThrownBy(() -> client.get(url))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refused");
  }

  @Test
  void both_schemas_load_from_the_jar_without_fetching_anything() {
    assertThat(SchemaCheck.load(FileKind.LADDER)).isNotNull();
    assertThat(SchemaCheck.load(FileKind.LEVEL)).isNotNull();
    assertThat(SchemaCheck.class.getResource("/dev/ladder/schema/level.schema.json")).isNotNull();
  }

  private Location only() {
    ReadResult result = read();
    assertThat(result.problems()).as("problems").hasSize(1);
    return result.problems().get(0).location();
  }

  private ReadResult read() {
    return LadderReader.standard().read(root);
  }

  private void level(String name, byte[] content) throws IOException {
    Files.write(root.resolve("levels").resolve(name), content);
  }

  private static byte[] bytes(String before, byte[] middle, String after) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStream o = out;
    o.write(before.getBytes(StandardCharsets.UTF_8));
    o.write(middle);
    o.write(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
