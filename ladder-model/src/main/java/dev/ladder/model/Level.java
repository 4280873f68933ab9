package dev.ladder.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of the ladder, as its file writes it. Inherited values are on {@link EffectiveLevel},
 * from {@link Ladder#effective(LevelId)}.
 *
 * @param parent the level this one extends ({@code extends:} in the file)
 * @param ratings attribute id to a value of the attribute's scale, in file order
 * @param scope scope key (teams, directReports, ...) to range, in file order
 * @param expectations dimension id to this level's own expectations, in file order
 * @param source the root of the level's file
 */
public record Level(
    LevelId id,
    String title,
    TrackId track,
    int rank,
    Optional<LevelId> parent,
    Status status,
    String summary,
    Experience experience,
    Map<AttributeId, String> ratings,
    Map<String, Range> scope,
    Compensation compensation,
    List<CompetencyId> competencies,
    Map<DimensionId, List<Expectation>> expectations,
    List<Retirement> retires,
    List<LevelId> next,
    List<String> checkpoints,
    SourceRef source) {

  public Level {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(status, "status");
    summary = Objects.requireNonNullElse(summary, "");
    Objects.requireNonNull(experience, "experience");
    ratings = ordered(ratings);
    scope = ordered(scope);
    Objects.requireNonNull(compensation, "compensation");
    competencies = List.copyOf(competencies);
    Map<DimensionId, List<Expectation>> own = new LinkedHashMap<>();
    expectations.forEach((d, list) -> own.put(d, List.copyOf(list)));
    expectations = Collections.unmodifiableMap(own);
    retires = List.copyOf(retires);
    next = List.copyOf(next);
    checkpoints = List.copyOf(checkpoints);
    Objects.requireNonNull(source, "source");
  }

  /** The file this level was read from, relative to the ladder root. */
  public String file() {
    return source.file();
  }

  /** This level's own expectations, every dimension, in file order. */
  public List<Expectation> ownExpectations() {
    return expectations.values().stream().flatMap(List::stream).toList();
  }

  /**
   * Where an effective value of this level comes from: {@code node} in its own file when the file
   * writes the value ({@code writesIt}), else its {@code extends}, through which it inherits it.
   */
  public SourceRef valueSource(boolean writesIt, SourceRef node) {
    return writesIt || parent.isEmpty() ? node : source.at("extends");
  }

  /** {@code "VP of Engineering (rank 5)"}: how messages name a level. */
  public String label() {
    return title + " (rank " + rank + ")";
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
