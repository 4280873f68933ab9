package dev.ladder.model.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Compensation;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Range;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.TrackId;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderWriterTest {
  private static final LadderWriter WRITER = LadderWriter.standard();

  private static final String LADDER_YAML =
      """
      ladderFormat: 1
      id: acme-engineering
      name: Acme Engineering Ladder
      description: How engineers grow at Acme
      tracks:
        - id: ic
          name: Individual contributor
        - id: management
          name: People manager
          description: Leads through others
      dimensions:
        - id: scope-of-knowledge
          name: Scope of knowledge
          description: Breadth and depth
        - id: responsibilities
          name: Responsibilities
      scales:
        reach: [self, team, multi-team, organization, company, industry]
        empty: []
      attributes:
        - id: leadership-reach
          name: Leadership reach
          scale: reach
          description: How far leadership carries
      competencies:
        - id: deliver-results
          name: Deliver results
        - id: strategic-thinking
          name: Strategic thinking
          description: Sees the long game
      equivalences:
        - [director-engineering, principal-engineer]
      rules:
        placeholder-text: error
        near-duplicate: "off"
      """;

  /** Every field of a level file, in the order the writer writes them. */
  private static final String VP_YAML =
      """
      id: vp-engineering
      title: VP of Engineering
      track: management
      rank: 5
      extends: director-engineering
      status: deprecated
      summary: |-
        Leads the engineering organization.

        Sits on the executive team.
      experience:
        minYears: 15
        leadershipYears: 2.5
      ratings:
        leadership-reach: organization
      scope:
        teams: {min: 6}
        directReports: {min: 4, max: 8}
        headcount: {}
      compensation:
        currency: USD
        min: 250000
        max: 450000
      competencies: [deliver-results, strategic-thinking]
      expectations:
        scope-of-knowledge:
          - Organizational design
          - id: external-communication
            text: Cross-functional and external communication
            refines: cross-functional-communication
          - id: technology-strategy
            text: Sets the technology strategy
            refines: [platform-strategy, product-strategy]
          - id: budget
            text: Owns the budget
        responsibilities: []
      retires:
        - expectation: drives-em-growth
          reason: Delegated to directors
        - expectation: runs-standups
      progression:
        next: [cto]
      checkpoints:
        - Has grown two directors
        - "Led a re-org: twice"
      """;

  private static ReadResult read(Path root, String ladderYaml, Map<String, String> levels)
      throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve("ladder.yaml"), ladderYaml);
    for (Map.Entry<String, String> level : levels.entrySet()) {
      Path file = root.resolve(level.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, level.getValue());
    }
    return LadderReader.standard().read(root);
  }

  @Test
  void every_field_is_written_back_in_the_order_of_the_format_reference(@TempDir Path dir)
      throws IOException {
    ReadResult read =
        read(
            dir.resolve("in"),
            LADDER_YAML,
            Map.of("levels/management/vp-engineering.yaml", VP_YAML));

    SortedMap<String, String> files = WRITER.files(read.ladder());

    assertThat(files).containsOnlyKeys("ladder.yaml", "levels/management/vp-engineering.yaml");
    assertThat(files.get("ladder.yaml")).isEqualTo(LADDER_YAML);
    assertThat(files.get("levels/management/vp-engineering.yaml")).isEqualTo(VP_YAML);
    RoundTrip.check(read.ladder(), dir.resolve("out"));
  }

  @Test
  void default_and_empty_fields_are_left_out() {
    Level level = level("engineer-1", Map.of()).build(); // active, no summary, no values, no lists

    assertThat(WRITER.levelYaml(level))
        .isEqualTo(
            """
            id: engineer-1
            title: Engineer I
            track: ic
            rank: 1
            """);
  }

  @Test
  void an_empty_ladder_yaml_still_has_its_required_keys() {
    Ladder ladder = Ladder.builder().id("tiny").name("Tiny").build();

    assertThat(WRITER.ladderYaml(ladder))
        .isEqualTo(
            """
            ladderFormat: 1
            id: tiny
            name: Tiny
            tracks: []
            dimensions: []
            """);
  }

  @Test
  void a_declared_but_empty_competency_catalogue_is_kept_as_an_empty_list(@TempDir Path dir) {
    Ladder ladder = Ladder.builder().id("tiny").name("Tiny").competencies(List.of()).build();

    assertThat(WRITER.ladderYaml(ladder)).endsWith("dimensions: []\ncompetencies: []\n");
    ReadResult back = RoundTrip.check(ladder, dir.resolve("ladder"));
    assertThat(back.ladder().competencies()).contains(List.of());
  }

  @Test
  void an_expectation_whose_id_is_the_slug_of_its_text_is_a_plain_string() {
    Level level =
        level(
                "engineer-1",
                Map.of(
                    "delivery",
                    List.of(
                        expectation("ships-small-changes", "Ships small changes"),
                        expectation("reviews", "Ships small changes, reviewed"),
                        expectation("plans", "Plans the work", "estimates"))))
            .build();

    assertThat(WRITER.levelYaml(level))
        .contains(
            """
            expectations:
              delivery:
                - Ships small changes
                - id: reviews
                  text: Ships small changes, reviewed
                - id: plans
                  text: Plans the work
                  refines: estimates
            """);
  }

  @Test
  void an_expectation_refining_several_writes_them_as_a_list() {
    Level level =
        level(
                "principal",
                Map.of(
                    "delivery",
                    List.of(expectation("strategy", "Sets strategy", "tech-plan", "team-plan"))))
            .build();

    assertThat(WRITER.levelYaml(level)).contains("      refines: [tech-plan, team-plan]\n");
  }

  @Test
  void numbers_are_written_as_people_write_them() {
    assertThat(Scalars.number(new BigDecimal("1E+1"))).isEqualTo("10");
    assertThat(Scalars.number(new BigDecimal("2.50"))).isEqualTo("2.5");
    assertThat(Scalars.number(new BigDecimal("15"))).isEqualTo("15");
    assertThat(Scalars.number(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(Scalars.number(new BigDecimal("-0.5"))).isEqualTo("-0.5");
    assertThat(Scalars.number(new BigDecimal("2.5E-3"))).isEqualTo("0.0025");
    assertThat(Scalars.number(new BigDecimal("123456789012345678901234567890.125")))
        .isEqualTo("123456789012345678901234567890.125");
  }

  @Test
  void numbers_read_back_to_the_same_value(@TempDir Path dir) {
    Level level =
        level("engineer-1", Map.of())
            .experience(new BigDecimal("1E+1"), new BigDecimal("0.25"))
            .scope("headcount", new BigDecimal("12345678901234567890.5"), null)
            .compensation(new BigDecimal("90000.00"), new BigDecimal("1.3E+5"))
            .build();
    Ladder ladder = Ladder.builder().id("tiny").name("Tiny").level(level).build();

    assertThat(WRITER.levelYaml(level))
        .contains("  minYears: 10\n  leadershipYears: 0.25\n")
        .contains("  headcount: {min: 12345678901234567890.5}\n")
        .contains("compensation:\n  min: 90000\n  max: 130000\n");
    Level back = RoundTrip.check(ladder, dir.resolve("ladder")).ladder().levels().get(0);
    assertThat(back.experience().minYears())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
  }

  @Test
  void the_same_ladder_gives_the_same_bytes() {
    Ladder ladder =
        LadderReader.standard().read(Path.of("../examples/engineering-ladder/ladder")).ladder();

    assertThat(WRITER.files(ladder)).isEqualTo(WRITER.files(ladder));
  }

  @Test
  void a_rule_with_options_is_written_as_an_object_and_reads_back_the_same(@TempDir Path dir) {
    SourceRef at = SourceRef.root("ladder.yaml");
    Ladder ladder =
        Ladder.builder()
            .id("tiny")
            .name("Tiny")
            .rule(
                new RuleSetting(
                    "required-dimensions",
                    java.util.Optional.of("warning"),
                    java.util.Map.of("dimensions", java.util.List.of("delivery", "people")),
                    at))
            .rule(
                new RuleSetting(
                    "forbidden-words",
                    java.util.Optional.empty(),
                    java.util.Map.of("words", java.util.List.of("yes")),
                    at))
            .build();

    assertThat(WRITER.ladderYaml(ladder))
        .endsWith(
            "rules:\n"
                + "  required-dimensions:\n"
                + "    severity: warning\n"
                + "    dimensions: [delivery, people]\n"
                + "  forbidden-words:\n"
                + "    words: \"yes\"\n");
    RoundTrip.check(ladder, dir.resolve("ladder"));
  }

  @Test
  void a_rule_set_twice_cannot_be_written() {
    SourceRef at = SourceRef.root("ladder.yaml");
    Ladder ladder =
        Ladder.builder()
            .id("tiny")
            .name("Tiny")
            .rule(new RuleSetting("placeholder-text", "error", at))
            .rule(new RuleSetting("placeholder-text", "off", at))
            .build();

    assertThatThrownBy(() -> WRITER.ladderYaml(ladder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule placeholder-text is set twice; ladder.yaml can set each rule once");
  }

  @Test
  void a_key_too_long_for_an_implicit_key_is_written_as_an_explicit_one(@TempDir Path dir) {
    String longRule = "r".repeat(1_500);
    Ladder ladder =
        Ladder.builder()
            .id("tiny")
            .name("Tiny")
            .rule(new RuleSetting(longRule, "off", SourceRef.root("ladder.yaml")))
            .build();

    assertThat(WRITER.ladderYaml(ladder)).endsWith("rules:\n  ? " + longRule + "\n  : \"off\"\n");
    RoundTrip.check(ladder, dir.resolve("ladder"));
  }

  // --- where each level goes --------------------------------------------------------------------

  @Test
  void a_level_keeps_its_path_under_levels() {
    assertThat(LevelPaths.kept("levels/ic/senior.yaml")).isEqualTo("levels/ic/senior.yaml");
    assertThat(LevelPaths.kept("levels/Senior_Engineer.v2.yml"))
        .isEqualTo("levels/Senior_Engineer.v2.yml");
    assertThat(LevelPaths.kept("levels/management/manager.json"))
        .isEqualTo("levels/management/manager.yaml");
  }

  @Test
  void a_path_that_could_leave_the_folder_or_is_not_a_level_file_is_not_kept() {
    assertThat(LevelPaths.kept("levels/../ladder.yaml")).isNull();
    assertThat(LevelPaths.kept("levels/./a.yaml")).isNull();
    assertThat(LevelPaths.kept("/etc/levels/a.yaml")).isNull();
    assertThat(LevelPaths.kept("levels//a.yaml")).isNull();
    assertThat(LevelPaths.kept("levels/a\\b.yaml")).isNull();
    assertThat(LevelPaths.kept("levels/.hidden.yaml")).isNull();
    assertThat(LevelPaths.kept("levels/a b.yaml")).isNull();
    assertThat(LevelPaths.kept("levels/a.txt")).isNull();
    assertThat(LevelPaths.kept("ladder.yaml")).isNull();
    assertThat(LevelPaths.kept("other/a.yaml")).isNull();
  }

  @Test
  void a_level_without_a_usable_path_goes_under_its_track_and_id() {
    Level fromJava = level("staff-engineer", Map.of()).file("ladder.yaml").build();
    Level odd = level("Odd Id!", Map.of()).track("I C").file("../x.yaml").build();
    Level nameless = level("!!!", Map.of()).track("???").file("").build();

    assertThat(LevelPaths.assign(List.of(fromJava, odd, nameless)))
        .containsExactly(
            "levels/ic/staff-engineer.yaml", "levels/i-c/odd-id.yaml", "levels/track/level.yaml");
  }

  @Test
  void two_levels_never_share_a_file_even_on_a_file_system_that_ignores_case() {
    Level a = level("senior", Map.of()).file("levels/ic/senior.yaml").build();
    Level b = level("senior", Map.of()).file("levels/IC/Senior.yaml").build();
    Level c = level("other", Map.of()).file("levels/ic/senior.yaml").build();
    Level d = level("senior", Map.of()).file("levels/x.json").build();

    assertThat(LevelPaths.assign(List.of(a, b, c, d)))
        .containsExactly(
            "levels/ic/senior.yaml",
            "levels/ic/senior-2.yaml",
            "levels/ic/other.yaml",
            "levels/x.yaml");
  }

  @Test
  void a_kept_path_wins_over_a_path_made_for_a_level_before_it() {
    Level made = level("senior", Map.of()).file("").build();
    Level kept = level("other", Map.of()).file("levels/ic/senior.yaml").build();

    assertThat(LevelPaths.assign(List.of(made, kept)))
        .containsExactly("levels/ic/senior-2.yaml", "levels/ic/senior.yaml");
  }

  // --- writing to a folder ----------------------------------------------------------------------

  @Test
  void writing_creates_the_folders_and_returns_the_paths(@TempDir Path dir) throws IOException {
    Ladder ladder = LadderReader.standard().read(Path.of("src/test/resources/read/good")).ladder();

    List<String> written = WRITER.write(ladder, dir.resolve("a/b/ladder"));

    assertThat(written)
        .containsExactly("ladder.yaml", "levels/ic/senior.yaml", "levels/management/manager.yaml");
    assertThat(dir.resolve("a/b/ladder/levels/management/manager.yaml")).isRegularFile();
  }

  @Test
  void writing_over_the_ladder_it_was_read_from_replaces_its_files(@TempDir Path dir)
      throws IOException {
    Path root = dir.resolve("ladder");
    ReadResult read =
        read(root, LADDER_YAML, Map.of("levels/management/vp-engineering.yaml", VP_YAML));
    Files.writeString(root.resolve("README.md"), "not a ladder file");

    WRITER.write(read.ladder(), root);

    assertThat(root.resolve("levels/management/vp-engineering.yaml")).hasContent(VP_YAML);
    assertThat(root.resolve("README.md")).hasContent("not a ladder file");
  }

  @Test
  void a_level_file_the_ladder_does_not_have_is_refused_before_anything_is_written(
      @TempDir Path dir) throws IOException {
    Path root = dir.resolve("ladder");
    Files.createDirectories(root.resolve("levels/old"));
    Files.writeString(root.resolve("levels/old/gone.yaml"), "id: gone\n");
    Ladder ladder = Ladder.builder().id("tiny").name("Tiny").build();

    assertThatThrownBy(() -> WRITER.write(ladder, root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("levels/old/gone.yaml is a level file this ladder does not have");
    assertThat(root.resolve("ladder.yaml")).doesNotExist();
  }

  @Test
  void a_symbolic_link_on_the_way_is_refused(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path root = Files.createDirectories(dir.resolve("ladder"));
    Files.createSymbolicLink(root.resolve("levels"), outside);
    Ladder ladder =
        Ladder.builder()
            .id("tiny")
            .name("Tiny")
            .level(level("senior", Map.of()).file("levels/senior.yaml").build())
            .build();

    assertThatThrownBy(() -> WRITER.write(ladder, root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("levels is a symbolic link; the writer never writes through one");
    try (var files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void a_symbolic_link_where_a_file_goes_is_refused(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("elsewhere.yaml"), "kept");
    Path root = Files.createDirectories(dir.resolve("ladder"));
    Files.createSymbolicLink(root.resolve("ladder.yaml"), target);
    Ladder ladder = Ladder.builder().id("tiny").name("Tiny").build();

    assertThatThrownBy(() -> WRITER.write(ladder, root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "ladder.yaml is a symbolic link; the writer never writes through one");
    assertThat(target).hasContent("kept");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static Expectation expectation(String id, String text, String... refines) {
    return new Expectation(
        ExpectationId.of(id),
        text,
        DimensionId.of("delivery"),
        List.of(refines).stream().map(ExpectationId::of).toList(),
        LevelId.of("owner"),
        SourceRef.root("levels/owner.yaml"));
  }

  private static LevelBuilder level(String id, Map<String, List<Expectation>> expectations) {
    return new LevelBuilder(id, expectations);
  }

  /** The few level fields these tests vary; everything else empty. */
  private static final class LevelBuilder {
    private final String id;
    private final Map<DimensionId, List<Expectation>> expectations = new LinkedHashMap<>();
    private String track = "ic";
    private String file;
    private Experience experience = Experience.NONE;
    private final Map<String, Range> scope = new LinkedHashMap<>();
    private Compensation compensation = Compensation.NONE;

    LevelBuilder(String id, Map<String, List<Expectation>> expectations) {
      this.id = id;
      this.file = "levels/" + id + ".yaml";
      expectations.forEach((d, list) -> this.expectations.put(DimensionId.of(d), list));
    }

    LevelBuilder track(String track) {
      this.track = track;
      return this;
    }

    LevelBuilder file(String file) {
      this.file = file;
      return this;
    }

    LevelBuilder experience(BigDecimal minYears, BigDecimal leadershipYears) {
      this.experience = new Experience(Optional.of(minYears), Optional.of(leadershipYears));
      return this;
    }

    LevelBuilder scope(String key, BigDecimal min, BigDecimal max) {
      scope.put(key, Range.of(min, max));
      return this;
    }

    LevelBuilder compensation(BigDecimal min, BigDecimal max) {
      this.compensation = new Compensation(Optional.empty(), Range.of(min, max));
      return this;
    }

    Level build() {
      return new Level(
          LevelId.of(id),
          id.equals("engineer-1") ? "Engineer I" : id,
          TrackId.of(track),
          1,
          Optional.empty(),
          Status.ACTIVE,
          "",
          experience,
          Map.of(),
          scope,
          compensation,
          List.of(),
          expectations,
          List.of(),
          List.of(),
          List.of(),
          SourceRef.root(file));
    }
  }
}
