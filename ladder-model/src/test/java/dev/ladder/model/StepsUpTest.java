package dev.ladder.model;

import static dev.ladder.model.TestLadders.id;
import static dev.ladder.model.TestLadders.ladder;
import static dev.ladder.model.TestLadders.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class StepsUpTest {
  /** Engineer I .. Principal on one track; Senior also leads to Engineering Manager. */
  private static Ladder branching() {
    return ladder(
        level("engineer-1", "ic", 1),
        level("engineer-2", "ic", 2),
        level("senior-engineer", "ic", 3).next("staff-engineer", "engineering-manager"),
        level("staff-engineer", "ic", 4),
        level("principal-engineer", "ic", 5),
        level("engineering-manager", "management", 1).extending("senior-engineer"),
        level("director-engineering", "management", 2).next("vp-engineering"),
        level("vp-engineering", "management", 3));
  }

  @Test
  void a_track_lists_its_levels_in_rank_order_whatever_the_file_order() {
    Ladder ladder =
        ladder(level("c-staff", "ic", 4), level("a-senior", "ic", 3), level("b-engineer", "ic", 1));

    assertThat(ladder.levelsOf(TrackId.of("ic")))
        .extracting(Level::id)
        .containsExactly(id("b-engineer"), id("a-senior"), id("c-staff"));
    assertThat(ladder.levelsOf(TrackId.of("no-such-track"))).isEmpty();
  }

  @Test
  void steps_up_join_rank_neighbours_and_every_progression_next_edge() {
    assertThat(branching().stepsUp())
        .extracting(s -> s.lower().id().value(), s -> s.higher().id().value(), StepUp::kind)
        .containsExactlyInAnyOrder(
            tuple("engineer-1", "engineer-2", StepUp.Kind.RANK),
            tuple("engineer-2", "senior-engineer", StepUp.Kind.RANK),
            tuple("senior-engineer", "staff-engineer", StepUp.Kind.RANK),
            tuple("staff-engineer", "principal-engineer", StepUp.Kind.RANK),
            tuple("senior-engineer", "engineering-manager", StepUp.Kind.PROGRESSION),
            tuple("engineering-manager", "director-engineering", StepUp.Kind.RANK),
            tuple("director-engineering", "vp-engineering", StepUp.Kind.RANK));
  }

  @Test
  void a_shared_senior_level_steps_up_along_each_branch() {
    assertThat(branching().stepsUpFrom(id("senior-engineer")))
        .extracting(s -> s.higher().id())
        .containsExactlyInAnyOrder(id("staff-engineer"), id("engineering-manager"));
  }

  @Test
  void steps_up_are_sorted_by_the_lower_file_then_the_higher_file() {
    assertThat(branching().stepsUp())
        .extracting(s -> s.lower().file() + " -> " + s.higher().file())
        .isSorted();
  }

  @Test
  void a_progression_next_pointing_down_or_sideways_in_its_track_is_not_a_step_up() {
    Ladder ladder =
        ladder(
            level("engineer", "ic", 1),
            level("senior", "ic", 2).next("engineer", "senior", "other-senior"),
            level("other-senior", "ic", 2));

    assertThat(ladder.stepsUpFrom(id("senior"))).isEmpty();
  }

  @Test
  void a_progression_next_to_a_missing_level_is_no_step_up() {
    Ladder ladder = ladder(level("senior", "ic", 2).next("nobody"));

    assertThat(ladder.stepsUp()).isEmpty();
  }

  @Test
  void a_progression_next_to_a_lower_rank_of_another_track_is_a_step_up() {
    Ladder ladder =
        ladder(
            level("senior-engineer", "ic", 3).next("engineering-manager"),
            level("engineering-manager", "management", 1));

    assertThat(ladder.stepsUp())
        .extracting(s -> s.higher().id())
        .containsExactly(id("engineering-manager"));
  }

  @Test
  void levels_sharing_a_rank_each_step_up_to_each_level_of_the_next_rank() {
    Ladder ladder =
        ladder(
            level("a", "ic", 1),
            level("b1", "ic", 2),
            level("b2", "ic", 2),
            level("c1", "ic", 3),
            level("c2", "ic", 3),
            level("d", "ic", 5));

    assertThat(ladder.stepsUp())
        .extracting(s -> s.lower().id().value() + ">" + s.higher().id().value())
        .containsExactlyInAnyOrder(
            "a>b1", "a>b2", "b1>c1", "b1>c2", "b2>c1", "b2>c2", "c1>d", "c2>d");
  }

  @Test
  void a_rank_step_that_is_also_named_in_progression_next_is_one_rank_step() {
    Ladder ladder = ladder(level("senior", "ic", 2).next("staff"), level("staff", "ic", 3));

    assertThat(ladder.stepsUp())
        .singleElement()
        .extracting(StepUp::kind)
        .isEqualTo(StepUp.Kind.RANK);
  }

  @Test
  void a_level_of_an_undeclared_track_still_gets_its_rank_steps() {
    Ladder ladder = ladder(level("x1", "research", 1), level("x2", "research", 2));

    assertThat(ladder.trackIds())
        .containsExactly(TrackId.of("ic"), TrackId.of("management"), TrackId.of("research"));
    assertThat(ladder.stepsUp()).hasSize(1);
  }
}
