package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Completeness;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Location;
import dev.ladder.model.SourceMap;
import dev.ladder.model.SourceRef;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderReaderTest {
  private static final Path GOOD = Path.of("src/test/resources/read/good");
  private static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");

  private final ReadResult good = LadderReader.standard().read(GOOD);

  @Test
  void a_good_ladder_reads_without_problems_from_yaml_and_json() {
    assertThat(good.problems()).isEmpty();
    assertThat(good.files())
        .containsExactly("ladder.yaml", "levels/ic/senior.yaml", "levels/management/manager.json");
    Ladder ladder = good.ladder();
    assertThat(ladder.id()).isEqualTo("tiny");
    assertThat(ladder.completeness()).isEqualTo(Completeness.COMPLETE);
    assertThat(ladder.levels())
        .extracting(Level::id)
        .containsExactly(LevelId.of("senior"), LevelId.of("manager"));
    assertThat(ladder.sources().paths()).containsExactlyElementsOf(good.files());
  }

  @Test
  void every_field_of_a_level_is_mapped() {
    Level senior = good.ladder().level(LevelId.of("senior")).orElseThrow();
    assertThat(senior.title()).isEqualTo("Senior Engineer");
    assertThat(senior.rank()).isEqualTo(1);
    assertThat(senior.experience().minYears()).contains(new BigDecimal("5"));
    assertThat(senior.scope().get("teams").max()).contains(new BigDecimal("2.5"));
    assertThat(senior.compensation().currency()).contains("USD");
    assertThat(senior.next()).containsExactly(LevelId.of("manager"));
    assertThat(senior.checkpoints()).containsExactly("Led a project");
    assertThat(senior.expectations().get(DimensionId.of("delivery")))
        .extracting(Expectation::id)
        .containsExactly(
            ExpectationId.of("ships-features-end-to-end"), ExpectationId.of("reviews"));
  }

  @Test
  void refines_may_be_one_id_or_a_list_and_retires_is_read() {
    Level manager = good.ladder().level(LevelId.of("manager")).orElseThrow();
    Map<DimensionId, List<Expectation>> own = manager.expectations();
    assertThat(own.get(DimensionId.of("delivery")).get(0).refines())
        .containsExactly(ExpectationId.of("reviews"));
    assertThat(own.get(DimensionId.of("people")).get(0).refines())
        .containsExactly(ExpectationId.of("mentors-new-engineers"));
    assertThat(own.get(DimensionId.of("people")).get(0).id())
        .isEqualTo(ExpectationId.of("grows-engineers"));
    assertThat(manager.parent()).contains(LevelId.of("senior"));
    assertThat(manager.retires())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("The team ships"));
  }

  @Test
  void yaml_positions_are_the_exact_line_and_column_of_each_value_and_key() {
    SourceMap yaml = good.ladder().sources().file("levels/ic/senior.yaml").orElseThrow();
    assertThat(yaml.value("/rank")).contains(new dev.ladder.model.Position(4, 7));
    assertThat(yaml.key("/rank")).contains(new dev.ladder.model.Position(4, 1));
    assertThat(yaml.value("/scope/teams/max")).contains(new dev.ladder.model.Position(10, 24));
    assertThat(yaml.key("/scope/teams/max")).contains(new dev.ladder.model.Position(10, 19));
    assertThat(yaml.value("/expectations/delivery/0"))
        .contains(new dev.ladder.model.Position(17, 7));
    assertThat(yaml.value("/expectations/delivery/1"))
        .contains(new dev.ladder.model.Position(18, 7));
    assertThat(yaml.value("/expectations/delivery/1/text"))
        .contains(new dev.ladder.model.Position(19, 13));
  }

  @Test
  void json_positions_are_the_exact_line_and_column_of_each_value_and_key() {
    SourceMap json = good.ladder().sources().file("levels/management/manager.json").orElseThrow();
    assertThat(json.value("/rank")).contains(new dev.ladder.model.Position(6, 11));
    assertThat(json.key("/rank")).contains(new dev.ladder.model.Position(6, 3));
    assertThat(json.value("/expectations/delivery/0"))
        .contains(new dev.ladder.model.Position(10, 7));
    assertThat(json.value("/expectations/people/0/refines/0"))
        .contains(new dev.ladder.model.Position(13, 47));
  }

  @Test
  void source_refs_of_the_model_locate_their_nodes() {
    Ladder ladder = good.ladder();
    Level senior = ladder.level(LevelId.of("senior")).orElseThrow();
    Expectation reviews = senior.expectations().get(DimensionId.of("delivery")).get(1);
    assertThat(ladder.locate(reviews.source()))
        .isEqualTo(new Location("levels/ic/senior.yaml", 18, 7));
    assertThat(ladder.locate(ladder.tracks().get(1).source()))
        .isEqualTo(new Location("ladder.yaml", 8, 5));
    assertThat(ladder.locate(ladder.scales().get("reach").source()))
        .isEqualTo(new Location("ladder.yaml", 16, 10));
    assertThat(ladder.locate(ladder.rules().get(0).source()))
        .isEqualTo(new Location("ladder.yaml", 27, 19));
    assertThat(
            ladder.sources().locateKey(SourceRef.root("ladder.yaml").at("rules", "near-duplicate")))
        .isEqualTo(new Location("ladder.yaml", 27, 3));
  }

  @Test
  void the_engineering_ladder_example_reads_without_problems() {
    ReadResult result = LadderReader.standard().read(EXAMPLE);
    assertThat(result.problems()).isEmpty();
    assertThat(result.ladder().levels()).hasSize(result.files().size() - 1);
    assertThat(result.ladder().completeness().isComplete()).isTrue();
  }

  @Test
  void a_level_with_a_wrong_type_is_left_out_but_its_id_is_known() {
    ReadResult result =
        LadderReader.standard().read(Path.of("src/test/resources/hostile/wrong-type"));
    assertThat(result.ladder().levels()).isEmpty();
    assertThat(result.ladder().completeness().unreadLevels()).containsExactly(LevelId.of("wrong"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).isEqualTo("rank: expected a whole number, found text"));
  }

  @Test
  void one_bad_file_does_not_stop_the_others() {
    ReadResult result =
        LadderReader.standard()
            .read(Path.of("src/test/resources/hostile/one-bad-file-does-not-stop-the-others"));
    assertThat(result.ladder().levels())
        .extracting(Level::id)
        .containsExactly(LevelId.of("b-good"), LevelId.of("c-schema"));
    assertThat(result.ladder().completeness().unidentifiedLevelFiles()).isTrue();
    assertThat(result.ladder().completeness().headerRead()).isTrue();
  }

  @Test
  void a_missing_ladder_yaml_leaves_the_header_unread() {
    ReadResult result =
        LadderReader.standard().read(Path.of("src/test/resources/hostile/missing-ladder-yaml"));
    assertThat(result.ladder().completeness().headerRead()).isFalse();
    assertThat(result.ladder().levels()).hasSize(1);
  }

  @Test
  void messages_name_the_problem_in_plain_words() {
    assertThat(message("duplicate-key-yaml")).isEqualTo("duplicate key 'title' (first at line 2)");
    assertThat(message("duplicate-key-json")).isEqualTo("duplicate key 'rank' (first at line 2)");
    assertThat(message("alias"))
        .isEqualTo(
            "YAML aliases are not supported: '*base' would be read as plain text; write the value out");
    assertThat(message("anchor")).startsWith("YAML anchors are not supported: '&t'");
    assertThat(message("custom-tag")).startsWith("YAML tags are not supported: '!shout'");
    assertThat(message("merge-key")).startsWith("YAML merge keys ('<<') are not supported");
    assertThat(message("unknown-key")).isEqualTo("unknown key 'maxYears' in experience");
    assertThat(message("missing-required")).isEqualTo("missing required key 'title'");
    assertThat(message("ladder-format-2")).isEqualTo("ladderFormat must be 1, not '2'");
    assertThat(message("ladder-yml-instead"))
        .isEqualTo(
            "ladder.yaml is missing: a ladder root holds one ladder.yaml; found ladder.yml:"
                + " rename it to ladder.yaml");
    assertThat(message("ladder-format-quoted"))
        .isEqualTo("ladderFormat must be 1, not the text '1' (write it without quotes)");
    assertThat(message("malformed-json"))
        .startsWith("not well-formed JSON: ")
        .doesNotContain("Source");
    assertThat(message("too-deep"))
        .isEqualTo("nested deeper than the limit of 32 levels; not read");
  }

  @Test
  void a_root_that_is_not_a_folder_is_an_argument_error(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> LadderReader.standard().read(file))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LadderReader.standard().read(dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void files_are_found_in_path_order_in_any_sub_folder(@TempDir Path root) throws Exception {
    Files.copy(GOOD.resolve("ladder.yaml"), root.resolve("ladder.yaml"));
    for (String name :
        List.of(
            "levels/z.yaml",
            "levels/a/b/c.yml",
            "levels/m.json",
            "levels/notes.md",
            "other.yaml")) {
      Files.createDirectories(root.resolve(name).getParent());
      Files.writeString(root.resolve(name), "{\"id\": \"x\"}");
    }
    assertThat(LadderReader.standard().read(root).files())
        .containsExactly("ladder.yaml", "levels/a/b/c.yml", "levels/m.json", "levels/z.yaml");
  }

  private static String message(String hostileCase) {
    return LadderReader.standard()
        .read(Path.of("src/test/resources/hostile").resolve(hostileCase))
        .problems()
        .get(0)
        .message();
  }

  @Test
  void a_rule_entry_of_ladder_yaml_keeps_its_severity_and_options() {
    String header =
        """
        ladderFormat: 1
        id: x
        name: X
        tracks: [{id: ic, name: IC}]
        dimensions: [{id: craft, name: Craft}]
        rules:
          placeholder-text: error
          required-dimensions: {dimensions: [craft, people], strict: true, count: 2}
        """;
    Ladder ladder =
        LadderReader.standard()
            .read(LadderSource.of(Map.of("ladder.yaml", header.getBytes())))
            .ladder();

    assertThat(ladder.rules())
        .extracting(r -> r.rule() + " " + r.level() + " " + r.options())
        .containsExactly(
            "placeholder-text Optional[error] {}",
            "required-dimensions Optional.empty {dimensions=[craft, people], strict=[true],"
                + " count=[2]}");
  }
}
