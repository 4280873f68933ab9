package dev.ladder.sheets;

import dev.ladder.model.DimensionId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.TrackId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The long table of FORMAT.md section 8: one row per effective expectation of every level, tracks
 * in display order, levels by rank, dimensions in ladder.yaml's order, expectations in effective
 * order.
 */
final class LongTable {
  static final List<String> HEADER =
      List.of(
          "track",
          "rank",
          "level id",
          "level title",
          "dimension",
          "expectation id",
          "text",
          "source");

  private LongTable() {}

  /** One row of the table, every value as the cell shows it (before CSV-injection escaping). */
  record Row(
      String track,
      int rank,
      String levelId,
      String levelTitle,
      String dimension,
      String expectationId,
      String text,
      String source) {
    List<String> cells() {
      return List.of(
          track,
          Integer.toString(rank),
          levelId,
          levelTitle,
          dimension,
          expectationId,
          text,
          source);
    }
  }

  static List<Row> rows(Ladder ladder) {
    List<Row> rows = new ArrayList<>();
    for (TrackId track : ladder.trackIds()) {
      for (Level level : ladder.levelsOf(track)) {
        EffectiveLevel effective = ladder.effective(level);
        for (DimensionId dimension : dimensions(ladder, effective)) {
          for (Expectation e : effective.expectations(dimension)) {
            rows.add(
                new Row(
                    track.value(),
                    level.rank(),
                    level.id().value(),
                    level.title(),
                    dimension.value(),
                    e.id().value(),
                    e.text(),
                    source(level, e)));
          }
        }
      }
    }
    return rows;
  }

  /** {@code own}, {@code inherited from <level id>} or {@code refines <expectation id>}. */
  static String source(Level level, Expectation e) {
    if (!e.owner().equals(level.id())) {
      return "inherited from " + e.owner().value();
    }
    if (e.refines().isEmpty()) {
      return "own";
    }
    return "refines "
        + e.refines().stream().map(ExpectationId::value).collect(Collectors.joining(", "));
  }

  /** ladder.yaml's dimensions first, then any other a level writes, in effective order. */
  static List<DimensionId> dimensions(Ladder ladder, EffectiveLevel effective) {
    Set<DimensionId> order = new LinkedHashSet<>();
    ladder.dimensions().forEach(d -> order.add(d.id()));
    order.addAll(effective.expectations().keySet());
    return List.copyOf(order);
  }
}
