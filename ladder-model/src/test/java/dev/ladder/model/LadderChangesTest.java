package dev.ladder.model;

import static dev.ladder.model.TestLadders.id;
import static dev.ladder.model.TestLadders.ladder;
import static dev.ladder.model.TestLadders.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ladder.model.LevelChange.Kind;
import dev.ladder.model.TestLadders.LevelSpec;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.ReadResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LadderChangesTest {
  private static final boolean OWN = false;
  private static final boolean INHERITED = true;
  private static final Path MOVED = Path.of("src/test/resources/changes/moved");
  private static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");

  /** Director of Engineering, as the base of most tests has it. */
  private static LevelSpec director() {
    return level("director", "management", 4)
        .title("Director of Engineering")
        .expect("responsibilities", "owns-org-metrics", "Owns the metrics of the organization")
        .expect("scope", "Cross-functional communication")
        .expect("people", "drives-em-growth", "Grows engineering managers")
        .minYears(10)
        .leadershipYears(5)
        .rating("leadership-reach", "organization")
        .scope("teams", 4, 10)
        .compensation("USD", 230_000, 330_000)
        .competencies("deliver-results")
        .checkpoints("Has grown a manager");
  }

  /** VP of Engineering, extending Director. */
  private static LevelSpec vp() {
    return vpAt("management", 5);
  }

  private static LevelSpec vpAt(String track, int rank) {
    return level("vp", track, rank)
        .title("VP of Engineering")
        .extending("director")
        .expect("responsibilities", "company-decisions", "Takes part in company decisions")
        .minYears(15)
        .rating("leadership-reach", "company")
        .compensation(null, null, 450_000)
        .competencies("deliver-results", "strategic-thinking")
        .checkpoints("Has grown two directors");
  }

  private static Ladder base() {
    return ladder(director(), vp());
  }

  private static LevelChange change(
      Kind kind, String dimension, String id, String from, String to, boolean inherited) {
    return new LevelChange(
        kind,
        Optional.ofNullable(dimension).map(DimensionId::of),
        Optional.ofNullable(id),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        inherited);
  }

  /** The changes of one level; empty when the level is unchanged. */
  private static List<LevelChange> changes(LadderChanges changes, String level) {
    return changes.level(id(level)).map(LevelChanges::changes).orElse(List.of());
  }

  private static List<String> levelIds(LadderChanges changes) {
    return changes.levels().stream().map(l -> l.id().value()).toList();
  }

  // --- one fixture pair per kind ----------------------------------------------------------------

  @Test
  void a_new_level_file_is_a_level_added_with_its_title_and_nothing_else() {
    Ladder head = ladder(director(), vp(), level("cto", "management", 6).title("CTO"));

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("cto");
    LevelChanges cto = changes.level(id("cto")).orElseThrow();
    assertThat(cto.change()).isEqualTo(LevelChanges.Change.ADDED);
    assertThat(cto.title()).isEqualTo("CTO");
    assertThat(cto.base()).isEmpty();
    assertThat(cto.changes())
        .containsExactly(change(Kind.LEVEL_ADDED, null, null, null, "CTO", OWN));
  }

  @Test
  void a_deleted_level_file_is_a_level_removed_with_its_old_title() {
    LadderChanges changes = LadderChanges.between(base(), ladder(director()));

    assertThat(levelIds(changes)).containsExactly("vp");
    LevelChanges vp = changes.level(id("vp")).orElseThrow();
    assertThat(vp.change()).isEqualTo(LevelChanges.Change.REMOVED);
    assertThat(vp.title()).isEqualTo("VP of Engineering");
    assertThat(vp.head()).isEmpty();
    assertThat(vp.changes())
        .containsExactly(change(Kind.LEVEL_REMOVED, null, null, "VP of Engineering", null, OWN));
  }

  @Test
  void a_new_title_is_a_title_changed() {
    Ladder head = ladder(director(), vp().title("VP, Engineering"));

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("vp");
    assertThat(changes.level(id("vp")).orElseThrow().change())
        .isEqualTo(LevelChanges.Change.CHANGED);
    assertThat(changes(changes, "vp"))
        .containsExactly(
            change(Kind.TITLE_CHANGED, null, null, "VP of Engineering", "VP, Engineering", OWN));
  }

  @Test
  void a_new_rank_or_track_is_a_move_per_field() {
    assertThat(
            changes(LadderChanges.between(base(), ladder(director(), vpAt("management", 6))), "vp"))
        .containsExactly(change(Kind.MOVED, null, "rank", "5", "6", OWN));
    assertThat(
            changes(LadderChanges.between(base(), ladder(director(), vpAt("executive", 1))), "vp"))
        .containsExactly(
            change(Kind.MOVED, null, "rank", "5", "1", OWN),
            change(Kind.MOVED, null, "track", "management", "executive", OWN));
  }

  @Test
  void a_new_status_is_a_status_changed_with_the_labels_the_file_writes() {
    Ladder head = ladder(director(), vp().status(Status.DEPRECATED));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(change(Kind.STATUS_CHANGED, null, null, "active", "deprecated", OWN));
  }

  @Test
  void a_new_expectation_is_an_expectation_added_in_its_dimension() {
    Ladder head = ladder(director(), vp().expect("delivery", "Ships every month"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_ADDED,
                "delivery",
                "ships-every-month",
                null,
                "Ships every month",
                OWN));
  }

  @Test
  void a_deleted_expectation_is_an_expectation_removed() {
    Ladder base = ladder(director(), vp().expect("delivery", "Ships every month"));

    assertThat(changes(LadderChanges.between(base, base()), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REMOVED,
                "delivery",
                "ships-every-month",
                "Ships every month",
                null,
                OWN));
  }

  @Test
  void new_text_under_the_same_id_is_an_expectation_reworded() {
    Ladder base = ladder(director(), vp().expect("delivery", "ships", "Ships every quarter"));
    Ladder head = ladder(director(), vp().expect("delivery", "ships", "Ships every month"));

    assertThat(changes(LadderChanges.between(base, head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REWORDED,
                "delivery",
                "ships",
                "Ships every quarter",
                "Ships every month",
                OWN));
  }

  @Test
  void rewording_a_plain_string_changes_its_id_so_it_is_a_removal_and_an_addition() {
    Ladder base = ladder(director(), vp().expect("delivery", "Ships every quarter"));
    Ladder head = ladder(director(), vp().expect("delivery", "Ships every month"));

    assertThat(changes(LadderChanges.between(base, head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_ADDED,
                "delivery",
                "ships-every-month",
                null,
                "Ships every month",
                OWN),
            change(
                Kind.EXPECTATION_REMOVED,
                "delivery",
                "ships-every-quarter",
                "Ships every quarter",
                null,
                OWN));
  }

  @Test
  void a_new_expectation_that_refines_an_inherited_one_is_an_expectation_refined_alone() {
    Ladder head =
        ladder(
            director(),
            vp().refine(
                    "scope",
                    "external-communication",
                    "Cross-functional and external communication",
                    "cross-functional-communication"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REFINED,
                "scope",
                "external-communication",
                "Cross-functional communication",
                "Cross-functional and external communication",
                OWN));
  }

  @Test
  void an_expectation_that_gains_a_refines_is_an_expectation_refined() {
    Ladder base =
        ladder(
            director(), vp().expect("scope", "external-communication", "External communication"));
    Ladder head =
        ladder(
            director(),
            vp().refine(
                    "scope",
                    "external-communication",
                    "External communication",
                    "cross-functional-communication"));

    assertThat(changes(LadderChanges.between(base, head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REFINED,
                "scope",
                "external-communication",
                "Cross-functional communication",
                "External communication",
                OWN));
  }

  @Test
  void a_refines_of_an_expectation_the_level_never_held_takes_its_text_from_the_ladder() {
    // No extends: Staff replaces Senior's expectation along the step up only.
    LevelSpec senior = level("senior", "ic", 2).expect("craft", "reviews", "Reviews code");
    Ladder base =
        ladder(senior, level("staff", "ic", 3).expect("craft", "design", "Reviews designs"));
    Ladder head =
        ladder(
            level("senior", "ic", 2).expect("craft", "reviews", "Reviews code"),
            level("staff", "ic", 3).refine("craft", "design", "Reviews designs", "reviews"));

    assertThat(changes(LadderChanges.between(base, head), "staff"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REFINED,
                "craft",
                "design",
                "Reviews code",
                "Reviews designs",
                OWN));
  }

  @Test
  void a_new_retires_entry_is_an_expectation_retired_with_its_reason() {
    Ladder head = ladder(director(), vp().retire("drives-em-growth", "Directors grow managers"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_RETIRED,
                "people",
                "drives-em-growth",
                "Grows engineering managers",
                "Directors grow managers",
                OWN));
  }

  @Test
  void a_retirement_without_a_reason_has_no_to() {
    Ladder head = ladder(director(), vp().retire("drives-em-growth", ""));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_RETIRED,
                "people",
                "drives-em-growth",
                "Grows engineering managers",
                null,
                OWN));
  }

  @Test
  void retiring_a_replacement_lists_the_replacement_and_not_what_it_replaced() {
    LevelSpec manager = level("manager", "management", 3).expect("people", "grows", "Grows people");
    Ladder base =
        ladder(
            manager,
            level("director", "management", 4)
                .extending("manager")
                .refine("people", "grows-managers", "Grows managers", "grows"),
            level("vp", "management", 5).extending("director"));
    Ladder head =
        ladder(
            level("manager", "management", 3).expect("people", "grows", "Grows people"),
            level("director", "management", 4)
                .extending("manager")
                .refine("people", "grows-managers", "Grows managers", "grows"),
            level("vp", "management", 5).extending("director").retire("grows-managers", "HR"));

    assertThat(changes(LadderChanges.between(base, head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_RETIRED, "people", "grows-managers", "Grows managers", "HR", OWN));
  }

  @Test
  void an_expectation_the_level_still_writes_is_not_retired_by_retiring_it() {
    Ladder base = ladder(level("staff", "ic", 3).expect("craft", "design", "Reviews designs"));
    Ladder head =
        ladder(
            level("staff", "ic", 3)
                .expect("craft", "design", "Reviews designs")
                .retire("design", "Principals review designs"));

    assertThat(LadderChanges.between(base, head).isEmpty()).isTrue();
  }

  @Test
  void retiring_an_expectation_of_a_level_it_does_not_extend_takes_the_text_from_the_ladder() {
    Ladder base =
        ladder(
            level("senior", "ic", 2).expect("craft", "reviews", "Reviews code"),
            level("staff", "ic", 3).expect("craft", "design", "Reviews designs"));
    Ladder head =
        ladder(
            level("senior", "ic", 2).expect("craft", "reviews", "Reviews code"),
            level("staff", "ic", 3)
                .expect("craft", "design", "Reviews designs")
                .retire("reviews", "Seniors review code"));

    assertThat(changes(LadderChanges.between(base, head), "staff"))
        .containsExactly(
            change(
                Kind.EXPECTATION_RETIRED,
                "craft",
                "reviews",
                "Reviews code",
                "Seniors review code",
                OWN));
  }

  @Test
  void a_new_rating_value_is_a_rating_changed_per_attribute() {
    Ladder head =
        ladder(
            director(),
            vp().rating("leadership-reach", "industry").rating("technical-reach", "company"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(Kind.RATING_CHANGED, null, "leadership-reach", "company", "industry", OWN),
            change(Kind.RATING_CHANGED, null, "technical-reach", null, "company", OWN));
  }

  @Test
  void new_years_are_an_experience_changed_per_field_with_numbers_as_the_ladder_writes_them() {
    Ladder head = ladder(director(), vp().minYears(new BigDecimal("16.50")).leadershipYears(7));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(Kind.EXPERIENCE_CHANGED, null, "leadershipYears", "5", "7", OWN),
            change(Kind.EXPERIENCE_CHANGED, null, "minYears", "15", "16.5", OWN));
  }

  @Test
  void the_same_number_written_another_way_is_no_change() {
    Ladder head = ladder(director(), vp().minYears(new BigDecimal("15.0")));

    assertThat(LadderChanges.between(base(), head).isEmpty()).isTrue();
  }

  @Test
  void a_new_scope_range_is_a_scope_changed_per_key_with_the_effective_ranges() {
    Ladder head = ladder(director(), vp().scope("teams", 8, null).scope("headcount", 50, null));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(Kind.SCOPE_CHANGED, null, "headcount", null, "{min: 50}", OWN),
            change(
                Kind.SCOPE_CHANGED, null, "teams", "{min: 4, max: 10}", "{min: 8, max: 10}", OWN));
  }

  @Test
  void a_new_band_is_a_compensation_changed_per_field() {
    Ladder head = ladder(director(), vp().compensation("EUR", 250_000, 450_000));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(Kind.COMPENSATION_CHANGED, null, "currency", "USD", "EUR", OWN),
            change(Kind.COMPENSATION_CHANGED, null, "min", "230000", "250000", OWN));
  }

  @Test
  void competencies_are_compared_as_sets() {
    Ladder head = ladder(director(), vp().competencies("hiring"));
    Ladder fewer =
        ladder(
            director(),
            level("vp", "management", 5)
                .title("VP of Engineering")
                .extending("director")
                .expect("responsibilities", "company-decisions", "Takes part in company decisions")
                .minYears(15)
                .rating("leadership-reach", "company")
                .compensation(null, null, 450_000)
                .competencies("deliver-results")
                .checkpoints("Has grown two directors"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(change(Kind.COMPETENCY_ADDED, null, "hiring", null, null, OWN));
    assertThat(changes(LadderChanges.between(base(), fewer), "vp"))
        .containsExactly(
            change(Kind.COMPETENCY_REMOVED, null, "strategic-thinking", null, null, OWN));
  }

  @Test
  void checkpoints_are_compared_as_sets_of_texts() {
    Ladder head = ladder(director(), vp().checkpoints("Has presented to the board"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(Kind.CHECKPOINT_ADDED, null, null, null, "Has presented to the board", OWN));
    assertThat(changes(LadderChanges.between(head, base()), "vp"))
        .containsExactly(
            change(Kind.CHECKPOINT_REMOVED, null, null, "Has presented to the board", null, OWN));
  }

  @Test
  void competencies_and_checkpoints_that_only_change_order_are_no_change() {
    Ladder base =
        ladder(level("senior", "ic", 2).competencies("a", "b").checkpoints("First", "Second"));
    Ladder head =
        ladder(level("senior", "ic", 2).competencies("b", "a").checkpoints("Second", "First"));

    assertThat(LadderChanges.between(base, head).isEmpty()).isTrue();
  }

  @Test
  void changes_are_listed_by_kind_then_dimension_then_id() {
    Ladder head =
        ladder(
            director(),
            vp().title("VP")
                .expect("responsibilities", "Sets the vision")
                .expect("delivery", "Ships every month")
                .rating("leadership-reach", "industry")
                .checkpoints("Has presented to the board"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .extracting(c -> c.kind().label() + " " + c.dimension().map(DimensionId::value).orElse("-"))
        .containsExactly(
            "title-changed -",
            "expectation-added delivery",
            "expectation-added responsibilities",
            "rating-changed -",
            "checkpoint-added -");
  }

  // --- levels matched by id ---------------------------------------------------------------------

  @Test
  void a_level_file_moved_or_renamed_with_the_same_content_is_no_change() {
    Ladder head = ladder(director().file("levels/management/director.yml"), vp().file("vp.json"));

    assertThat(LadderChanges.between(base(), head).levels()).isEmpty();
  }

  @Test
  void a_level_file_moved_and_edited_is_changed_not_removed_and_added() {
    Ladder head = ladder(director(), vp().file("levels/exec/vp-engineering.yaml").title("VP"));

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("vp");
    assertThat(changes.level(id("vp")).orElseThrow().change())
        .isEqualTo(LevelChanges.Change.CHANGED);
    assertThat(changes(changes, "vp"))
        .containsExactly(change(Kind.TITLE_CHANGED, null, null, "VP of Engineering", "VP", OWN));
  }

  @Test
  void level_files_read_from_disk_are_matched_by_id_across_moves_renames_and_formats() {
    ReadResult base = LadderReader.standard().read(MOVED.resolve("base/ladder"));
    ReadResult head = LadderReader.standard().read(MOVED.resolve("head/ladder"));
    assertThat(base.problems()).isEmpty();
    assertThat(head.problems()).isEmpty();

    LadderChanges changes = LadderChanges.between(base.ladder(), head.ladder());

    assertThat(levelIds(changes)).containsExactly("vp-engineering");
    assertThat(changes.level(id("vp-engineering")).orElseThrow().head().orElseThrow().file())
        .isEqualTo("levels/management/leadership/vp.json");
    assertThat(changes(changes, "vp-engineering"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REWORDED,
                "responsibilities",
                "company-decisions",
                "Takes part in company decisions",
                "Takes part in company-wide decisions",
                OWN));
  }

  @Test
  void the_example_ladder_read_twice_has_no_changes() {
    Ladder once = LadderReader.standard().read(EXAMPLE).ladder();
    Ladder twice = LadderReader.standard().read(EXAMPLE).ladder();

    assertThat(once.levels()).isNotEmpty();
    assertThat(LadderChanges.between(once, twice).isEmpty()).isTrue();
  }

  // --- own and inherited ------------------------------------------------------------------------

  @Test
  void an_edit_of_director_reaches_vp_as_inherited_and_stays_own_on_director() {
    Ladder head =
        ladder(
            level("director", "management", 4)
                .title("Director of Engineering")
                .expect(
                    "responsibilities",
                    "owns-org-metrics",
                    "Owns the metrics-based performance of the organization")
                .expect("scope", "Cross-functional communication")
                .expect("people", "drives-em-growth", "Grows engineering managers")
                .minYears(10)
                .leadershipYears(6)
                .rating("leadership-reach", "organization")
                .scope("teams", 4, 10)
                .compensation("USD", 230_000, 330_000)
                .competencies("deliver-results")
                .checkpoints("Has grown a manager"),
            vp());

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("director", "vp");
    LevelChange reworded =
        change(
            Kind.EXPECTATION_REWORDED,
            "responsibilities",
            "owns-org-metrics",
            "Owns the metrics of the organization",
            "Owns the metrics-based performance of the organization",
            OWN);
    assertThat(changes(changes, "director"))
        .containsExactly(
            reworded, change(Kind.EXPERIENCE_CHANGED, null, "leadershipYears", "5", "6", OWN));
    assertThat(changes(changes, "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REWORDED,
                "responsibilities",
                "owns-org-metrics",
                "Owns the metrics of the organization",
                "Owns the metrics-based performance of the organization",
                INHERITED),
            change(Kind.EXPERIENCE_CHANGED, null, "leadershipYears", "5", "6", INHERITED));
    assertThat(changes.level(id("vp")).orElseThrow().inheritedOnly()).isTrue();
  }

  @Test
  void an_edit_two_levels_down_the_extends_chain_reaches_every_level_above_it() {
    Ladder base =
        ladder(
            level("manager", "management", 3).expect("people", "Holds one to ones"),
            level("director", "management", 4).extending("manager"),
            level("vp", "management", 5).extending("director"),
            level("staff", "ic", 3).expect("craft", "Designs systems"));
    Ladder head =
        ladder(
            level("manager", "management", 3)
                .expect("people", "Holds one to ones")
                .scope("directReports", 4, 8),
            level("director", "management", 4).extending("manager"),
            level("vp", "management", 5).extending("director"),
            level("staff", "ic", 3).expect("craft", "Designs systems"));

    LadderChanges changes = LadderChanges.between(base, head);

    assertThat(levelIds(changes)).containsExactly("director", "manager", "vp");
    assertThat(changes(changes, "manager"))
        .containsExactly(
            change(Kind.SCOPE_CHANGED, null, "directReports", null, "{min: 4, max: 8}", OWN));
    for (String above : List.of("director", "vp")) {
      assertThat(changes(changes, above))
          .containsExactly(
              change(
                  Kind.SCOPE_CHANGED, null, "directReports", null, "{min: 4, max: 8}", INHERITED));
    }
  }

  @Test
  void a_value_the_level_overrides_does_not_reach_it_from_the_level_it_extends() {
    Ladder head = ladder(director().minYears(12).rating("leadership-reach", "multi-team"), vp());

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("director");
  }

  @Test
  void an_inherited_change_stays_inherited_when_the_level_edits_something_else() {
    Ladder head =
        ladder(
            director().expect("delivery", "Ships every quarter"),
            vp().checkpoints("Has presented to the board"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_ADDED,
                "delivery",
                "ships-every-quarter",
                null,
                "Ships every quarter",
                INHERITED),
            change(Kind.CHECKPOINT_ADDED, null, null, null, "Has presented to the board", OWN));
  }

  @Test
  void dropping_a_retires_entry_brings_the_expectation_back_as_the_levels_own_change() {
    Ladder base = ladder(director(), vp().retire("drives-em-growth", "Directors grow managers"));

    assertThat(changes(LadderChanges.between(base, base()), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_ADDED,
                "people",
                "drives-em-growth",
                null,
                "Grows engineering managers",
                OWN));
  }

  @Test
  void a_refinement_in_director_reaches_vp_as_inherited() {
    LevelSpec manager =
        level("manager", "management", 3).expect("scope", "talks", "Talks to teams");
    Ladder base =
        ladder(
            manager,
            level("director", "management", 4).extending("manager"),
            level("vp", "management", 5).extending("director"));
    Ladder head =
        ladder(
            level("manager", "management", 3).expect("scope", "talks", "Talks to teams"),
            level("director", "management", 4)
                .extending("manager")
                .refine("scope", "talks-widely", "Talks to every function", "talks"),
            level("vp", "management", 5).extending("director"));

    LadderChanges changes = LadderChanges.between(base, head);

    assertThat(levelIds(changes)).containsExactly("director", "vp");
    assertThat(changes(changes, "director"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REFINED,
                "scope",
                "talks-widely",
                "Talks to teams",
                "Talks to every function",
                OWN));
    assertThat(changes(changes, "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REFINED,
                "scope",
                "talks-widely",
                "Talks to teams",
                "Talks to every function",
                INHERITED));
  }

  @Test
  void an_expectation_a_level_refines_in_its_own_file_stays_beside_its_replacement() {
    // Effective sets remove what a level's own expectations refine from what it inherits only.
    Ladder head =
        ladder(
            director()
                .refine(
                    "scope",
                    "external-communication",
                    "External communication",
                    "cross-functional-communication"),
            vp());

    LevelChange added =
        change(
            Kind.EXPECTATION_ADDED,
            "scope",
            "external-communication",
            null,
            "External communication",
            OWN);
    LadderChanges changes = LadderChanges.between(base(), head);
    assertThat(changes(changes, "director")).containsExactly(added);
    assertThat(changes(changes, "vp"))
        .containsExactly(
            new LevelChange(
                added.kind(), added.dimension(), added.id(), added.from(), added.to(), INHERITED));
  }

  @Test
  void a_retirement_in_director_reaches_vp_as_inherited() {
    Ladder base =
        ladder(
            level("manager", "management", 3).expect("people", "one-to-ones", "Holds one to ones"),
            level("director", "management", 4).extending("manager"),
            level("vp", "management", 5).extending("director"));
    Ladder head =
        ladder(
            level("manager", "management", 3).expect("people", "one-to-ones", "Holds one to ones"),
            level("director", "management", 4)
                .extending("manager")
                .retire("one-to-ones", "Managers hold them"),
            level("vp", "management", 5).extending("director"));

    LadderChanges changes = LadderChanges.between(base, head);

    assertThat(changes(changes, "director"))
        .containsExactly(
            change(
                Kind.EXPECTATION_RETIRED,
                "people",
                "one-to-ones",
                "Holds one to ones",
                "Managers hold them",
                OWN));
    assertThat(changes(changes, "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_RETIRED,
                "people",
                "one-to-ones",
                "Holds one to ones",
                "Managers hold them",
                INHERITED));
  }

  @Test
  void a_new_parent_explains_every_inherited_change() {
    Ladder head = ladder(director(), vp().extending("senior-director"));

    assertThat(changes(LadderChanges.between(base(), head), "vp"))
        .containsExactly(
            change(
                Kind.EXPECTATION_REMOVED,
                "people",
                "drives-em-growth",
                "Grows engineering managers",
                null,
                OWN),
            change(
                Kind.EXPECTATION_REMOVED,
                "responsibilities",
                "owns-org-metrics",
                "Owns the metrics of the organization",
                null,
                OWN),
            change(
                Kind.EXPECTATION_REMOVED,
                "scope",
                "cross-functional-communication",
                "Cross-functional communication",
                null,
                OWN),
            change(Kind.EXPERIENCE_CHANGED, null, "leadershipYears", "5", null, OWN),
            change(Kind.SCOPE_CHANGED, null, "teams", "{min: 4, max: 10}", null, OWN),
            change(Kind.COMPENSATION_CHANGED, null, "currency", "USD", null, OWN),
            change(Kind.COMPENSATION_CHANGED, null, "min", "230000", null, OWN));
  }

  // --- nothing changed, invalid ladders ---------------------------------------------------------

  @Test
  void the_same_ladder_at_base_and_head_gives_no_changes() {
    Ladder ladder = base();

    assertThat(LadderChanges.between(ladder, ladder).isEmpty()).isTrue();
    assertThat(LadderChanges.between(base(), base())).isEqualTo(new LadderChanges(List.of()));
  }

  @Test
  void repeated_level_ids_are_compared_through_the_first_level_by_file() {
    Ladder head =
        ladder(
            director(),
            vp(),
            level("vp", "management", 7).title("Another VP").file("levels/z/vp.yaml"));

    assertThat(LadderChanges.between(base(), head).isEmpty()).isTrue();

    Ladder first =
        ladder(
            director(),
            vp().file("levels/z/vp.yaml"),
            vpAt("executive", 1).title("A").file("levels/a/vp.yaml"));
    assertThat(changes(LadderChanges.between(base(), first), "vp"))
        .containsExactly(
            change(Kind.TITLE_CHANGED, null, null, "VP of Engineering", "A", OWN),
            change(Kind.MOVED, null, "rank", "5", "1", OWN),
            change(Kind.MOVED, null, "track", "management", "executive", OWN));
  }

  @Test
  void an_extends_cycle_does_not_stop_the_comparison() {
    Ladder base =
        ladder(
            level("a", "ic", 1).extending("b").expect("craft", "Writes code"),
            level("b", "ic", 2).extending("a"));
    Ladder head =
        ladder(
            level("a", "ic", 1).extending("b").expect("craft", "Writes good code"),
            level("b", "ic", 2).extending("a"));

    assertThat(changes(LadderChanges.between(base, head), "a"))
        .containsExactly(
            change(
                Kind.EXPECTATION_ADDED, "craft", "writes-good-code", null, "Writes good code", OWN),
            change(Kind.EXPECTATION_REMOVED, "craft", "writes-code", "Writes code", null, OWN));
    assertThat(levelIds(LadderChanges.between(base, head))).containsExactly("a");
  }

  @Test
  void extending_a_missing_level_inherits_nothing_and_does_not_stop_the_comparison() {
    Ladder head = ladder(vp());

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("director", "vp");
    assertThat(changes(changes, "vp"))
        .extracting(LevelChange::kind, LevelChange::inherited)
        .containsOnly(
            tuple(Kind.EXPECTATION_REMOVED, INHERITED),
            tuple(Kind.EXPERIENCE_CHANGED, INHERITED),
            tuple(Kind.SCOPE_CHANGED, INHERITED),
            tuple(Kind.COMPENSATION_CHANGED, INHERITED));
    assertThatCode(() -> LadderChanges.between(head, base())).doesNotThrowAnyException();
  }

  // --- the API around the changes ---------------------------------------------------------------

  @Test
  void the_kinds_are_exactly_those_of_the_format_in_its_order() {
    assertThat(Arrays.stream(Kind.values()).map(Kind::label))
        .containsExactly(
            "level-added",
            "level-removed",
            "title-changed",
            "moved",
            "status-changed",
            "expectation-added",
            "expectation-removed",
            "expectation-reworded",
            "expectation-refined",
            "expectation-retired",
            "rating-changed",
            "experience-changed",
            "scope-changed",
            "compensation-changed",
            "competency-added",
            "competency-removed",
            "checkpoint-added",
            "checkpoint-removed");
    assertThat(Kind.parse("expectation-reworded")).contains(Kind.EXPECTATION_REWORDED);
    assertThat(Kind.parse("expectation-moved")).isEmpty();
  }

  @Test
  void levels_are_sorted_by_id_and_counted_by_change() {
    Ladder head =
        ladder(
            director().title("Director"),
            level("cto", "management", 6),
            level("architect", "ic", 6));

    LadderChanges changes = LadderChanges.between(base(), head);

    assertThat(levelIds(changes)).containsExactly("architect", "cto", "director", "vp");
    assertThat(changes.count(LevelChanges.Change.ADDED)).isEqualTo(2);
    assertThat(changes.count(LevelChanges.Change.REMOVED)).isEqualTo(1);
    assertThat(changes.count(LevelChanges.Change.CHANGED)).isEqualTo(1);
    assertThat(changes.levels(LevelChanges.Change.ADDED))
        .extracting(l -> l.id().value())
        .containsExactly("architect", "cto");
    assertThat(changes.level(id("director")).orElseThrow().changes(Kind.TITLE_CHANGED)).hasSize(1);
    assertThat(changes.level(id("nobody"))).isEmpty();
  }

  @Test
  void a_level_is_listed_once() {
    LevelChanges one =
        new LevelChanges(
            id("vp"),
            Optional.empty(),
            base().level(id("vp")),
            List.of(change(Kind.LEVEL_ADDED, null, null, null, "VP", OWN)));

    assertThatThrownBy(() -> new LadderChanges(List.of(one, one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vp");
    assertThatThrownBy(
            () -> new LevelChanges(id("vp"), Optional.empty(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
