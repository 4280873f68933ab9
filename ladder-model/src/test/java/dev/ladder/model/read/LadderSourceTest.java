package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderSourceTest {
  private static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");
  private static final LadderReader READER = LadderReader.standard();

  @Test
  void a_ladder_in_memory_reads_as_the_same_ladder_in_a_folder() {
    ReadResult fromFolder = READER.read(EXAMPLE);
    ReadResult fromMemory = READER.read(LadderSource.of(files(EXAMPLE)));

    assertThat(fromMemory.problems()).isEqualTo(fromFolder.problems()).isEmpty();
    assertThat(fromMemory.files()).isEqualTo(fromFolder.files());
    assertThat(fromMemory.ladder().levels()).isEqualTo(fromFolder.ladder().levels());
  }

  @Test
  void the_files_of_a_memory_ladder_follow_the_format_as_a_folder_does() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("ladder.yml", "id: x\n".getBytes());
    files.put("levels\\notes.txt", "not a level".getBytes());
    files.put("levels/./a.yaml", "id: [".getBytes());

    ReadResult result = READER.read(LadderSource.of(files));

    assertThat(result.files()).containsExactly("ladder.yaml", "levels/a.yaml");
    assertThat(result.problems())
        .extracting(p -> p.location() + ": " + p.message())
        .anySatisfy(m -> assertThat(m).startsWith("ladder.yaml:1:1: ladder.yaml is missing"))
        .anySatisfy(m -> assertThat(m).contains("found ladder.yml: rename it to ladder.yaml"))
        .anySatisfy(m -> assertThat(m).startsWith("levels/a.yaml:1:"));
  }

  @Test
  void a_memory_path_that_would_leave_the_root_is_refused() {
    for (String path : List.of("../ladder.yaml", "levels/../../x.yaml", "/etc/passwd", "C:/x")) {
      assertThatThrownBy(() -> LadderSource.of(Map.of(path, new byte[0])))
          .as(path)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a path inside the ladder root");
    }
  }

  @Test
  void a_memory_file_beyond_the_size_limit_is_a_located_problem() {
    Map<String, byte[]> files = files(EXAMPLE);
    files.put("levels/huge.yaml", new byte[(int) Limits.DEFAULT.maxFileBytes() + 1]);

    ReadResult result = READER.read(LadderSource.of(files));

    assertThat(result.problems())
        .extracting(p -> p.location() + ": " + p.message())
        .containsExactly(
            "levels/huge.yaml:1:1: the file is 1048577 bytes, more than the limit of 1048576"
                + " bytes; not read");
  }

  @Test
  void a_ladder_on_the_class_path_reads_from_a_folder() {
    ReadResult result =
        READER.read(LadderSource.classpath(getClass().getClassLoader(), "read/good"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.ladder().levels()).extracting(Level::title).hasSize(2);
  }

  @Test
  void a_ladder_on_the_class_path_reads_from_a_jar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("ladder.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> file : files(EXAMPLE).entrySet()) {
        out.putNextEntry(new JarEntry("company/ladder/" + file.getKey()));
        out.write(file.getValue());
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      LadderSource source = LadderSource.classpath(loader, "company/ladder");
      ReadResult fromJar = READER.read(source);

      assertThat(source.description()).isEqualTo("classpath:company/ladder");
      assertThat(fromJar.problems()).isEmpty();
      assertThat(fromJar.files()).isEqualTo(READER.read(EXAMPLE).files());
      assertThat(fromJar.ladder().levels()).isEqualTo(READER.read(EXAMPLE).ladder().levels());
    }
  }

  @Test
  void a_class_path_without_the_ladder_says_what_it_looked_for() {
    assertThatThrownBy(() -> LadderSource.classpath(getClass().getClassLoader(), "no/such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the class path has no no/such/ladder.yaml");
  }

  @Test
  void the_digest_of_a_snapshot_follows_the_bytes_and_not_the_listing_order() {
    Map<String, byte[]> files = files(EXAMPLE);
    Map<String, byte[]> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(files);
    String digest = READER.snapshot(LadderSource.of(files)).digest();

    assertThat(READER.snapshot(LadderSource.folder(EXAMPLE)).digest()).isEqualTo(digest);
    assertThat(READER.snapshot(LadderSource.of(reversed)).digest()).isEqualTo(digest);

    byte[] changed = files.get("ladder.yaml").clone();
    changed[changed.length - 2] ^= 1;
    files.put("ladder.yaml", changed);
    assertThat(READER.snapshot(LadderSource.of(files)).digest()).isNotEqualTo(digest);
  }

  @Test
  void files_that_are_not_ladder_files_do_not_change_the_digest() {
    Map<String, byte[]> files = files(EXAMPLE);
    String digest = READER.snapshot(LadderSource.of(files)).digest();
    files.put("README.md", "notes".getBytes());
    files.put("levels/ic/notes.txt", "notes".getBytes());

    assertThat(READER.snapshot(LadderSource.of(files)).digest()).isEqualTo(digest);
  }

  @Test
  void a_snapshot_reads_to_the_same_result_as_its_source() {
    LadderSnapshot snapshot = READER.snapshot(LadderSource.folder(EXAMPLE));

    assertThat(snapshot.files()).isEqualTo(READER.read(EXAMPLE).files());
    assertThat(READER.read(snapshot).ladder().levels())
        .isEqualTo(READER.read(EXAMPLE).ladder().levels());
  }

  @Test
  void a_ladder_larger_than_the_kept_bytes_reads_the_rest_again_from_its_source() {
    Map<String, byte[]> files = files(EXAMPLE);
    String padding = "# " + "x".repeat(8_000) + "\n";
    int levels = (int) (LadderSnapshot.KEPT_BYTES / 8_000) + 10;
    for (int i = 0; i < levels; i++) {
      String level =
          padding
              + "id: extra-"
              + i
              + "\ntitle: Extra "
              + i
              + "\ntrack: ic\nrank: "
              + (100 + i)
              + "\nstatus: draft\n";
      files.put(
          "levels/extra/" + i + ".yaml", level.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    LadderSnapshot snapshot = READER.snapshot(LadderSource.of(files));
    ReadResult result = READER.read(snapshot);

    assertThat(result.problems()).isEmpty();
    assertThat(result.ladder().levels()).hasSize(10 + levels);
    assertThat(READER.read(snapshot).ladder().levels()).isEqualTo(result.ladder().levels());
    assertThat(READER.snapshot(LadderSource.of(files)).digest()).isEqualTo(snapshot.digest());
  }

  /** Every file under {@code root}, by path relative to it. */
  static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
