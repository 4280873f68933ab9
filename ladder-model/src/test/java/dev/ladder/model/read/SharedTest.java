package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedTest {
  @Test
  void pointers_are_built_once_per_read_and_escaped() {
    Shared shared = new Shared();
    Pointers.Node root = shared.pointers().root();
    Pointers.Node text = root.member("expectations").member("a/b~c").item(3).member("text");
    assertThat(text.pointer).isEqualTo("/expectations/a~1b~0c/3/text");
    assertThat(root.member("expectations").member("a/b~c").item(3).member("text")).isSameAs(text);
    assertThat(shared.at("levels/x.yaml", "expectations", "a/b~c", 3, "text").pointer())
        .isSameAs(text.pointer);
  }

  @Test
  void past_the_bound_pointers_are_still_right_but_not_kept() {
    Pointers pointers = new Pointers();
    Pointers.Node list = pointers.root().member("list");
    for (int i = 0; i < Pointers.MAX_SHARED; i++) {
      list.item(i);
    }
    Pointers.Node late = pointers.root().member("late");
    assertThat(late.pointer).isEqualTo("/late");
    assertThat(pointers.root().member("late")).isNotSameAs(late);
    assertThat(late.member("x").item(2).pointer).isEqualTo("/late/x/2");
    assertThat(list.item(7).pointer).isEqualTo("/list/7");
  }

  @Test
  void ids_names_and_file_shapes_are_shared_within_a_read() {
    Shared shared = new Shared();
    assertThat(shared.expectation(new String("hires"))).isSameAs(shared.expectation("hires"));
    assertThat(shared.name(new String("delivery"))).isSameAs(shared.name("delivery"));
    String[] first = {"", "/id"};
    assertThat(shared.shape(first)).isSameAs(first);
    assertThat(shared.shape(new String[] {"", "/id"})).isSameAs(first);
    assertThat(shared.shape(new String[] {"", "/title"})).isNotSameAs(first);
  }

  @Test
  void files_of_a_read_share_one_id_for_a_definition_and_its_refines(@TempDir Path root)
      throws Exception {
    Files.writeString(
        root.resolve("ladder.yaml"),
        """
        ladderFormat: 1
        id: tiny
        name: Tiny
        tracks:
          - id: ic
            name: IC
        dimensions:
          - id: delivery
            name: Delivery
        """);
    Files.createDirectories(root.resolve("levels"));
    Files.writeString(
        root.resolve("levels/a.yaml"),
        """
        id: a
        title: A
        track: ic
        rank: 1
        expectations:
          delivery:
            - id: ships
              text: Ships small changes
        """);
    Files.writeString(
        root.resolve("levels/b.yaml"),
        """
        id: b
        title: B
        track: ic
        rank: 2
        extends: a
        expectations:
          delivery:
            - id: ships-more
              text: Ships whole features
              refines: ships
        """);
    ReadResult result = LadderReader.standard().read(root);
    assertThat(result.problems()).isEmpty();
    Ladder ladder = result.ladder();
    List<Expectation> a = ladder.levels().get(0).ownExpectations();
    List<Expectation> b = ladder.levels().get(1).ownExpectations();
    assertThat(b.get(0).refines().get(0)).isSameAs(a.get(0).id());
    assertThat(b.get(0).source().pointer()).isSameAs(a.get(0).source().pointer());
    assertThat(ladder.locate(b.get(0).source()).line()).isEqualTo(8);
  }
}
