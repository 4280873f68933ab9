package dev.ladder.sheets;

import dev.ladder.model.Compensation;
import dev.ladder.model.Dimension;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Retirement;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import dev.ladder.model.text.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads matrix sheets into a ladder (FORMAT.md section 8). Each sheet is a track, named by the
 * sheet; its first row holds the level titles in rank order from column B, its first column the
 * dimension names (an empty one continues the dimension above); each cell holds that level's
 * expectations in that dimension, one per line.
 *
 * <p>Each level extends the one before it. An expectation the level before it has word for word
 * (the same slug) is inherited, not written again. Of what the level before it expects and this one
 * does not, an expectation is taken as reworded into one of this level's new ones when the two are
 * at least {@link Similarity#CONFIDENT} alike ({@code refines}, listed as a guess); any other is
 * retired with a reason that says it awaits a decision, and its cell is reported as one that needs
 * a decision. So the ladder validates without {@code expectation-containment} errors and every
 * level's effective expectations are what its column says.
 */
final class MatrixImport {
  private final String file;
  private final List<SheetFinding> findings;
  private final List<RefinesGuess> guesses;
  private final Map<DimensionId, Dimension> dimensions = new LinkedHashMap<>();
  private final List<Track> tracks = new ArrayList<>();
  private final List<Level> levels = new ArrayList<>();
  private final Set<String> trackIds = new HashSet<>();
  private final Set<String> levelIds = new HashSet<>();

  private MatrixImport(String file, List<SheetFinding> findings, List<RefinesGuess> guesses) {
    this.file = file;
    this.findings = findings;
    this.guesses = guesses;
  }

  /** One line of a cell: an expectation's text where the sheet has it. */
  private record Line(ExpectationId id, String text, int row) {}

  /** A titled column: one level. */
  private record Column(int column, String title, LevelId id, Map<DimensionId, List<Line>> lines) {}

  static Optional<Ladder> read(
      String file,
      List<Grid> grids,
      ImportOptions options,
      List<SheetFinding> findings,
      List<RefinesGuess> guesses) {
    MatrixImport reader = new MatrixImport(file, findings, guesses);
    for (Grid grid : grids) {
      reader.sheet(grid, grids.size());
    }
    if (reader.levels.isEmpty()) {
      findings.add(
          SheetFinding.in(
              Severity.ERROR,
              "no-levels",
              file,
              "",
              "no sheet holds a level: the first row holds the level titles from column B on, in"
                  + " rank order, and the first column the dimension names"));
      return Optional.empty();
    }
    String base = baseName(file);
    String id = options.ladderId().orElse(ExpectationId.slugOf(base).value());
    Ladder.Builder ladder =
        Ladder.builder()
            .id(id.isEmpty() ? "ladder" : id)
            .name(options.ladderName().orElse(base.isBlank() ? "Ladder" : base));
    reader.tracks.forEach(ladder::track);
    reader.dimensions.values().forEach(ladder::dimension);
    reader.levels.forEach(ladder::level);
    return Optional.of(ladder.build());
  }

  private void sheet(Grid grid, int sheets) {
    String sheet = grid.sheet();
    if (grid.rows().isEmpty()) {
      findings.add(
          SheetFinding.in(
              Severity.WARNING,
              "empty-sheet",
              file,
              CellRef.quoted(sheet),
              "the sheet is empty; it is not imported"));
      return;
    }
    Grid.Row header = grid.rows().get(0);
    if (isLongTable(header.cells())) {
      findings.add(
          SheetFinding.in(
              sheets > 1 ? Severity.INFO : Severity.ERROR,
              "long-table",
              file,
              CellRef.quoted(sheet),
              "the long table that export writes (one row per expectation); the import reads track"
                  + " sheets: level titles across the first row, dimension names down the first"
                  + " column"));
      return;
    }
    int width = grid.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    TrackId track = TrackId.of(unique(slugOr(sheet, "track"), trackIds, "track"));
    List<Column> columns = new ArrayList<>();
    Map<Integer, Column> byNumber = new HashMap<>();
    for (int c = 2; c <= width; c++) {
      String title = clean(header.cell(c));
      int column = c;
      boolean filled = grid.rows().stream().skip(1).anyMatch(r -> !r.cell(column).isBlank());
      CellRef ref = new CellRef(sheet, header.number(), c);
      if (title.isEmpty()) {
        if (filled) {
          error(
              "no-title",
              ref,
              "column "
                  + ref.a1().replaceAll("[0-9]", "")
                  + " holds expectations but no level title; write the title in "
                  + ref.a1());
        }
        continue;
      }
      String slug = ExpectationId.slugOf(title).value();
      if (slug.isEmpty()) {
        error(
            "no-title",
            ref,
            "the level title \"" + title + "\" has no letter or digit to make an id of");
        continue;
      }
      String id = slug;
      if (levelIds.contains(id)) {
        id = unique(track.value() + "-" + slug, levelIds, slug);
        findings.add(
            SheetFinding.at(
                Severity.WARNING,
                "duplicate-level",
                file,
                ref,
                "another column already has a level '" + slug + "'; this one is '" + id + "'"));
      } else {
        levelIds.add(id);
      }
      Column col = new Column(c, title, LevelId.of(id), new LinkedHashMap<>());
      columns.add(col);
      byNumber.put(c, col);
    }
    Ids ids = new Ids();
    DimensionId current = null;
    for (Grid.Row row : grid.rows().subList(1, grid.rows().size())) {
      String name = clean(row.cell(1));
      if (!name.isEmpty()) {
        String slug = ExpectationId.slugOf(name).value();
        if (slug.isEmpty()) {
          error(
              "no-dimension",
              new CellRef(sheet, row.number(), 1),
              "the dimension name \""
                  + name
                  + "\" has no letter or digit to make an id of; the row is not imported");
          current = null;
          continue;
        }
        current = DimensionId.of(slug);
        dimensions.putIfAbsent(
            current, new Dimension(current, name, "", SourceRef.root("ladder.yaml")));
      }
      for (Map.Entry<Integer, Column> entry :
          byNumber.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        String cell = row.cell(entry.getKey());
        if (cell.isBlank()) {
          continue;
        }
        CellRef ref = new CellRef(sheet, row.number(), entry.getKey());
        if (current == null) {
          error(
              "no-dimension",
              ref,
              "expectations in a row with no dimension name in column A above or beside them");
          continue;
        }
        List<Line> lines =
            entry.getValue().lines().computeIfAbsent(current, d -> new ArrayList<>());
        for (String text : lines(cell)) {
          String slug = ExpectationId.slugOf(text).value();
          if (slug.isEmpty()) {
            findings.add(
                SheetFinding.at(
                    Severity.WARNING,
                    "no-text",
                    file,
                    ref,
                    "the line \""
                        + text
                        + "\" has no letter or digit to make an id of; it is not imported"));
            continue;
          }
          ExpectationId id = ids.of(current, slug);
          if (lines.stream().anyMatch(l -> l.id().equals(id))) {
            findings.add(
                SheetFinding.at(
                    Severity.WARNING,
                    "duplicate-expectation",
                    file,
                    ref,
                    "\""
                        + text
                        + "\" is already an expectation of "
                        + entry.getValue().title()
                        + " in "
                        + dimensions.get(current).name()
                        + "; it is read once"));
            continue;
          }
          lines.add(new Line(id, text, row.number()));
        }
      }
    }
    if (columns.isEmpty()) {
      findings.add(
          SheetFinding.in(
              Severity.WARNING,
              "empty-sheet",
              file,
              CellRef.quoted(sheet),
              "the sheet has no level title in its first row from column B on; it is not imported"));
      return;
    }
    trackIds.add(track.value());
    tracks.add(new Track(track, sheet, "", SourceRef.root("ladder.yaml")));
    buildLevels(sheet, track, columns);
  }

  private void buildLevels(String sheet, TrackId track, List<Column> columns) {
    Map<DimensionId, List<Line>> previous = Map.of();
    Column before = null;
    for (int rank = 1; rank <= columns.size(); rank++) {
      Column column = columns.get(rank - 1);
      String levelFile = "levels/" + track.value() + "/" + column.id().value() + ".yaml";
      SourceRef source = SourceRef.root(levelFile);
      Map<DimensionId, List<Expectation>> own = new LinkedHashMap<>();
      List<Retirement> retires = new ArrayList<>();
      Map<DimensionId, List<Line>> effective = new LinkedHashMap<>();
      Set<DimensionId> order = new LinkedHashSet<>(dimensions.keySet());
      for (DimensionId dimension : order) {
        List<Line> lower = previous.getOrDefault(dimension, List.of());
        List<Line> here = column.lines().getOrDefault(dimension, List.of());
        if (lower.isEmpty() && here.isEmpty()) {
          continue;
        }
        Map<ExpectationId, Line> lowerById = new LinkedHashMap<>();
        lower.forEach(l -> lowerById.put(l.id(), l));
        Set<ExpectationId> hereIds = new HashSet<>();
        here.forEach(l -> hereIds.add(l.id()));
        List<Line> added = new ArrayList<>();
        List<Line> kept = new ArrayList<>();
        for (Line line : here) {
          Line inherited = lowerById.get(line.id());
          if (inherited == null) {
            added.add(line);
            kept.add(line);
          } else {
            if (!inherited.text().equals(line.text())) {
              findings.add(
                  SheetFinding.at(
                      Severity.WARNING,
                      "same-words",
                      file,
                      new CellRef(sheet, line.row(), column.column()),
                      "\""
                          + line.text()
                          + "\" differs from \""
                          + inherited.text()
                          + "\" of "
                          + before.title()
                          + " only in case, spacing or punctuation; it is read as the same expectation, in the earlier wording"));
            }
            kept.add(new Line(inherited.id(), inherited.text(), line.row()));
          }
        }
        List<Line> dropped = lower.stream().filter(l -> !hereIds.contains(l.id())).toList();
        Map<ExpectationId, ExpectationId> refines = match(sheet, column, dimension, dropped, added);
        List<Expectation> written = new ArrayList<>();
        for (Line line : added) {
          ExpectationId refined = refines.get(line.id());
          written.add(
              new Expectation(
                  line.id(),
                  line.text(),
                  dimension,
                  refined == null ? List.of() : List.of(refined),
                  column.id(),
                  source));
        }
        if (!written.isEmpty()) {
          own.put(dimension, written);
        }
        for (Line line : dropped) {
          if (!refines.containsValue(line.id())) {
            retires.add(decision(sheet, before, column, dimension, line, added, refines, source));
          }
        }
        if (!kept.isEmpty()) {
          effective.put(dimension, kept);
        }
      }
      levels.add(
          new Level(
              column.id(),
              column.title(),
              track,
              rank,
              before == null ? Optional.empty() : Optional.of(before.id()),
              Status.ACTIVE,
              "",
              Experience.NONE,
              Map.of(),
              Map.of(),
              Compensation.NONE,
              List.of(),
              own,
              retires,
              List.of(),
              List.of(),
              source));
      previous = effective;
      before = column;
    }
  }

  /**
   * Pairs each dropped expectation with the new one most like it, from the most alike pair down,
   * each at most once, where the two are at least {@link Similarity#CONFIDENT} alike.
   *
   * @return the new expectation's id to the id it refines
   */
  private Map<ExpectationId, ExpectationId> match(
      String sheet, Column column, DimensionId dimension, List<Line> dropped, List<Line> added) {
    if (dropped.isEmpty() || added.isEmpty()) {
      return Map.of();
    }
    record Pair(int d, int a, double score) {}
    List<Similarity.Text> addedTexts =
        added.stream().map(l -> Similarity.Text.normalizing(l.text())).toList();
    List<Pair> pairs = new ArrayList<>();
    for (int d = 0; d < dropped.size(); d++) {
      Similarity.Text droppedText = Similarity.Text.normalizing(dropped.get(d).text());
      for (int a = 0; a < added.size(); a++) {
        if (Similarity.atLeast(droppedText, addedTexts.get(a), Similarity.CONFIDENT)) {
          pairs.add(new Pair(d, a, Similarity.of(dropped.get(d).text(), added.get(a).text())));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble(Pair::score)
            .reversed()
            .thenComparingInt(Pair::d)
            .thenComparingInt(Pair::a));
    Map<ExpectationId, ExpectationId> refines = new LinkedHashMap<>();
    Set<Integer> usedDropped = new HashSet<>();
    Set<Integer> usedAdded = new HashSet<>();
    List<RefinesGuess> found = new ArrayList<>();
    for (Pair p : pairs) {
      if (usedDropped.contains(p.d()) || usedAdded.contains(p.a())) {
        continue;
      }
      usedDropped.add(p.d());
      usedAdded.add(p.a());
      Line newer = added.get(p.a());
      Line older = dropped.get(p.d());
      refines.put(newer.id(), older.id());
      found.add(
          new RefinesGuess(
              new CellRef(sheet, newer.row(), column.column()),
              column.id(),
              dimension,
              newer.id(),
              newer.text(),
              older.id(),
              older.text(),
              p.score()));
    }
    found.sort(Comparator.comparingInt((RefinesGuess g) -> g.cell().row()));
    guesses.addAll(found);
    return refines;
  }

  private Retirement decision(
      String sheet,
      Column before,
      Column column,
      DimensionId dimension,
      Line dropped,
      List<Line> added,
      Map<ExpectationId, ExpectationId> refines,
      SourceRef source) {
    CellRef cell = new CellRef(sheet, dropped.row(), column.column());
    // What took the expectation's place: the one new line of the same cell, where export puts a
    // replacement. Named, not scored: it is below the confident score, and a score for each of
    // thousands of decisions would cost a full edit distance apiece.
    List<Line> instead =
        added.stream()
            .filter(l -> !refines.containsKey(l.id()) && l.row() == dropped.row())
            .toList();
    String closest =
        instead.size() == 1 ? "; " + cell.a1() + " now holds '" + instead.get(0).id() + "'" : "";
    findings.add(
        SheetFinding.at(
            Severity.WARNING,
            SheetFinding.NEEDS_DECISION,
            file,
            cell,
            column.title()
                + " drops '"
                + dropped.id()
                + "' (\""
                + dropped.text()
                + "\") that "
                + before.title()
                + " expects in "
                + dimensions.get(dimension).name()
                + closest
                + ": the import retires it; copy it into "
                + cell.a1()
                + ", mark the expectation that replaces it `refines: "
                + dropped.id()
                + "`, or keep the retirement with a real reason"));
    return new Retirement(
        dropped.id(),
        "Not in "
            + column.title()
            + "'s column of the imported sheet ("
            + cell
            + "): to be decided",
        source);
  }

  /** Expectation ids of one track: the slug, unless another dimension of the track has it. */
  private static final class Ids {
    private final Map<String, ExpectationId> byKey = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    ExpectationId of(DimensionId dimension, String slug) {
      return byKey.computeIfAbsent(
          dimension.value() + "\n" + slug,
          k -> {
            String base = used.contains(slug) ? slug + "-" + dimension.value() : slug;
            String id = base;
            for (int n = 2; used.contains(id); n++) {
              id = base + "-" + n;
            }
            used.add(id);
            return ExpectationId.of(id);
          });
    }
  }

  static boolean isLongTable(List<String> header) {
    List<String> cells = header.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    return cells.size() >= LongTable.HEADER.size()
        && cells.subList(0, LongTable.HEADER.size()).equals(LongTable.HEADER);
  }

  /** The lines of a cell, each trimmed, bullets and the export's formula guard taken off. */
  static List<String> lines(String cell) {
    List<String> lines = new ArrayList<>();
    for (String raw : cell.split("\r\n|\n|\r")) {
      String line = raw.strip();
      String unescaped = CellText.unescape(line);
      if (unescaped.equals(line)) {
        line = stripBullet(line);
      } else {
        line = unescaped.strip();
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String stripBullet(String line) {
    for (String bullet : List.of("\u2022", "-", "*", "\u2013", "\u25AA", "\u25E6")) {
      if (line.startsWith(bullet + " ") || line.startsWith(bullet + "\t")) {
        return line.substring(bullet.length()).strip();
      }
    }
    return line;
  }

  /** A title or a dimension name: trimmed, the export's formula guard taken off. */
  private static String clean(String cell) {
    return CellText.unescape(cell.strip()).strip();
  }

  private static String slugOr(String text, String fallback) {
    String slug = ExpectationId.slugOf(text).value();
    return slug.isEmpty() ? fallback : slug;
  }

  private static String unique(String wanted, Set<String> taken, String fallback) {
    String base = wanted.isEmpty() ? fallback : wanted;
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }

  private void error(String code, CellRef cell, String message) {
    findings.add(SheetFinding.at(Severity.ERROR, code, file, cell, message));
  }

  static String baseName(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
