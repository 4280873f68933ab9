package dev.ladder.model.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.LevelId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Reading a second revision with the memo of the first: the same result, fewer files parsed. */
class ReadMemoTest {
  private static final String HEADER =
      "ladderFormat: 1\nid: memo\nname: Memo\ntracks:\n  - id: ic\n    name: IC\n"
          + "dimensions:\n  - id: craft\n    name: Craft\n";

  private static String level(String id, int rank, String text) {
    return "id: "
        + id
        + "\ntitle: "
        + id
        + "\ntrack: ic\nrank: "
        + rank
        + "\nexpectations:\n  craft:\n    - "
        + text
        + "\n";
  }

  private static Map<String, byte[]> base() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("ladder.yaml", HEADER.getBytes(UTF_8));
    files.put("levels/a.yaml", level("a", 1, "Writes tested code").getBytes(UTF_8));
    files.put("levels/b.yaml", level("b", 2, "Designs services").getBytes(UTF_8));
    files.put("levels/c.yaml", level("c", 3, "Sets direction").getBytes(UTF_8));
    files.put("levels/broken.yaml", "id: broken\ntitle: [unclosed\n".getBytes(UTF_8));
    return files;
  }

  private static ReadResult read(LadderReader reader, Map<String, byte[]> files, ReadMemo memo) {
    LadderSnapshot snapshot = reader.snapshot(LadderSource.of(files));
    return memo == null ? reader.read(snapshot) : reader.read(snapshot, memo);
  }

  @Test
  void a_second_read_reuses_every_unchanged_file_and_gives_what_a_fresh_read_gives() {
    LadderReader reader = LadderReader.standard();
    ReadMemo memo = ReadMemo.create();
    read(reader, base(), memo);
    assertThat(memo.reused()).isZero();

    Map<String, byte[]> head = base();
    head.put("levels/b.yaml", level("b", 2, "Designs services other teams use").getBytes(UTF_8));
    ReadResult reused = read(reader, head, memo);
    ReadResult fresh = read(reader, head, null);

    // a and c, and the broken file with its problem; b changed and is parsed again
    assertThat(memo.reused()).isEqualTo(3);
    assertThat(reused.ladder().levels()).isEqualTo(fresh.ladder().levels());
    assertThat(reused.problems()).isEqualTo(fresh.problems()).hasSize(1);
    assertThat(reused.files()).isEqualTo(fresh.files());
    assertThat(reused.ladder().completeness()).isEqualTo(fresh.ladder().completeness());
    assertThat(reused.ladder().level(LevelId.of("b")).orElseThrow().toString())
        .contains("Designs services other teams use");
  }

  @Test
  void a_file_moved_to_another_name_is_parsed_under_its_new_name() {
    LadderReader reader = LadderReader.standard();
    ReadMemo memo = ReadMemo.create();
    read(reader, base(), memo);

    Map<String, byte[]> head = base();
    head.put("levels/ic/a.yaml", head.remove("levels/a.yaml"));
    ReadResult moved = read(reader, head, memo);

    assertThat(memo.reused()).isEqualTo(3);
    assertThat(moved.ladder().levels()).isEqualTo(read(reader, head, null).ladder().levels());
    assertThat(moved.ladder().level(LevelId.of("a")).orElseThrow().source().file())
        .isEqualTo("levels/ic/a.yaml");
  }

  @Test
  void a_reader_with_other_limits_parses_every_file_itself() {
    ReadMemo memo = ReadMemo.create();
    read(LadderReader.standard(), base(), memo);
    Limits tight = new Limits(64, 10_000, 32, 10_000, 100_000);

    ReadResult result = read(LadderReader.withLimits(tight), base(), memo);

    assertThat(memo.reused()).isZero();
    assertThat(result.problems())
        .isEqualTo(read(LadderReader.withLimits(tight), base(), null).problems());
  }
}
