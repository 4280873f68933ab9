package dev.ladder.model;

import static dev.ladder.model.TestLadders.dim;
import static dev.ladder.model.TestLadders.eid;
import static dev.ladder.model.TestLadders.id;
import static dev.ladder.model.TestLadders.ladder;
import static dev.ladder.model.TestLadders.level;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImmutabilityTest {
  private static final Ladder LADDER =
      ladder(
          level("senior", "ic", 2)
              .expect("delivery", "leads", "Leads")
              .expect("delivery", "x", "X")
              .rating("technical-reach", "team")
              .scope("teams", 1, 2)
              .next("manager"),
          level("manager", "management", 1)
              .extending("senior")
              .refine("delivery", "leads-team", "Leads a team", "leads")
              .retire("x", "Not any more"));

  private static void assertUnmodifiable(Collection<?> collection) {
    assertThatThrownBy(() -> collection.add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  private static void assertUnmodifiable(Map<?, ?> map) {
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_ladder_hands_out_only_unmodifiable_collections() {
    Stream.of(
            LADDER.levels(),
            LADDER.tracks(),
            LADDER.dimensions(),
            LADDER.attributes(),
            LADDER.stepsUp(),
            LADDER.stepsUpFrom(id("senior")),
            LADDER.levelsOf(TrackId.of("ic")),
            LADDER.ancestors(LADDER.level(id("manager")).orElseThrow()),
            LADDER.extendsCycle(LADDER.level(id("manager")).orElseThrow()),
            LADDER.trackIds())
        .forEach(ImmutabilityTest::assertUnmodifiable);
    assertUnmodifiable(LADDER.scales());
  }

  @Test
  void an_effective_level_hands_out_only_unmodifiable_collections() {
    EffectiveLevel manager = LADDER.effective(id("manager")).orElseThrow();

    Stream.of(
            manager.ids(),
            manager.refined(),
            manager.retired(),
            manager.allExpectations(),
            manager.expectations(dim("delivery")),
            manager.expectations(dim("none")))
        .forEach(ImmutabilityTest::assertUnmodifiable);
    Stream.of(
            manager.expectations(),
            manager.ratings(),
            manager.scope(),
            manager.refiners(),
            manager.retirements())
        .forEach(ImmutabilityTest::assertUnmodifiable);
  }

  @Test
  void a_level_diff_hands_out_only_unmodifiable_collections() {
    LevelDiff diff = LADDER.diff(id("senior"), id("manager")).orElseThrow();

    Stream.of(diff.added(), diff.refined(), diff.retired(), diff.carried(), diff.dropped())
        .forEach(ImmutabilityTest::assertUnmodifiable);
    Stream.of(diff.ratings(), diff.experience(), diff.scope(), diff.retirements())
        .forEach(ImmutabilityTest::assertUnmodifiable);
  }

  @Test
  void ladder_changes_hand_out_only_unmodifiable_collections() {
    Ladder head =
        ladder(
            level("senior", "ic", 2).title("Senior").expect("delivery", "leads", "Leads"),
            level("staff", "ic", 3));
    LadderChanges changes = LadderChanges.between(LADDER, head);

    Stream.of(
            changes.levels(),
            changes.levels(LevelChanges.Change.ADDED),
            changes.level(id("senior")).orElseThrow().changes(),
            changes.level(id("senior")).orElseThrow().changes(LevelChange.Kind.TITLE_CHANGED))
        .forEach(ImmutabilityTest::assertUnmodifiable);
  }

  @Test
  void a_level_copies_what_it_is_built_from() {
    Level senior = LADDER.level(id("senior")).orElseThrow();

    Stream.of(senior.next(), senior.retires(), senior.ownExpectations(), senior.competencies())
        .forEach(ImmutabilityTest::assertUnmodifiable);
    Stream.of(senior.expectations(), senior.ratings(), senior.scope())
        .forEach(ImmutabilityTest::assertUnmodifiable);
    assertUnmodifiable(senior.expectations().get(dim("delivery")));
    assertThatThrownBy(
            () -> senior.expectations().get(dim("delivery")).get(0).refines().add(eid("y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
