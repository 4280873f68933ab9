package dev.ladder.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas of format 1 ({@code schemas/} at the repository root) accept the
 * documented examples and the example ladders, and reject the usual mistakes at the right node.
 */
class PublishedSchemaTest {
  private static final Path SCHEMAS = Path.of("..", "schemas");
  private static final Path EXAMPLES = Path.of("..", "examples");

  // YAML 1.2: off, yes and no are strings (a severity can be `off`), not booleans.
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
              .build());

  // everit names the key in brackets: "required key [title] not found"
  private static final Pattern KEY = Pattern.compile("\\[[^\\]]*\\]");

  private static final Schema LADDER = schema("ladder.schema.json");
  private static final Schema LEVEL = schema("level.schema.json");

  @Test
  void the_ladder_example_of_the_format_reference_validates() throws IOException {
    assertThat(violations(LADDER, resource("format-examples/ladder.yaml"))).isEmpty();
  }

  @Test
  void the_level_example_of_the_format_reference_validates() throws IOException {
    assertThat(violations(LEVEL, resource("format-examples/level.yaml"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleLadderFiles")
  void every_file_of_the_example_ladders_validates(Path file) throws IOException {
    Schema schema = file.getFileName().toString().equals("ladder.yaml") ? LADDER : LEVEL;
    assertThat(violations(schema, Files.readString(file))).isEmpty();
  }

  static Stream<Path> exampleLadderFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String example : List.of("engineering-ladder", "broken-ladder")) {
      Path root = EXAMPLES.resolve(example).resolve("ladder");
      files.add(root.resolve("ladder.yaml"));
      try (Stream<Path> levels = Files.walk(root.resolve("levels"))) {
        levels
            .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
            .sorted()
            .forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(10);
    return files.stream();
  }

  @Test
  void a_schema_key_for_editors_is_allowed() {
    String level =
        """
        $schema: ../../schemas/level.schema.json
        id: engineer-1
        title: Engineer I
        track: ic
        rank: 1
        """;
    assertThat(violations(LEVEL, level)).isEmpty();
  }

  @Test
  void an_unknown_key_is_rejected() {
    String level =
        """
        id: engineer-1
        title: Engineer I
        track: ic
        rank: 1
        owner: platform-team
        """;
    assertThat(violations(LEVEL, level)).containsExactly("# additionalProperties [owner]");
  }

  @Test
  void rank_zero_is_rejected() {
    String level =
        """
        id: engineer-1
        title: Engineer I
        track: ic
        rank: 0
        """;
    assertThat(violations(LEVEL, level)).containsExactly("#/rank minimum");
  }

  @Test
  void a_rank_written_as_a_word_is_rejected() {
    String level =
        """
        id: engineer-2
        title: Engineer II
        track: ic
        rank: two
        """;
    assertThat(violations(LEVEL, level)).containsExactly("#/rank type");
  }

  @Test
  void an_id_that_is_not_a_slug_is_rejected() {
    String level =
        """
        id: VP_Engineering
        title: VP of Engineering
        track: management
        rank: 5
        """;
    assertThat(violations(LEVEL, level)).containsExactly("#/id pattern");
  }

  @Test
  void an_unknown_status_is_rejected() {
    String level =
        """
        id: engineer-1
        title: Engineer I
        track: ic
        rank: 1
        status: retired
        """;
    assertThat(violations(LEVEL, level)).containsExactly("#/status enum");
  }

  @Test
  void a_level_without_a_title_is_rejected() {
    String level =
        """
        id: engineer-1
        track: ic
        rank: 1
        """;
    assertThat(violations(LEVEL, level)).containsExactly("# required [title]");
  }

  @Test
  void an_empty_title_is_left_to_the_placeholder_rule() {
    String level =
        """
        id: engineer-1
        title: ""
        track: ic
        rank: 1
        """;
    assertThat(violations(LEVEL, level)).isEmpty();
  }

  @Test
  void ladder_format_2_is_rejected() {
    String ladder =
        """
        ladderFormat: 2
        id: acme-engineering
        name: Acme Engineering Ladder
        tracks: [{id: ic, name: Individual contributor}]
        dimensions: [{id: delivery, name: Delivery}]
        """;
    assertThat(violations(LADDER, ladder)).containsExactly("#/ladderFormat const");
  }

  @Test
  void a_ladder_without_tracks_is_rejected() {
    String ladder =
        """
        ladderFormat: 1
        id: acme-engineering
        name: Acme Engineering Ladder
        tracks: []
        dimensions: [{id: delivery, name: Delivery}]
        """;
    assertThat(violations(LADDER, ladder)).containsExactly("#/tracks minItems");
  }

  @Test
  void a_rule_can_be_turned_off() {
    String ladder =
        """
        ladderFormat: 1
        id: acme-engineering
        name: Acme Engineering Ladder
        tracks: [{id: ic, name: Individual contributor}]
        dimensions: [{id: delivery, name: Delivery}]
        rules:
          near-duplicate: off
        """;
    assertThat(violations(LADDER, ladder)).isEmpty();
  }

  @Test
  void a_rule_entry_may_be_an_object_of_a_severity_and_options() {
    String ladder =
        """
        ladderFormat: 1
        id: acme-engineering
        name: Acme Engineering Ladder
        tracks: [{id: ic, name: Individual contributor}]
        dimensions: [{id: delivery, name: Delivery}]
        rules:
          required-dimensions:
            severity: warning
            dimensions: [delivery, people]
            strict: true
          forbidden-words: {words: junior}
        """;
    assertThat(violations(LADDER, ladder)).isEmpty();
  }

  @Test
  void a_rule_entry_of_another_shape_or_severity_is_rejected() {
    String ladder =
        """
        ladderFormat: 1
        id: acme-engineering
        name: Acme Engineering Ladder
        tracks: [{id: ic, name: Individual contributor}]
        dimensions: [{id: delivery, name: Delivery}]
        rules:
          near-duplicate: 7
          placeholder-text: {severity: loud}
          rank-order: {nested: {a: 1}}
        """;
    assertThat(violations(LADDER, ladder))
        .anySatisfy(v -> assertThat(v).startsWith("#/rules/near-duplicate"))
        .anySatisfy(v -> assertThat(v).startsWith("#/rules/placeholder-text/severity"))
        .anySatisfy(v -> assertThat(v).startsWith("#/rules/rank-order/nested"));
  }

  @Test
  void refines_with_an_empty_list_is_rejected() {
    String level =
        """
        id: vp-engineering
        title: VP of Engineering
        track: management
        rank: 5
        expectations:
          delivery:
            - text: Raises delivery capacity across the organization
              refines: []
        """;
    assertThat(violations(LEVEL, level)).contains("#/expectations/delivery/0/refines minItems");
  }

  @Test
  void a_lower_case_currency_is_rejected() {
    String level =
        """
        id: engineer-1
        title: Engineer I
        track: ic
        rank: 1
        compensation: {currency: usd, min: 90000, max: 130000}
        """;
    assertThat(violations(LEVEL, level)).containsExactly("#/compensation/currency pattern");
  }

  @Test
  void a_scope_range_with_an_unknown_key_is_rejected() {
    String level =
        """
        id: engineering-manager
        title: Engineering Manager
        track: management
        rank: 1
        scope:
          directReports: {min: 4, maximum: 8}
        """;
    assertThat(violations(LEVEL, level))
        .containsExactly("#/scope/directReports additionalProperties [maximum]");
  }

  /**
   * Every innermost violation as {@code "pointer keyword"}, plus the key in brackets for {@code
   * required} and {@code additionalProperties}, whose pointer is the object holding the key.
   */
  private static List<String> violations(Schema schema, String yaml) {
    try {
      schema.validate(toJson(YAML.readTree(yaml)));
      return List.of();
    } catch (ValidationException e) {
      List<String> found = new ArrayList<>();
      collect(e, found);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(ValidationException e, List<String> found) {
    if (!e.getCausingExceptions().isEmpty()) {
      e.getCausingExceptions().forEach(cause -> collect(cause, found));
      return;
    }
    String where = e.getPointerToViolation() + " " + e.getKeyword();
    Matcher key = KEY.matcher(e.getErrorMessage());
    boolean namesKey = List.of("required", "additionalProperties").contains(e.getKeyword());
    found.add(namesKey && key.find() ? where + " " + key.group() : where);
  }

  /** A Jackson tree as the org.json values the schema library validates. */
  private static Object toJson(JsonNode node) {
    if (node.isObject()) {
      JSONObject object = new JSONObject();
      node.properties().forEach(e -> object.put(e.getKey(), toJson(e.getValue())));
      return object;
    }
    if (node.isArray()) {
      JSONArray array = new JSONArray();
      node.forEach(item -> array.put(toJson(item)));
      return array;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() || node.isMissingNode() ? JSONObject.NULL : node.asText();
  }

  private static Schema schema(String file) {
    try {
      JSONObject json = new JSONObject(Files.readString(SCHEMAS.resolve(file)));
      return SchemaLoader.builder().schemaJson(json).draftV7Support().build().load().build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (var in = PublishedSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
