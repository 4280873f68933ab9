package dev.ladder.model.write;

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
import dev.ladder.model.Retirement;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.Scale;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ladders built in Java that carry one string in every place a ladder file holds a string: keys,
 * ids, names, prose, list items in block and in flow style.
 */
final class Probe {
  private static final SourceRef HEADER = SourceRef.root("ladder.yaml");
  private static final SourceRef NOWHERE = SourceRef.root("levels/probe.yaml");

  private Probe() {}

  /** A ladder with {@code s} everywhere a string goes. */
  static Ladder everywhere(String s) {
    return everywhere(s, s);
  }

  /**
   * A ladder with {@code s} everywhere a string goes but keys (scale names, rule ids, attribute,
   * scope and dimension ids), which are {@code key}.
   */
  static Ladder everywhere(String s, String key) {
    return Ladder.builder()
        .id(s)
        .name(s)
        .description(s)
        .track(new Track(TrackId.of("ic"), s, s, HEADER))
        .track(new Track(TrackId.of(s), s, "", HEADER))
        .dimension(new Dimension(DimensionId.of(key), s, s, HEADER))
        .scale(new Scale(key, List.of(s, "plain", s + "2"), HEADER))
        .scale(new Scale("reach", List.of("self", s), HEADER))
        .attribute(new Attribute(AttributeId.of(key), s, s, s, HEADER))
        .competencies(List.of(new Competency(CompetencyId.of(s), s, s, HEADER)))
        .equivalence(new Equivalence(List.of(LevelId.of(s), LevelId.of("probe")), HEADER))
        .rule(new RuleSetting(key, s, HEADER))
        .level(level("probe", s, key, "levels/probe.yaml"))
        .level(level(s, s, key, "levels/" + s + ".yaml"))
        .build();
  }

  /** A level with {@code s} in every string field, {@code key} in every key; {@code id} its id. */
  static Level level(String id, String s, String key, String file) {
    LevelId owner = LevelId.of(id);
    Expectation plain =
        new Expectation(ExpectationId.slugOf(s), s, DimensionId.of(key), List.of(), owner, NOWHERE);
    Expectation withId =
        new Expectation(ExpectationId.of(s), s, DimensionId.of(key), List.of(), owner, NOWHERE);
    Expectation refining =
        new Expectation(
            ExpectationId.of("refining"),
            s,
            DimensionId.of(key),
            List.of(ExpectationId.of(s)),
            owner,
            NOWHERE);
    Expectation refiningTwo =
        new Expectation(
            ExpectationId.of("refining-two"),
            s,
            DimensionId.of("delivery"),
            List.of(ExpectationId.of(s), ExpectationId.of("other")),
            owner,
            NOWHERE);
    Map<DimensionId, List<Expectation>> expectations = new LinkedHashMap<>();
    expectations.put(DimensionId.of(key), List.of(plain, withId, refining));
    expectations.put(DimensionId.of("delivery"), List.of(refiningTwo));
    Map<String, Range> scope = new LinkedHashMap<>();
    scope.put(key, Range.of(BigDecimal.ONE, null));
    scope.put("teams", Range.OPEN);
    return new Level(
        owner,
        s,
        TrackId.of(s),
        3,
        Optional.of(LevelId.of(s)),
        Status.DRAFT,
        s,
        new Experience(Optional.of(new BigDecimal("2.5")), Optional.empty()),
        Map.of(AttributeId.of(key), s),
        scope,
        new Compensation(Optional.of(s), Range.of(null, new BigDecimal("100000"))),
        List.of(CompetencyId.of(s), CompetencyId.of("plain")),
        expectations,
        List.of(new Retirement(ExpectationId.of(s), s, NOWHERE)),
        List.of(LevelId.of(s), LevelId.of("plain")),
        List.of(s, "plain", s),
        SourceRef.root(file));
  }
}
