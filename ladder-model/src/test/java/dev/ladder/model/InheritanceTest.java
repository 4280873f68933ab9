package dev.ladder.model;

import static dev.ladder.model.TestLadders.dim;
import static dev.ladder.model.TestLadders.eid;
import static dev.ladder.model.TestLadders.id;
import static dev.ladder.model.TestLadders.ladder;
import static dev.ladder.model.TestLadders.level;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InheritanceTest {
  private static List<String> texts(EffectiveLevel level, String dimension) {
    return level.expectations(dim(dimension)).stream().map(Expectation::text).toList();
  }

  private static EffectiveLevel effective(Ladder ladder, String level) {
    return ladder.effective(id(level)).orElseThrow();
  }

  @Test
  void a_level_without_extends_holds_only_its_own_expectations() {
    Ladder ladder =
        ladder(
            level("engineer", "ic", 1).expect("delivery", "Ships small changes"),
            level("senior", "ic", 2).expect("delivery", "Leads projects"));

    assertThat(texts(effective(ladder, "senior"), "delivery")).containsExactly("Leads projects");
  }

  @Test
  void an_extending_level_holds_inherited_expectations_first_then_its_own_per_dimension() {
    Ladder ladder =
        ladder(
            level("engineer", "ic", 1)
                .expect("delivery", "Ships small changes")
                .expect("craft", "Writes tests"),
            level("senior", "ic", 2)
                .extending("engineer")
                .expect("delivery", "Leads projects")
                .expect("mentoring", "Mentors juniors"));

    EffectiveLevel senior = effective(ladder, "senior");

    assertThat(texts(senior, "delivery")).containsExactly("Ships small changes", "Leads projects");
    assertThat(texts(senior, "craft")).containsExactly("Writes tests");
    assertThat(texts(senior, "mentoring")).containsExactly("Mentors juniors");
    assertThat(senior.expectations(dim("delivery")).get(0).owner()).isEqualTo(id("engineer"));
    assertThat(senior.ids())
        .containsExactly(
            eid("ships-small-changes"),
            eid("leads-projects"),
            eid("writes-tests"),
            eid("mentors-juniors"));
  }

  @Test
  void a_chain_of_four_levels_accumulates_every_ancestor_in_order() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "One"),
            level("e2", "ic", 2).extending("e1").expect("delivery", "Two"),
            level("e3", "ic", 3).extending("e2").expect("delivery", "Three"),
            level("e4", "ic", 4).extending("e3").expect("delivery", "Four"));

    assertThat(texts(effective(ladder, "e4"), "delivery"))
        .containsExactly("One", "Two", "Three", "Four");
    assertThat(ladder.ancestors(ladder.level(id("e4")).orElseThrow()))
        .extracting(Level::id)
        .containsExactly(id("e3"), id("e2"), id("e1"));
  }

  @Test
  void an_engineering_manager_extends_a_senior_engineer_across_tracks() {
    Ladder ladder =
        ladder(
            level("senior-engineer", "ic", 3).expect("craft", "Designs systems"),
            level("engineering-manager", "management", 1)
                .extending("senior-engineer")
                .expect("people", "Coaches reports"));

    EffectiveLevel em = effective(ladder, "engineering-manager");

    assertThat(texts(em, "craft")).containsExactly("Designs systems");
    assertThat(texts(em, "people")).containsExactly("Coaches reports");
    assertThat(em.contains(eid("designs-systems"))).isTrue();
  }

  @Test
  void experience_is_inherited_field_by_field() {
    Ladder ladder =
        ladder(
            level("manager", "management", 1).minYears(5).leadershipYears(1),
            level("director", "management", 2).extending("manager").minYears(10));

    Experience director = effective(ladder, "director").experience();

    assertThat(director.minYears()).contains(BigDecimal.valueOf(10));
    assertThat(director.leadershipYears()).contains(BigDecimal.valueOf(1));
  }

  @Test
  void ratings_are_inherited_per_attribute_and_overridden_by_the_level_own() {
    Ladder ladder =
        ladder(
            level("manager", "management", 1)
                .rating("leadership-reach", "team")
                .rating("technical-reach", "team"),
            level("director", "management", 2)
                .extending("manager")
                .rating("leadership-reach", "organization"));

    assertThat(effective(ladder, "director").ratings())
        .containsExactly(
            entry("leadership-reach", "organization"), entry("technical-reach", "team"));
  }

  @Test
  void scope_is_inherited_per_key_and_each_end_of_a_range_is_overridden_on_its_own() {
    Ladder ladder =
        ladder(
            level("manager", "management", 1).scope("teams", 1, 10).scope("headcount", 4, 12),
            level("director", "management", 2)
                .extending("manager")
                .scope("teams", 4, null)
                .scope("directReports", 5, 10));

    EffectiveLevel director = effective(ladder, "director");

    assertThat(director.scope().keySet()).containsExactly("teams", "headcount", "directReports");
    assertThat(director.scope().get("teams")).isEqualTo(range(4, 10));
    assertThat(director.scope().get("headcount")).isEqualTo(range(4, 12));
    assertThat(director.scope().get("directReports")).isEqualTo(range(5, 10));
  }

  @Test
  void compensation_inherits_currency_and_each_end_of_the_band_separately() {
    Ladder ladder =
        ladder(
            level("manager", "management", 1).compensation("USD", 150_000, 300_000),
            level("director", "management", 2)
                .extending("manager")
                .compensation(null, 230_000, null));

    Compensation director = effective(ladder, "director").compensation();

    assertThat(director.currency()).contains("USD");
    assertThat(director.min()).contains(BigDecimal.valueOf(230_000));
    assertThat(director.max()).contains(BigDecimal.valueOf(300_000));
  }

  @Test
  void values_are_inherited_through_a_level_that_sets_none_of_them() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).minYears(1).rating("technical-reach", "self").scope("teams", 1, 1),
            level("e2", "ic", 2).extending("e1"),
            level("e3", "ic", 3).extending("e2"));

    EffectiveLevel e3 = effective(ladder, "e3");

    assertThat(e3.experience().minYears()).contains(BigDecimal.ONE);
    assertThat(e3.ratings()).containsEntry(AttributeId.of("technical-reach"), "self");
    assertThat(e3.scope()).containsEntry("teams", range(1, 1));
  }

  @Test
  void a_level_extending_a_missing_level_keeps_its_own_expectations_and_values() {
    Ladder ladder =
        ladder(
            level("senior", "ic", 2)
                .extending("no-such-level")
                .minYears(4)
                .expect("delivery", "Leads projects"));

    EffectiveLevel senior = effective(ladder, "senior");

    assertThat(texts(senior, "delivery")).containsExactly("Leads projects");
    assertThat(senior.experience().minYears()).contains(BigDecimal.valueOf(4));
    assertThat(ladder.ancestors(senior.level())).isEmpty();
    assertThat(ladder.extendsCycle(senior.level())).isEmpty();
  }

  @Test
  void members_of_an_extends_cycle_inherit_nothing_and_are_reported_as_the_cycle() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).extending("c").expect("delivery", "From a").minYears(1),
            level("b", "ic", 2).extending("a").expect("delivery", "From b"),
            level("c", "ic", 3).extending("b").expect("delivery", "From c"));

    assertThat(texts(effective(ladder, "a"), "delivery")).containsExactly("From a");
    assertThat(texts(effective(ladder, "b"), "delivery")).containsExactly("From b");
    assertThat(effective(ladder, "b").experience().minYears()).isEmpty();
    assertThat(ladder.extendsCycle(ladder.level(id("b")).orElseThrow()))
        .extracting(Level::id)
        .containsExactly(id("b"), id("a"), id("c"));
  }

  @Test
  void a_level_extending_itself_is_a_cycle_of_one() {
    Ladder ladder = ladder(level("a", "ic", 1).extending("a").expect("delivery", "Own"));
    Level a = ladder.level(id("a")).orElseThrow();

    assertThat(ladder.extendsCycle(a)).containsExactly(a);
    assertThat(ladder.ancestors(a)).isEmpty();
    assertThat(texts(effective(ladder, "a"), "delivery")).containsExactly("Own");
  }

  @Test
  void a_level_extending_into_a_cycle_inherits_from_the_member_it_names() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).extending("b").expect("delivery", "From a"),
            level("b", "ic", 2).extending("a").expect("delivery", "From b"),
            level("outside", "ic", 3).extending("b").expect("delivery", "From outside"));
    Level outside = ladder.level(id("outside")).orElseThrow();

    assertThat(texts(effective(ladder, "outside"), "delivery"))
        .containsExactly("From b", "From outside");
    assertThat(ladder.extendsCycle(outside)).isEmpty();
    assertThat(ladder.ancestors(outside)).extracting(Level::id).containsExactly(id("b"), id("a"));
  }

  @Test
  void a_repeated_level_id_resolves_to_the_first_file_and_both_levels_stay_in_the_ladder() {
    Ladder ladder =
        ladder(
            level("base", "ic", 1).expect("delivery", "Base"),
            level("senior", "ic", 2)
                .file("levels/b-senior.yaml")
                .extending("base")
                .expect("delivery", "Second file"),
            level("senior", "ic", 3)
                .file("levels/a-senior.yaml")
                .extending("base")
                .expect("delivery", "First file"));

    Level second =
        ladder.levels().stream()
            .filter(l -> l.file().equals("levels/b-senior.yaml"))
            .findFirst()
            .orElseThrow();

    assertThat(ladder.levels()).extracting(Level::file).contains("levels/b-senior.yaml");
    assertThat(ladder.level(id("senior")).map(Level::file)).contains("levels/a-senior.yaml");
    assertThat(texts(effective(ladder, "senior"), "delivery"))
        .containsExactly("Base", "First file");
    assertThat(texts(ladder.effective(second), "delivery")).containsExactly("Base", "Second file");
  }

  @Test
  void an_unknown_level_has_no_effective_level_and_no_diff() {
    Ladder ladder = ladder(level("senior", "ic", 2));

    assertThat(ladder.effective(id("nobody"))).isEmpty();
    assertThat(ladder.diff(id("senior"), id("nobody"))).isEmpty();
    assertThat(ladder.level(id("nobody"))).isEmpty();
  }

  @Test
  void a_chain_of_five_thousand_levels_is_computed_without_recursion() {
    int depth = 5_000;
    TestLadders.LevelSpec[] levels = new TestLadders.LevelSpec[depth];
    levels[0] = level("l0", "ic", 1).expect("delivery", "root", "Root expectation").minYears(0);
    for (int i = 1; i < depth; i++) {
      levels[i] = level("l" + i, "ic", i + 1).extending("l" + (i - 1));
      if (i % 1_000 == 0) {
        levels[i].expect("delivery", "at-" + i, "Added at " + i).minYears(i);
      }
    }
    levels[depth - 1].refine("delivery", "top", "Top", "at-4000");

    Ladder ladder = ladder(levels);
    EffectiveLevel top = effective(ladder, "l" + (depth - 1));

    assertThat(top.ids())
        .containsExactly(eid("root"), eid("at-1000"), eid("at-2000"), eid("at-3000"), eid("top"));
    assertThat(top.experience().minYears()).contains(BigDecimal.valueOf(4_000));
    assertThat(ladder.ancestors(top.level())).hasSize(depth - 1);
    assertThat(ladder.stepsUp()).hasSize(depth - 1);
    assertThat(ladder.diff(id("l0"), id("l" + (depth - 1))).orElseThrow().carried())
        .extracting(Expectation::id)
        .containsExactly(eid("root"));
  }

  @Test
  void a_cycle_of_five_thousand_levels_terminates_and_inherits_nothing() {
    int size = 5_000;
    TestLadders.LevelSpec[] levels = new TestLadders.LevelSpec[size];
    for (int i = 0; i < size; i++) {
      levels[i] =
          level("l" + i, "ic", i + 1)
              .extending("l" + ((i + 1) % size))
              .expect("delivery", "own-" + i, "Own " + i);
    }

    Ladder ladder = ladder(levels);

    assertThat(effective(ladder, "l2500").ids()).containsExactly(eid("own-2500"));
    assertThat(ladder.extendsCycle(ladder.level(id("l0")).orElseThrow())).hasSize(size);
  }

  private static java.util.Map.Entry<AttributeId, String> entry(String attribute, String value) {
    return java.util.Map.entry(AttributeId.of(attribute), value);
  }

  private static Range range(Integer min, Integer max) {
    return new Range(
        Optional.ofNullable(min).map(BigDecimal::valueOf),
        Optional.ofNullable(max).map(BigDecimal::valueOf));
  }
}
