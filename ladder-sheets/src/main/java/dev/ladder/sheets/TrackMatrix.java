package dev.ladder.sheets;

import dev.ladder.model.DimensionId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.TrackId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A track as the matrix of a track sheet, the layout the import reads: row 1 holds the level titles
 * in rank order from column B; column A the dimension names; each cell one effective expectation of
 * that level. An expectation keeps its row from level to level, and the expectation that refines it
 * takes the same row, so a row reads as one expectation growing up the track; a dimension has as
 * many rows as it needs, each with its name in column A.
 */
final class TrackMatrix {
  /** The text of the corner cell, above the dimension names. */
  static final String CORNER = "Dimension";

  /** One row: its dimension's name, and a text or null for each level. */
  record Row(String dimension, String[] cells) {}

  final List<Level> levels;
  final List<Row> rows;

  private TrackMatrix(List<Level> levels, List<Row> rows) {
    this.levels = levels;
    this.rows = rows;
  }

  static TrackMatrix of(Ladder ladder, TrackId track) {
    List<Level> levels = ladder.levelsOf(track);
    Map<DimensionId, List<Lineage>> byDimension = new LinkedHashMap<>();
    ladder.dimensions().forEach(d -> byDimension.put(d.id(), new ArrayList<>()));
    for (int column = 0; column < levels.size(); column++) {
      EffectiveLevel effective = ladder.effective(levels.get(column));
      for (Map.Entry<DimensionId, List<Expectation>> entry : effective.expectations().entrySet()) {
        List<Lineage> lineages =
            byDimension.computeIfAbsent(entry.getKey(), d -> new ArrayList<>());
        place(lineages, entry.getValue(), column, levels.size());
      }
    }
    List<Row> rows = new ArrayList<>();
    byDimension.forEach(
        (dimension, lineages) -> {
          String name = ladder.dimensionName(dimension);
          for (Lineage lineage : lineages) {
            rows.add(new Row(name, lineage.cells));
          }
        });
    return new TrackMatrix(levels, rows);
  }

  /** An expectation's row: the id it has at the latest level that holds it. */
  private static final class Lineage {
    ExpectationId current;
    int lastColumn = -1;
    final String[] cells;

    Lineage(int columns) {
      cells = new String[columns];
    }
  }

  private static void place(
      List<Lineage> lineages, List<Expectation> effective, int column, int columns) {
    Map<ExpectationId, Lineage> byCurrent = new LinkedHashMap<>();
    for (Lineage lineage : lineages) {
      byCurrent.putIfAbsent(lineage.current, lineage);
    }
    for (Expectation e : effective) {
      Lineage row = free(byCurrent.get(e.id()), column);
      for (int i = 0; row == null && i < e.refines().size(); i++) {
        row = free(byCurrent.get(e.refines().get(i)), column);
      }
      if (row == null) {
        row = new Lineage(columns);
        lineages.add(row);
      }
      row.cells[column] = e.text();
      row.current = e.id();
      row.lastColumn = column;
    }
  }

  /** The row, when this level has not put an expectation in it yet. */
  private static Lineage free(Lineage row, int column) {
    return row != null && row.lastColumn != column ? row : null;
  }
}
