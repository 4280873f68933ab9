package dev.ladder.model;

import static dev.ladder.model.TestLadders.eid;
import static dev.ladder.model.TestLadders.id;
import static dev.ladder.model.TestLadders.ladder;
import static dev.ladder.model.TestLadders.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelDiffTest {
  private static final Ladder LADDER =
      ladder(
          level("director", "management", 4)
              .title("Director of Engineering")
              .expect("scope", "cross-functional-communication", "Cross-functional communication")
              .expect("scope", "org-architecture", "Knows the organization's architecture")
              .expect("responsibilities", "org-budget", "Owns the organization's budget")
              .expect("people", "drives-em-growth", "Grows engineering managers")
              .expect("people", "mentoring", "Mentors")
              .minYears(10)
              .leadershipYears(5)
              .rating("leadership-reach", "organization")
              .rating("technical-reach", "multi-team")
              .scope("teams", 4, 10)
              .scope("directReports", 5, 10)
              .compensation("USD", 230_000, 330_000),
          level("vp", "management", 5)
              .title("VP of Engineering")
              .extending("director")
              .expect("scope", "Organizational design")
              .refine(
                  "scope",
                  "external-communication",
                  "Cross-functional and external communication",
                  "cross-functional-communication")
              .refine("responsibilities", "engineering-budget", "Owns the budget", "org-budget")
              .retire("drives-em-growth", "Directors grow managers now")
              .retire("mentoring", "")
              .minYears(15)
              .rating("leadership-reach", "company")
              .scope("teams", 8, 40)
              .compensation(null, 250_000, 450_000),
          level("cto", "management", 6).extending("vp"),
          level("renamed", "management", 7)
              .extending("vp")
              .refine(
                  "scope",
                  "organizational-design",
                  "Designs the organization",
                  "organizational-design"),
          level("elsewhere", "ic", 9).expect("scope", "org-architecture", "Same id, other level"));

  private static LevelDiff diff(String lower, String higher) {
    return LADDER.diff(id(lower), id(higher)).orElseThrow();
  }

  @Test
  void vp_adds_organizational_design_over_director() {
    assertThat(diff("director", "vp").added())
        .extracting(Expectation::id)
        .containsExactly(eid("organizational-design"));
  }

  @Test
  void vp_refines_director_expectations_in_old_to_new_pairs() {
    assertThat(diff("director", "vp").refined())
        .extracting(r -> r.lower().id(), r -> r.higher().id())
        .containsExactly(
            tuple(eid("cross-functional-communication"), eid("external-communication")),
            tuple(eid("org-budget"), eid("engineering-budget")));
  }

  @Test
  void vp_retires_director_expectations_with_their_reasons() {
    LevelDiff diff = diff("director", "vp");

    assertThat(diff.retired())
        .extracting(Expectation::id)
        .containsExactly(eid("drives-em-growth"), eid("mentoring"));
    assertThat(diff.retirement(eid("drives-em-growth")))
        .map(Retirement::reason)
        .contains("Directors grow managers now");
    assertThat(diff.retirement(eid("mentoring"))).map(Retirement::reason).contains("");
  }

  @Test
  void vp_carries_the_director_expectations_it_neither_refines_nor_retires() {
    LevelDiff diff = diff("director", "vp");

    assertThat(diff.carried()).extracting(Expectation::id).containsExactly(eid("org-architecture"));
    assertThat(diff.dropped()).isEmpty();
  }

  @Test
  void vp_changes_ratings_experience_scope_and_compensation_only_where_they_differ() {
    LevelDiff diff = diff("director", "vp");

    assertThat(diff.ratings())
        .containsOnlyKeys(AttributeId.of("leadership-reach"))
        .extractingByKey(AttributeId.of("leadership-reach"))
        .isEqualTo(new LevelDiff.Change<>(Optional.of("organization"), Optional.of("company")));
    assertThat(diff.experience())
        .containsOnlyKeys("minYears")
        .extractingByKey("minYears")
        .isEqualTo(
            new LevelDiff.Change<>(
                Optional.of(BigDecimal.valueOf(10)), Optional.of(BigDecimal.valueOf(15))));
    assertThat(diff.scope()).containsOnlyKeys("teams");
    assertThat(diff.scope().get("teams").to().flatMap(Range::max)).contains(BigDecimal.valueOf(40));
    assertThat(diff.compensation().orElseThrow().to().flatMap(Compensation::min))
        .contains(BigDecimal.valueOf(250_000));
    assertThat(diff.compensation().orElseThrow().to().flatMap(Compensation::currency))
        .contains("USD");
    assertThat(diff.addsNothing()).isFalse();
  }

  @Test
  void a_level_that_only_extends_adds_nothing_over_it() {
    LevelDiff diff = diff("vp", "cto");

    assertThat(diff.addsNothing()).isTrue();
    assertThat(diff.carried()).hasSize(4);
    assertThat(diff.compensation()).isEmpty();
  }

  @Test
  void retirements_inherited_from_between_the_two_levels_count_as_retired() {
    LevelDiff diff = diff("director", "cto");

    assertThat(diff.retired())
        .extracting(Expectation::id)
        .containsExactly(eid("drives-em-growth"), eid("mentoring"));
    assertThat(diff.refined()).hasSize(2);
    assertThat(diff.added())
        .extracting(Expectation::id)
        .containsExactly(eid("organizational-design"));
  }

  @Test
  void an_expectation_that_refines_its_own_id_is_a_refinement_not_a_carry() {
    LevelDiff diff = diff("vp", "renamed");

    assertThat(diff.refined())
        .extracting(r -> r.lower().text(), r -> r.higher().text())
        .containsExactly(tuple("Organizational design", "Designs the organization"));
    assertThat(diff.added()).isEmpty();
    assertThat(diff.carried())
        .extracting(Expectation::id)
        .doesNotContain(eid("organizational-design"));
  }

  @Test
  void a_refinement_through_a_chain_pairs_the_lower_expectation_with_the_expectation_at_the_top() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "a", "A").expect("delivery", "z", "Z"),
            level("e2", "ic", 2).extending("e1").refine("delivery", "b", "B", "a"),
            level("e3", "ic", 3)
                .extending("e2")
                .refine("delivery", "y", "Y", "z")
                .refine("delivery", "c", "C", "b"));

    LevelDiff diff = ladder.diff(id("e1"), id("e3")).orElseThrow();

    assertThat(diff.refined())
        .extracting(r -> r.lower().id(), r -> r.higher().id())
        .containsExactly(tuple(eid("a"), eid("c")), tuple(eid("z"), eid("y")));
    assertThat(diff.added()).isEmpty();
  }

  @Test
  void a_lower_expectation_whose_replacement_was_retired_further_up_counts_as_retired() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "a", "A"),
            level("e2", "ic", 2).extending("e1").refine("delivery", "b", "B", "a"),
            level("e3", "ic", 3).extending("e2").retire("b", "Handed to another team"));

    LevelDiff diff = ladder.diff(id("e1"), id("e3")).orElseThrow();

    assertThat(diff.retired()).extracting(Expectation::id).containsExactly(eid("a"));
    assertThat(diff.retirement(eid("a")))
        .map(Retirement::reason)
        .contains("Handed to another team");
    assertThat(diff.dropped()).isEmpty();
  }

  @Test
  void expectations_the_higher_level_does_not_contain_are_dropped() {
    LevelDiff diff = diff("director", "elsewhere");

    assertThat(diff.carried()).extracting(Expectation::id).containsExactly(eid("org-architecture"));
    assertThat(diff.dropped())
        .extracting(Expectation::id)
        .containsExactly(
            eid("cross-functional-communication"),
            eid("org-budget"),
            eid("drives-em-growth"),
            eid("mentoring"));
    assertThat(diff.added()).isEmpty();
    assertThat(diff.addsNothing()).isFalse();
  }

  @Test
  void every_lower_expectation_lands_in_exactly_one_bucket() {
    LevelDiff diff = diff("director", "vp");
    int lower = LADDER.effective(id("director")).orElseThrow().allExpectations().size();

    assertThat(
            diff.carried().size()
                + diff.refined().size()
                + diff.retired().size()
                + diff.dropped().size())
        .isEqualTo(lower);
  }

  @Test
  void a_diff_of_a_level_with_itself_adds_nothing() {
    LevelDiff diff = diff("director", "director");

    assertThat(diff.addsNothing()).isTrue();
    assertThat(diff.compensation()).isEmpty();
    assertThat(diff.carried()).hasSize(5);
  }

  @Test
  void a_change_in_compensation_alone_is_not_progression() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).expect("delivery", "Ships").compensation("USD", 100, 200),
            level("b", "ic", 2).extending("a").compensation("USD", 150, 250));

    LevelDiff diff = ladder.diff(id("a"), id("b")).orElseThrow();

    assertThat(diff.compensation()).isPresent();
    assertThat(diff.addsNothing()).isTrue();
  }

  @Test
  void a_value_that_appears_or_disappears_is_a_change_with_one_side_empty() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).rating("technical-reach", "team"),
            level("b", "ic", 2).leadershipYears(2).scope("teams", 1, null));

    LevelDiff diff = ladder.diff(id("a"), id("b")).orElseThrow();

    assertThat(diff.ratings().get(AttributeId.of("technical-reach")))
        .isEqualTo(new LevelDiff.Change<>(Optional.of("team"), Optional.empty()));
    assertThat(diff.experience().get("leadershipYears").from()).isEmpty();
    assertThat(diff.scope().get("teams").from()).isEmpty();
  }

  @Test
  void numbers_are_compared_by_value_not_by_scale() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).minYears(5),
            level("b", "ic", 2).extending("a").minYears(new BigDecimal("5.0")));

    assertThat(ladder.diff(id("a"), id("b")).orElseThrow().experience()).isEmpty();
  }

  @Test
  void a_value_that_grows_rises_and_one_that_shrinks_falls() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).minYears(5).leadershipYears(3).rating("technical-reach", "team"),
            level("b", "ic", 2)
                .minYears(8)
                .leadershipYears(1)
                .rating("technical-reach", "company"));

    LevelDiff diff = ladder.diff(id("a"), id("b")).orElseThrow();
    Comparator<String> reach = ladder.scale(TestLadders.REACH).orElseThrow().order();

    assertThat(diff.experience().get("minYears").trend(Comparator.naturalOrder()))
        .isEqualTo(LevelDiff.Trend.RISES);
    assertThat(diff.experience().get("leadershipYears").trend(Comparator.naturalOrder()))
        .isEqualTo(LevelDiff.Trend.FALLS);
    assertThat(diff.ratings().get(AttributeId.of("technical-reach")).trend(reach))
        .isEqualTo(LevelDiff.Trend.RISES);
  }

  @Test
  void a_value_only_one_level_has_appears_or_disappears() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).rating("technical-reach", "team"),
            level("b", "ic", 2).leadershipYears(2));

    LevelDiff diff = ladder.diff(id("a"), id("b")).orElseThrow();

    assertThat(diff.experience().get("leadershipYears").trend(Comparator.naturalOrder()))
        .isEqualTo(LevelDiff.Trend.APPEARS);
    assertThat(diff.ratings().get(AttributeId.of("technical-reach")).trend(String::compareTo))
        .isEqualTo(LevelDiff.Trend.DISAPPEARS);
  }

  @Test
  void ranges_rise_with_their_minimum_then_with_their_maximum() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).scope("teams", 2, 4).scope("headcount", 10, 20),
            level("b", "ic", 2).scope("teams", 2, null).scope("headcount", 5, 50));

    LevelDiff diff = ladder.diff(id("a"), id("b")).orElseThrow();

    // an open maximum is unbounded: above any maximum
    assertThat(diff.scope().get("teams").trend(LevelDiff.RANGE_ORDER))
        .isEqualTo(LevelDiff.Trend.RISES);
    assertThat(diff.scope().get("headcount").trend(LevelDiff.RANGE_ORDER))
        .isEqualTo(LevelDiff.Trend.FALLS);
  }

  @Test
  void a_band_in_another_currency_changes_without_rising_or_falling() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).compensation("USD", 100, 200),
            level("b", "ic", 2).compensation("EUR", 150, 250),
            level("c", "ic", 3).compensation("EUR", 180, 260));

    assertThat(LevelDiff.trend(ladder.diff(id("a"), id("b")).orElseThrow().compensation().get()))
        .isEqualTo(LevelDiff.Trend.CHANGES);
    assertThat(LevelDiff.trend(ladder.diff(id("b"), id("c")).orElseThrow().compensation().get()))
        .isEqualTo(LevelDiff.Trend.RISES);
  }

  @Test
  void competencies_the_higher_level_names_anew_are_added_and_the_ones_it_leaves_out_dropped() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1).competencies("mentoring", "system-design"),
            level("b", "ic", 2).competencies("system-design", "hiring", "hiring"));

    LevelDiff diff = ladder.diff(id("a"), id("b")).orElseThrow();

    assertThat(diff.competenciesAdded()).containsExactly(CompetencyId.of("hiring"));
    assertThat(diff.competenciesDropped()).containsExactly(CompetencyId.of("mentoring"));
  }

  @Test
  void values_off_the_scale_sort_below_the_scale() {
    Comparator<String> reach =
        new Scale("reach", TestLadders.REACH_VALUES, SourceRef.root("ladder.yaml")).order();

    assertThat(reach.compare("team", "organization")).isNegative();
    assertThat(reach.compare("galaxy", "self")).isNegative();
  }
}
