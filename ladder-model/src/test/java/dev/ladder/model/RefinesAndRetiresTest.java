package dev.ladder.model;

import static dev.ladder.model.TestLadders.dim;
import static dev.ladder.model.TestLadders.eid;
import static dev.ladder.model.TestLadders.id;
import static dev.ladder.model.TestLadders.ladder;
import static dev.ladder.model.TestLadders.level;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefinesAndRetiresTest {
  private static EffectiveLevel effective(Ladder ladder, String level) {
    return ladder.effective(id(level)).orElseThrow();
  }

  @Test
  void a_refining_expectation_replaces_the_inherited_one_in_the_effective_set() {
    Ladder ladder =
        ladder(
            level("director", "management", 4)
                .expect("scope", "cross-functional-communication", "Cross-functional communication")
                .expect("scope", "Organizational awareness"),
            level("vp", "management", 5)
                .extending("director")
                .refine(
                    "scope",
                    "external-communication",
                    "Cross-functional and external communication",
                    "cross-functional-communication"));

    EffectiveLevel vp = effective(ladder, "vp");

    assertThat(vp.ids())
        .containsExactly(eid("organizational-awareness"), eid("external-communication"));
    assertThat(vp.refined()).containsExactly(eid("cross-functional-communication"));
    assertThat(vp.refiner(eid("cross-functional-communication")))
        .map(Expectation::id)
        .contains(eid("external-communication"));
    assertThat(vp.contains(eid("cross-functional-communication"))).isTrue();
    assertThat(vp.contains(eid("external-communication"))).isTrue();
    assertThat(vp.contains(eid("something-else"))).isFalse();
  }

  @Test
  void a_refinement_may_replace_an_expectation_of_another_dimension() {
    Ladder ladder =
        ladder(
            level("senior", "ic", 3).expect("delivery", "leads-projects", "Leads projects"),
            level("staff", "ic", 4)
                .extending("senior")
                .refine(
                    "technical-leadership", "leads-programs", "Leads programs", "leads-projects"));

    EffectiveLevel staff = effective(ladder, "staff");

    assertThat(staff.expectations(dim("delivery"))).isEmpty();
    assertThat(staff.expectations(dim("technical-leadership")))
        .extracting(Expectation::id)
        .containsExactly(eid("leads-programs"));
  }

  @Test
  void where_branches_merge_one_expectation_refines_an_expectation_of_each_branch() {
    Ladder ladder =
        ladder(
            level("principal-engineer", "ic", 5)
                .expect("technical-leadership", "sets-technical-direction", "Sets direction"),
            level("principal-manager", "management", 5)
                .expect("people-leadership", "grows-leaders", "Grows leaders"),
            level("technology-director", "management", 6)
                .extending("principal-engineer")
                .refine(
                    "technical-leadership",
                    "leads-technology-organization",
                    "Leads the technology organization, its direction and its leaders",
                    "sets-technical-direction",
                    "grows-leaders"));

    EffectiveLevel director = effective(ladder, "technology-director");

    assertThat(director.ids()).containsExactly(eid("leads-technology-organization"));
    assertThat(director.contains(eid("sets-technical-direction"))).isTrue();
    assertThat(director.contains(eid("grows-leaders"))).isTrue();
    assertThat(director.refiner(eid("grows-leaders")))
        .map(Expectation::id)
        .contains(eid("leads-technology-organization"));
  }

  @Test
  void a_chain_of_refinements_makes_the_top_contain_the_first_expectation() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "a", "A"),
            level("e2", "ic", 2).extending("e1").refine("delivery", "b", "B", "a"),
            level("e3", "ic", 3).extending("e2").refine("delivery", "c", "C", "b"));

    EffectiveLevel e3 = effective(ladder, "e3");

    assertThat(e3.ids()).containsExactly(eid("c"));
    assertThat(e3.refined()).containsExactly(eid("b"), eid("a"));
    assertThat(e3.contains(eid("a"))).isTrue();
    assertThat(e3.refiner(eid("a"))).map(Expectation::id).contains(eid("c"));
  }

  @Test
  void a_refinement_chain_reaches_across_levels_the_top_does_not_extend() {
    // C refines B on one branch; B refines A on another: the chain still holds.
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "a", "A"),
            level("e2", "ic", 2).refine("delivery", "b", "B", "a"),
            level("e3", "ic", 3).refine("delivery", "c", "C", "b"));

    assertThat(effective(ladder, "e3").contains(eid("a"))).isTrue();
  }

  @Test
  void the_refiner_of_an_id_is_the_expectation_with_the_shortest_chain_to_it() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "a", "A"),
            level("e2", "ic", 2).extending("e1").refine("delivery", "b", "B", "a"),
            level("e3", "ic", 3)
                .extending("e2")
                .refine("delivery", "c", "C", "b")
                .refine("delivery", "d", "D rewords A directly", "a"));

    assertThat(effective(ladder, "e3").refiner(eid("a"))).map(Expectation::id).contains(eid("d"));
    assertThat(effective(ladder, "e3").refiner(eid("b"))).map(Expectation::id).contains(eid("c"));
  }

  @Test
  void cyclic_refinements_terminate() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).refine("delivery", "a", "A", "b"),
            level("e2", "ic", 2).extending("e1").refine("delivery", "b", "B", "a"));

    EffectiveLevel e2 = effective(ladder, "e2");

    assertThat(e2.ids()).containsExactly(eid("b"));
    assertThat(e2.refined()).containsExactly(eid("a"), eid("b"));
  }

  @Test
  void a_retired_expectation_leaves_the_effective_set_but_counts_as_contained() {
    Ladder ladder =
        ladder(
            level("director", "management", 4)
                .expect("people", "drives-em-growth", "Grows engineering managers")
                .expect("people", "Designs team structures"),
            level("vp", "management", 5)
                .extending("director")
                .retire("drives-em-growth", "Directors grow managers now"));

    EffectiveLevel vp = effective(ladder, "vp");

    assertThat(vp.ids()).containsExactly(eid("designs-team-structures"));
    assertThat(vp.retired()).containsExactly(eid("drives-em-growth"));
    assertThat(vp.contains(eid("drives-em-growth"))).isTrue();
    assertThat(vp.retirement(eid("drives-em-growth")))
        .map(Retirement::reason)
        .contains("Directors grow managers now");
  }

  @Test
  void retirements_and_their_reasons_are_inherited_by_every_level_above() {
    Ladder ladder =
        ladder(
            level("director", "management", 4).expect("people", "drives-em-growth", "Grows EMs"),
            level("vp", "management", 5)
                .extending("director")
                .retire("drives-em-growth", "Directors grow managers now"),
            level("cto", "management", 6).extending("vp"));

    EffectiveLevel cto = effective(ladder, "cto");

    assertThat(cto.ids()).isEmpty();
    assertThat(cto.contains(eid("drives-em-growth"))).isTrue();
    assertThat(cto.retirement(eid("drives-em-growth")))
        .map(r -> r.source().file())
        .contains("levels/vp.yaml");
  }

  @Test
  void the_nearest_retirement_gives_the_reason() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "x", "X"),
            level("e2", "ic", 2).extending("e1").retire("x", "First reason"),
            level("e3", "ic", 3).extending("e2").retire("x", "Second reason"));

    assertThat(effective(ladder, "e3").retirement(eid("x")))
        .map(Retirement::reason)
        .contains("Second reason");
  }

  @Test
  void retiring_a_refinement_retires_the_expectations_it_replaced_too() {
    Ladder ladder =
        ladder(
            level("e1", "ic", 1).expect("delivery", "a", "A"),
            level("e2", "ic", 2).extending("e1").refine("delivery", "b", "B", "a"),
            level("e3", "ic", 3).extending("e2").refine("delivery", "c", "C", "b"),
            level("e4", "ic", 4).extending("e3").retire("c", "Not ours any more"),
            level("e5", "ic", 5).extending("e4"));

    EffectiveLevel e5 = effective(ladder, "e5");

    assertThat(e5.ids()).isEmpty();
    assertThat(e5.retired()).containsExactly(eid("c"), eid("b"), eid("a"));
    assertThat(e5.contains(eid("a"))).isTrue();
    assertThat(e5.retirement(eid("a"))).map(Retirement::expectation).contains(eid("c"));
  }

  @Test
  void a_level_that_neither_holds_refines_nor_retires_an_id_does_not_contain_it() {
    Ladder ladder =
        ladder(
            level("senior", "ic", 3).expect("delivery", "Leads projects"),
            level("staff", "ic", 4).expect("delivery", "Leads programs"));

    assertThat(effective(ladder, "staff").contains(eid("leads-projects"))).isFalse();
  }
}
