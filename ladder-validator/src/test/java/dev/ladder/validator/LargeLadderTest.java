package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.Compensation;
import dev.ladder.model.Competency;
import dev.ladder.model.CompetencyId;
import dev.ladder.model.Dimension;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Equivalence;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Range;
import dev.ladder.model.Scale;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import dev.ladder.model.read.ReadResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules do no quadratic work across the ladder: a 10,000-level ladder validates quickly. */
class LargeLadderTest {
  private static final int TRACKS = 1_000;
  private static final int RANKS = 10;
  private static final DimensionId CRAFT = DimensionId.of("craft");
  private static final DimensionId PEOPLE = DimensionId.of("people");
  private static final AttributeId REACH = AttributeId.of("reach");
  private static final List<String> CRAFT_TEXT =
      List.of(
          "Writes tested code",
          "Designs features",
          "Designs the systems of a team",
          "Sets standards for code review",
          "Owns the architecture of a product",
          "Aligns several teams on designs",
          "Chooses the platforms an organization builds on",
          "Sets the technical strategy of a division",
          "Shapes the technology of the company",
          "Represents the company in the industry");
  private static final List<String> SKILL_TEXT =
      List.of(
          "Debugs production incidents",
          "Estimates own work",
          "Plans projects",
          "Runs on-call rotations",
          "Leads migrations",
          "Drives reliability programs",
          "Negotiates roadmaps with product",
          "Builds budgets for infrastructure",
          "Sponsors open source work",
          "Advises the board on risk");
  private static final List<String> PEOPLE_TEXT =
      List.of(
          "Asks for help early",
          "Pairs with teammates",
          "Mentors new hires",
          "Grows senior engineers",
          "Coaches tech leads",
          "Builds a community of practice",
          "Develops future leaders",
          "Shapes the hiring bar",
          "Sets the culture of engineering",
          "Inspires engineers beyond the company");

  @Test
  void a_ladder_of_ten_thousand_consistent_levels_validates_clean() {
    // Speed is measured by the benchmarks module; this proves a ladder of this size is handled
    // (no deep recursion, no quadratic blow-up that would never finish) and gives no noise.
    Ladder ladder = ladder();
    assertThat(ladder.levels()).hasSize(TRACKS * RANKS);

    ValidationResult result =
        Validator.builder()
            .build()
            .check(new ReadResult(ladder, List.of(), List.of("ladder.yaml")), "ladder/");

    assertThat(result.diagnostics().stream().map(ExpectedDiagnostics::describe).toList()).isEmpty();
  }

  static Ladder ladder() {
    SourceRef header = SourceRef.root("ladder.yaml");
    Ladder.Builder b =
        Ladder.builder()
            .id("large")
            .name("Large")
            .dimension(new Dimension(CRAFT, "Craft", "", header.at("dimensions", 0)))
            .dimension(new Dimension(PEOPLE, "People", "", header.at("dimensions", 1)))
            .scale(new Scale("levels", rankNames(), header.at("scales", "levels")))
            .attribute(new Attribute(REACH, "Reach", "levels", "", header.at("attributes", 0)))
            .competencies(
                List.of(new Competency(CompetencyId.of("craft"), "Craft", "", header.at("c", 0))));
    for (int t = 0; t < TRACKS; t++) {
      TrackId track = TrackId.of("t" + t);
      b.track(new Track(track, "Track " + t, "", header.at("tracks", t)));
      for (int r = 1; r <= RANKS; r++) {
        b.level(level(t, r));
      }
      if (t > 0) {
        b.equivalence(
            new Equivalence(
                List.of(LevelId.of(id(t - 1, 5)), LevelId.of(id(t, 5))),
                header.at("equivalences", t)));
      }
    }
    return b.build();
  }

  private static Level level(int t, int r) {
    String file = "levels/" + id(t, r) + ".yaml";
    SourceRef source = SourceRef.root(file);
    LevelId id = LevelId.of(id(t, r));
    List<Expectation> craft = new ArrayList<>();
    craft.add(
        new Expectation(
            ExpectationId.of("craft-" + t + "-" + r),
            CRAFT_TEXT.get(r - 1) + " (track " + t + ")",
            CRAFT,
            r == 1 ? List.of() : List.of(ExpectationId.of("craft-" + t + "-" + (r - 1))),
            id,
            source.at("expectations", "craft", 0)));
    craft.add(
        new Expectation(
            ExpectationId.of("skill-" + t + "-" + r),
            SKILL_TEXT.get(r - 1) + " (track " + t + ")",
            CRAFT,
            List.of(),
            id,
            source.at("expectations", "craft", 1)));
    List<Expectation> people =
        List.of(
            new Expectation(
                ExpectationId.of("people-" + t + "-" + r),
                PEOPLE_TEXT.get(r - 1) + " (track " + t + ")",
                PEOPLE,
                List.of(),
                id,
                source.at("expectations", "people", 0)));
    return new Level(
        id,
        "Level " + r + " of track " + t,
        TrackId.of("t" + t),
        r,
        r == 1 ? Optional.empty() : Optional.of(LevelId.of(id(t, r - 1))),
        Status.ACTIVE,
        "",
        new Experience(Optional.of(BigDecimal.valueOf(r)), Optional.empty()),
        Map.of(REACH, "r" + r),
        Map.of("teams", Range.of(BigDecimal.valueOf(r), null)),
        new Compensation(Optional.of("USD"), Range.of(BigDecimal.valueOf(1000L * r), null)),
        List.of(CompetencyId.of("craft")),
        Map.of(CRAFT, craft, PEOPLE, people),
        List.of(),
        r < RANKS ? List.of(LevelId.of(id(t, r + 1))) : List.of(),
        List.of("Shipped rank " + r + " work on track " + t),
        source);
  }

  private static List<String> rankNames() {
    List<String> names = new ArrayList<>();
    for (int r = 1; r <= RANKS; r++) {
      names.add("r" + r);
    }
    return names;
  }

  private static String id(int t, int r) {
    return "t" + t + "-r" + r;
  }
}
