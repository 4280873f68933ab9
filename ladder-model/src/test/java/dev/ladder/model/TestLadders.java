package dev.ladder.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ladders written in Java for model tests, without YAML: every level gets a file {@code
 * levels/<id>.yaml} and every node a JSON Pointer into it, as the reader would give them.
 *
 * <pre>{@code
 * Ladder ladder = ladder(
 *     level("director", "management", 4).expect("responsibilities", "Owns the budget"),
 *     level("vp", "management", 5).extending("director").retire("owns-the-budget", "Finance"));
 * }</pre>
 */
final class TestLadders {
  static final String REACH = "reach";
  static final List<String> REACH_VALUES =
      List.of("self", "team", "multi-team", "organization", "company", "industry");

  private TestLadders() {}

  /** A level of {@code track} at {@code rank}, titled after its id until told otherwise. */
  static LevelSpec level(String id, String track, int rank) {
    return new LevelSpec(id, track, rank);
  }

  /**
   * A ladder of these levels: tracks {@code ic} and {@code management}, then any other track the
   * levels use; every dimension the levels use, in order of first use; a {@code reach} scale for
   * every attribute the levels rate.
   */
  static Ladder ladder(LevelSpec... levels) {
    Ladder.Builder builder = Ladder.builder().id("test-ladder").name("Test ladder");
    Set<String> tracks = new LinkedHashSet<>(List.of("ic", "management"));
    Set<String> dimensions = new LinkedHashSet<>();
    Set<String> attributes = new LinkedHashSet<>();
    for (LevelSpec spec : levels) {
      tracks.add(spec.track);
      spec.expectations.forEach(e -> dimensions.add(e.dimension));
      attributes.addAll(spec.ratings.keySet());
    }
    SourceRef header = SourceRef.root("ladder.yaml");
    int i = 0;
    for (String track : tracks) {
      builder.track(new Track(TrackId.of(track), track, "", header.at("tracks", i++)));
    }
    i = 0;
    for (String dimension : dimensions) {
      builder.dimension(
          new Dimension(DimensionId.of(dimension), dimension, "", header.at("dimensions", i++)));
    }
    builder.scale(new Scale(REACH, REACH_VALUES, header.at("scales", REACH)));
    i = 0;
    for (String attribute : attributes) {
      builder.attribute(
          new Attribute(
              AttributeId.of(attribute), attribute, REACH, "", header.at("attributes", i++)));
    }
    Arrays.stream(levels).map(LevelSpec::build).forEach(builder::level);
    return builder.build();
  }

  static LevelId id(String level) {
    return LevelId.of(level);
  }

  static ExpectationId eid(String expectation) {
    return ExpectationId.of(expectation);
  }

  static DimensionId dim(String dimension) {
    return DimensionId.of(dimension);
  }

  /** A level under construction; each method adds to it and returns it. */
  static final class LevelSpec {
    private final String id;
    private final String track;
    private final int rank;
    private String title;
    private String file;
    private String parent;
    private BigDecimal minYears;
    private BigDecimal leadershipYears;
    private final Map<String, String> ratings = new LinkedHashMap<>();
    private final Map<String, Range> scope = new LinkedHashMap<>();
    private String currency;
    private Range band = Range.OPEN;
    private final List<ExpectationSpec> expectations = new ArrayList<>();
    private final List<String[]> retires = new ArrayList<>();
    private final List<String> next = new ArrayList<>();
    private Status status = Status.ACTIVE;
    private final List<String> competencies = new ArrayList<>();
    private final List<String> checkpoints = new ArrayList<>();

    private LevelSpec(String id, String track, int rank) {
      this.id = id;
      this.track = track;
      this.rank = rank;
      this.title = id;
      this.file = "levels/" + id + ".yaml";
    }

    LevelSpec title(String title) {
      this.title = title;
      return this;
    }

    /** The file this level is read from; two levels with one id need two files. */
    LevelSpec file(String file) {
      this.file = file;
      return this;
    }

    LevelSpec extending(String parent) {
      this.parent = parent;
      return this;
    }

    /** A plain-string expectation: its id is the slug of its text. */
    LevelSpec expect(String dimension, String text) {
      return expect(dimension, ExpectationId.slugOf(text).value(), text);
    }

    LevelSpec expect(String dimension, String id, String text) {
      expectations.add(new ExpectationSpec(dimension, id, text, List.of()));
      return this;
    }

    /** An expectation that replaces the lower expectations {@code refines}. */
    LevelSpec refine(String dimension, String id, String text, String... refines) {
      expectations.add(new ExpectationSpec(dimension, id, text, List.of(refines)));
      return this;
    }

    LevelSpec retire(String expectation, String reason) {
      retires.add(new String[] {expectation, reason});
      return this;
    }

    LevelSpec status(Status status) {
      this.status = status;
      return this;
    }

    LevelSpec competencies(String... ids) {
      competencies.addAll(List.of(ids));
      return this;
    }

    LevelSpec checkpoints(String... texts) {
      checkpoints.addAll(List.of(texts));
      return this;
    }

    LevelSpec next(String... levels) {
      next.addAll(List.of(levels));
      return this;
    }

    LevelSpec minYears(int years) {
      this.minYears = BigDecimal.valueOf(years);
      return this;
    }

    LevelSpec minYears(BigDecimal years) {
      this.minYears = years;
      return this;
    }

    LevelSpec leadershipYears(int years) {
      this.leadershipYears = BigDecimal.valueOf(years);
      return this;
    }

    LevelSpec rating(String attribute, String value) {
      ratings.put(attribute, value);
      return this;
    }

    /** A scope range; {@code null} leaves that end open. */
    LevelSpec scope(String key, Integer min, Integer max) {
      scope.put(key, Range.of(decimal(min), decimal(max)));
      return this;
    }

    /** A compensation band; {@code null} leaves that part unset. */
    LevelSpec compensation(String currency, Integer min, Integer max) {
      this.currency = currency;
      this.band = Range.of(decimal(min), decimal(max));
      return this;
    }

    Level build() {
      SourceRef root = SourceRef.root(file);
      Map<DimensionId, List<Expectation>> byDimension = new LinkedHashMap<>();
      for (ExpectationSpec e : expectations) {
        List<Expectation> list =
            byDimension.computeIfAbsent(DimensionId.of(e.dimension), d -> new ArrayList<>());
        list.add(
            new Expectation(
                ExpectationId.of(e.id),
                e.text,
                DimensionId.of(e.dimension),
                e.refines.stream().map(ExpectationId::of).toList(),
                LevelId.of(id),
                root.at("expectations", e.dimension, list.size())));
      }
      List<Retirement> retirements = new ArrayList<>();
      for (String[] r : retires) {
        retirements.add(
            new Retirement(ExpectationId.of(r[0]), r[1], root.at("retires", retirements.size())));
      }
      Map<AttributeId, String> rated = new LinkedHashMap<>();
      ratings.forEach((a, v) -> rated.put(AttributeId.of(a), v));
      return new Level(
          LevelId.of(id),
          title,
          TrackId.of(track),
          rank,
          Optional.ofNullable(parent).map(LevelId::of),
          status,
          "",
          new Experience(Optional.ofNullable(minYears), Optional.ofNullable(leadershipYears)),
          rated,
          scope,
          new Compensation(Optional.ofNullable(currency), band),
          competencies.stream().map(CompetencyId::of).toList(),
          byDimension,
          retirements,
          next.stream().map(LevelId::of).toList(),
          checkpoints,
          root);
    }

    private static BigDecimal decimal(Integer value) {
      return value == null ? null : BigDecimal.valueOf(value);
    }
  }

  private record ExpectationSpec(String dimension, String id, String text, List<String> refines) {}
}
