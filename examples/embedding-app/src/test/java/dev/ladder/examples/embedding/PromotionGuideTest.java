package dev.ladder.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code compare}: what one level adds over another. */
class PromotionGuideTest {
  private static GuideRun run(String... args) {
    return GuideRun.of(args);
  }

  @Test
  void compare_shows_what_vp_adds_over_director_in_the_example_ladder() {
    GuideRun run = run("compare", "director-engineering", "vp-engineering");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(
            "VP of Engineering (vp-engineering) over Director of Engineering"
                + " (director-engineering)\n");
  }

  @Test
  void added_expectations_are_grouped_under_their_dimension_names() {
    assertThat(run("compare", "director-engineering", "vp-engineering").out())
        .contains(
            "\nAdded\n  Scope of knowledge\n    + Understands organizational design and how the"
                + " shape of teams shapes what they build\n")
        .contains(
            "  Responsibilities\n"
                + "    + Answers for the performance of the whole engineering organization and"
                + " the metrics it is judged by\n");
  }

  @Test
  void refined_expectations_show_the_old_wording_then_the_new() {
    assertThat(run("compare", "director-engineering", "vp-engineering").out())
        .contains(
            "\nRefined\n"
                + "  Communicates plans and trade-offs across engineering, product, design and"
                + " sales\n"
                + "    -> Speaks for engineering to the executive team, the board, customers and"
                + " partners\n"
                + "  Owns the budget and headcount plan of their organization\n"
                + "    -> Owns the engineering budget, including vendor contracts and tooling"
                + " spend\n");
  }

  @Test
  void retired_expectations_carry_the_reason_the_higher_level_gives() {
    assertThat(run("compare", "director-engineering", "vp-engineering").out())
        .contains(
            "\nRetired\n"
                + "  - Grows engineering managers into confident leaders of their own teams\n"
                + "    because: Directors own the growth of engineering managers; the VP grows"
                + " the directors.\n");
  }

  @Test
  void rating_experience_scope_and_compensation_changes_are_listed_from_lower_to_higher() {
    String out = run("compare", "director-engineering", "vp-engineering").out();

    assertThat(out)
        .contains("\nRatings\n  Technical reach: multi-team -> organization\n")
        .contains("  Leadership reach: organization -> company\n")
        .contains("\nExperience (years)\n  overall: 10 -> 15\n  leading people: 5 -> 7\n")
        .contains("  teams: 4 to 10 -> 8 to 40\n")
        .contains("\nCompensation\n  USD 230000 to 330000 -> USD 250000 to 450000\n")
        .doesNotContain("directReports")
        .doesNotContain("Dropped");
  }

  @Test
  void a_level_across_tracks_works_too() {
    GuideRun run = run("compare", "senior-engineer", "engineering-manager");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Engineering Manager (engineering-manager) over Senior Engineer")
        .contains("\nRefined\n");
  }

  @Test
  void the_same_question_gives_the_same_bytes() {
    assertThat(run("compare", "engineer-1", "cto").out())
        .isEqualTo(run("compare", "engineer-1", "cto").out());
  }

  @Test
  void an_unknown_level_is_a_message_listing_the_known_ones() {
    GuideRun run = run("compare", "director-engineering", "vp-of-everything");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("no level vp-of-everything; known: ")
        .contains("director-engineering, engineer-1");
  }

  @Test
  void a_missing_ladder_root_is_a_message_not_a_stack_trace() {
    GuideRun run =
        run("compare", "director-engineering", "vp-engineering", "--ladder", "no/such/ladder");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/ladder");
    assertThat(run.out()).isEmpty();
  }
}
