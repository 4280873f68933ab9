package dev.ladder.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {
  private static SourceMap sample() {
    return new SourceMap.Builder()
        .value("", new Position(1, 1))
        .key("/rank", new Position(2, 1))
        .value("/rank", new Position(2, 7))
        .key("/expectations", new Position(3, 1))
        .value("/expectations", new Position(4, 3))
        .value("/expectations/0", new Position(4, 5))
        .build();
  }

  @Test
  void values_and_keys_are_found_by_pointer_whatever_the_order_they_were_recorded_in() {
    SourceMap map = sample();
    assertThat(map.size()).isEqualTo(4);
    assertThat(map.value("/rank")).contains(new Position(2, 7));
    assertThat(map.key("/rank")).contains(new Position(2, 1));
    assertThat(map.value("/expectations/0")).contains(new Position(4, 5));
    assertThat(map.value("")).contains(Position.START);
  }

  @Test
  void list_items_and_the_root_have_no_key() {
    SourceMap map = sample();
    assertThat(map.key("/expectations/0")).isEmpty();
    assertThat(map.key("")).isEmpty();
    assertThat(map.value("/missing")).isEmpty();
    assertThat(map.key("/missing")).isEmpty();
  }

  @Test
  void locate_falls_back_to_the_nearest_ancestor_then_the_start() {
    SourceMap map = sample();
    assertThat(map.locate("/expectations/0/text")).isEqualTo(new Position(4, 5));
    assertThat(map.locate("/expectations/7/text")).isEqualTo(new Position(4, 3));
    assertThat(map.locate("/nothing/here")).isEqualTo(Position.START);
    assertThat(SourceMap.empty().locate("/rank")).isEqualTo(Position.START);
  }

  @Test
  void the_first_of_two_nodes_with_one_pointer_counts() {
    SourceMap map =
        new SourceMap.Builder()
            .value("/a", new Position(1, 4))
            .value("/a", new Position(9, 9))
            .build();
    assertThat(map.value("/a")).contains(new Position(1, 4));
  }

  @Test
  void lines_and_columns_past_65535_are_kept_exactly() {
    SourceMap map =
        new SourceMap.Builder()
            .value("", Position.START)
            .key("/long", new Position(70_000, 1))
            .value("/long", new Position(70_000, 100_000))
            .value("/short", new Position(3, 3))
            .build();
    assertThat(map.value("/long")).contains(new Position(70_000, 100_000));
    assertThat(map.key("/long")).contains(new Position(70_000, 1));
    assertThat(map.value("/short")).contains(new Position(3, 3));
  }

  @Test
  void the_builder_tells_the_first_key_of_a_pointer_while_parsing() {
    SourceMap.Builder builder =
        new SourceMap.Builder().key("/id", new Position(1, 1)).value("/id", new Position(1, 5));
    builder.key("/id", new Position(2, 1));
    assertThat(builder.keyAt("/id")).contains(new Position(1, 1));
    assertThat(builder.keyAt("/other")).isEmpty();
  }
}
