package dev.ladder.model.write;

import dev.ladder.model.Attribute;
import dev.ladder.model.Compensation;
import dev.ladder.model.Competency;
import dev.ladder.model.CompetencyId;
import dev.ladder.model.Dimension;
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
import dev.ladder.model.Status;
import dev.ladder.model.Track;
import dev.ladder.model.write.YamlNode.MapBuilder;
import dev.ladder.model.write.YamlNode.Seq;
import dev.ladder.model.write.YamlNode.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a {@link Ladder} back as the files of a ladder root: {@code ladder.yaml} and one YAML file
 * per level under {@code levels/}. What it writes reads back with {@code
 * LadderReader.standard().read(root)} to a ladder of the same content ({@link
 * LadderComparison#sameContent}): every id, text, number and reference, in the same order. Only
 * where each node stands in its file differs.
 *
 * <pre>{@code
 * Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();
 * LadderWriter.standard().write(ladder, Path.of("target/ladder-copy"));
 *
 * // or in memory: relative path -> file text, to put anywhere (a zip, a git tree, a request)
 * SortedMap<String, String> files = LadderWriter.standard().files(ladder);
 * String vp = LadderWriter.standard().levelYaml(ladder.level(LevelId.of("vp-engineering")).orElseThrow());
 * }</pre>
 *
 * <p><b>What the files look like.</b> Keys in the order of the format's reference (FORMAT.md §1),
 * 2-space indentation, UTF-8, {@code '\n'} line ends, a final line break, the same bytes for the
 * same ladder. What is empty or default is left out: {@code status: active}, an empty summary or
 * description, empty lists, an empty {@code experience} or {@code compensation}, a retirement's
 * empty reason. What the model holds although it is empty is kept, so that it reads back the same:
 * a declared but empty competency catalogue ({@code competencies: []}), an empty scale, a scope key
 * with an open range ({@code teams: {}}), a dimension key with no expectations ({@code delivery:
 * []}). Ids, scale values and level lists are written in flow style ({@code [a, b]}), scope ranges
 * as {@code {min: 4, max: 8}}, as the reference shows them. An expectation whose id is the slug of
 * its text and that refines nothing is a plain string, as people write them; any other is an object
 * with {@code id}, {@code text} and {@code refines} (one id as a string, several as a list).
 * Numbers are written as people write them: {@code 15}, {@code 2.5}, never {@code 1E+1} or {@code
 * 2.50}. No comment, no {@code $schema} and no {@code ---} are written.
 *
 * <p><b>Strings.</b> A string is plain only when no YAML reader, of YAML 1.2 or 1.1, could take it
 * for anything else (see {@code Scalars}); else it is double-quoted, with control characters,
 * separators and invisible characters as escapes, so that a file never holds a byte the reader
 * refuses. Multi-line text is a literal block ({@code |}) when that keeps every character (no
 * trailing spaces, no tabs, printable), else double-quoted with {@code \n}. No anchor, alias or tag
 * is ever written.
 *
 * <p><b>Where each level goes.</b> A level keeps the path it was read from when that is a plain
 * relative path under {@code levels/} ending in {@code .yaml} or {@code .yml} (a {@code .json} file
 * becomes the same name with {@code .yaml}), so a ladder read, changed and written back keeps its
 * layout. Any other level, and a level whose path another level already has, goes to {@code
 * levels/<track>/<id>.yaml} (then {@code -2}, {@code -3}, ...). No path leaves the folder written
 * to.
 *
 * <p><b>Why written by hand.</b> The files have a small fixed shape, and the writer must decide the
 * style of each node (flow lists of ids beside block lists of prose, literal blocks only where they
 * are exact) and the quoting of each string against YAML 1.1 tools as well as the reader. Jackson's
 * YAML generator (SnakeYAML's emitter underneath) sets one style for a whole document, quotes by
 * YAML 1.1 rules of its own and folds long lines; this emitter is a few hundred lines with every
 * choice visible and tested.
 *
 * <p>What the format cannot hold is refused with an {@link IllegalArgumentException}: a rule set
 * twice in {@code rules} (a mapping has each key once). Strings longer than the reader's {@link
 * dev.ladder.model.read.Limits limits} are written, and then refused by the reader. Immutable and
 * safe to share between threads.
 */
public final class LadderWriter {
  /** The file name of the ladder itself. */
  public static final String HEADER = Ladder.HEADER_FILE;

  private static final LadderWriter STANDARD = new LadderWriter();

  private LadderWriter() {}

  /** The writer. */
  public static LadderWriter standard() {
    return STANDARD;
  }

  /**
   * Every file of the ladder root, by path relative to it ({@code /} separated, sorted): {@code
   * ladder.yaml} and one file per level. Each text is to be stored as UTF-8.
   *
   * @throws IllegalArgumentException if the ladder holds what the format cannot express
   */
  public SortedMap<String, String> files(Ladder ladder) {
    SortedMap<String, String> files = new TreeMap<>();
    files.put(HEADER, ladderYaml(ladder));
    List<Level> levels = ladder.levels();
    List<String> paths = LevelPaths.assign(levels);
    for (int i = 0; i < levels.size(); i++) {
      files.put(paths.get(i), levelYaml(levels.get(i)));
    }
    return Collections.unmodifiableSortedMap(files);
  }

  /**
   * Writes every file of {@link #files(Ladder)} under {@code root}, creating it and its folders as
   * needed and replacing files of the same paths. Nothing is written outside {@code root}, and
   * never through a symbolic link.
   *
   * <p>Refuses, before writing anything, a {@code root} whose {@code levels/} already holds a level
   * file that the ladder would not replace: it would read back as part of the ladder. Write into an
   * empty folder, or into the root the ladder was read from (its paths are kept).
   *
   * @return the paths written, relative to {@code root}, sorted
   * @throws IllegalArgumentException if the ladder holds what the format cannot express, or {@code
   *     root} holds a level file the ladder does not have or a symbolic link where a file goes
   * @throws IOException if a folder or file cannot be created or written
   */
  public List<String> write(Ladder ladder, Path root) throws IOException {
    SortedMap<String, String> files = files(ladder);
    Files.createDirectories(root);
    refuseLeftovers(root, files.keySet());
    for (String name : files.keySet()) {
      refuseLinks(root, name);
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(
          path,
          file.getValue().getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    }
    return List.copyOf(files.keySet());
  }

  /**
   * {@code ladder.yaml}: {@code ladderFormat: 1}, then id, name, description, tracks, dimensions,
   * scales, attributes, competencies, equivalences and rules.
   *
   * @throws IllegalArgumentException if a rule is set twice
   */
  public String ladderYaml(Ladder ladder) {
    MapBuilder root = MapBuilder.block();
    root.put("ladderFormat", YamlNode.Number.of(1));
    root.text("id", ladder.id()).text("name", ladder.name());
    root.textUnlessEmpty("description", ladder.description());
    root.put("tracks", new Seq(ladder.tracks().stream().map(LadderWriter::track).toList(), false));
    root.put(
        "dimensions",
        new Seq(ladder.dimensions().stream().map(LadderWriter::dimension).toList(), false));
    if (!ladder.scales().isEmpty()) {
      MapBuilder scales = MapBuilder.block();
      for (Scale scale : ladder.scales().values()) {
        scales.put(scale.name(), Seq.flowOf(scale.values()));
      }
      root.put("scales", scales.build());
    }
    if (!ladder.attributes().isEmpty()) {
      root.put(
          "attributes",
          new Seq(ladder.attributes().stream().map(LadderWriter::attribute).toList(), false));
    }
    ladder
        .competencies()
        .ifPresent(
            catalogue ->
                root.put(
                    "competencies",
                    new Seq(catalogue.stream().map(LadderWriter::competency).toList(), false)));
    if (!ladder.equivalences().isEmpty()) {
      root.put(
          "equivalences",
          new Seq(ladder.equivalences().stream().map(LadderWriter::equivalence).toList(), false));
    }
    if (!ladder.rules().isEmpty()) {
      MapBuilder rules = MapBuilder.block();
      Set<String> seen = new HashSet<>();
      for (RuleSetting setting : ladder.rules()) {
        if (!seen.add(setting.rule())) {
          throw new IllegalArgumentException(
              "rule " + setting.rule() + " is set twice; ladder.yaml can set each rule once");
        }
        if (setting.options().isEmpty() && setting.level().isPresent()) {
          rules.text(setting.rule(), setting.level().get());
        } else {
          MapBuilder entry = MapBuilder.block();
          setting.level().ifPresent(level -> entry.text("severity", level));
          setting
              .options()
              .forEach(
                  (name, values) ->
                      entry.put(
                          name,
                          values.size() == 1
                              ? new YamlNode.Text(values.get(0))
                              : YamlNode.Seq.flowOf(values)));
          rules.put(setting.rule(), entry.build());
        }
      }
      root.put("rules", rules.build());
    }
    return YamlEmitter.document(root.build());
  }

  /**
   * One level file: id, title, track, rank, extends, status, summary, experience, ratings, scope,
   * compensation, competencies, expectations, retires, progression and checkpoints.
   */
  public String levelYaml(Level level) {
    MapBuilder root = MapBuilder.block();
    root.text("id", level.id().value()).text("title", level.title());
    root.text("track", level.track().value()).put("rank", YamlNode.Number.of(level.rank()));
    level.parent().ifPresent(parent -> root.text("extends", parent.value()));
    if (level.status() != Status.ACTIVE) {
      root.text("status", level.status().label());
    }
    root.textUnlessEmpty("summary", level.summary());
    experience(level.experience()).ifPresent(e -> root.put("experience", e));
    if (!level.ratings().isEmpty()) {
      MapBuilder ratings = MapBuilder.block();
      level.ratings().forEach((attribute, value) -> ratings.text(attribute.value(), value));
      root.put("ratings", ratings.build());
    }
    if (!level.scope().isEmpty()) {
      MapBuilder scope = MapBuilder.block();
      level.scope().forEach((key, range) -> scope.put(key, range(MapBuilder.flow(), range)));
      root.put("scope", scope.build());
    }
    compensation(level.compensation()).ifPresent(c -> root.put("compensation", c));
    if (!level.competencies().isEmpty()) {
      root.put(
          "competencies",
          Seq.flowOf(level.competencies().stream().map(CompetencyId::value).toList()));
    }
    if (!level.expectations().isEmpty()) {
      MapBuilder expectations = MapBuilder.block();
      level
          .expectations()
          .forEach(
              (dimension, list) ->
                  expectations.put(
                      dimension.value(),
                      new Seq(list.stream().map(LadderWriter::expectation).toList(), false)));
      root.put("expectations", expectations.build());
    }
    if (!level.retires().isEmpty()) {
      root.put(
          "retires",
          new Seq(level.retires().stream().map(LadderWriter::retirement).toList(), false));
    }
    if (!level.next().isEmpty()) {
      root.put(
          "progression",
          MapBuilder.block()
              .put("next", Seq.flowOf(level.next().stream().map(LevelId::value).toList()))
              .build());
    }
    if (!level.checkpoints().isEmpty()) {
      root.put("checkpoints", Seq.blockOf(level.checkpoints()));
    }
    return YamlEmitter.document(root.build());
  }

  private static YamlNode track(Track track) {
    return MapBuilder.block()
        .text("id", track.id().value())
        .text("name", track.name())
        .textUnlessEmpty("description", track.description())
        .build();
  }

  private static YamlNode dimension(Dimension dimension) {
    return MapBuilder.block()
        .text("id", dimension.id().value())
        .text("name", dimension.name())
        .textUnlessEmpty("description", dimension.description())
        .build();
  }

  private static YamlNode attribute(Attribute attribute) {
    return MapBuilder.block()
        .text("id", attribute.id().value())
        .text("name", attribute.name())
        .text("scale", attribute.scale())
        .textUnlessEmpty("description", attribute.description())
        .build();
  }

  private static YamlNode competency(Competency competency) {
    return MapBuilder.block()
        .text("id", competency.id().value())
        .text("name", competency.name())
        .textUnlessEmpty("description", competency.description())
        .build();
  }

  private static YamlNode equivalence(Equivalence equivalence) {
    return Seq.flowOf(equivalence.levels().stream().map(LevelId::value).toList());
  }

  private static Optional<YamlNode> experience(Experience experience) {
    if (experience.isEmpty()) {
      return Optional.empty();
    }
    MapBuilder map = MapBuilder.block();
    experience.minYears().ifPresent(v -> map.number("minYears", v));
    experience.leadershipYears().ifPresent(v -> map.number("leadershipYears", v));
    return Optional.of(map.build());
  }

  private static YamlNode range(MapBuilder map, Range range) {
    range.min().ifPresent(v -> map.number("min", v));
    range.max().ifPresent(v -> map.number("max", v));
    return map.build();
  }

  private static Optional<YamlNode> compensation(Compensation compensation) {
    if (compensation.isEmpty()) {
      return Optional.empty();
    }
    MapBuilder map = MapBuilder.block();
    compensation.currency().ifPresent(c -> map.text("currency", c));
    return Optional.of(range(map, compensation.band()));
  }

  private static YamlNode expectation(Expectation e) {
    if (e.refines().isEmpty() && e.id().equals(ExpectationId.slugOf(e.text()))) {
      return new Text(e.text());
    }
    MapBuilder map = MapBuilder.block().text("id", e.id().value()).text("text", e.text());
    List<ExpectationId> refines = e.refines();
    if (refines.size() == 1) {
      map.text("refines", refines.get(0).value());
    } else if (!refines.isEmpty()) {
      map.put("refines", Seq.flowOf(refines.stream().map(ExpectationId::value).toList()));
    }
    return map.build();
  }

  private static YamlNode retirement(Retirement retirement) {
    return MapBuilder.block()
        .text("expectation", retirement.expectation().value())
        .textUnlessEmpty("reason", retirement.reason())
        .build();
  }

  /** A level file under {@code levels/} that the ladder does not have would be read back too. */
  private static void refuseLeftovers(Path root, Set<String> written) throws IOException {
    Path levels = root.resolve("levels");
    if (Files.isSymbolicLink(levels)) {
      throw new IllegalArgumentException(
          levels + " is a symbolic link; the writer never writes through one");
    }
    if (!Files.isDirectory(levels, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.exists(levels, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException(levels + " is not a folder; the levels go there");
      }
      return;
    }
    List<String> leftovers = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(levels)) {
      walk.filter(p -> !p.equals(levels))
          .forEach(
              p -> {
                String name = relative(root, p);
                if (isLevelFile(name) && !written.contains(name)) {
                  leftovers.add(name);
                }
              });
    }
    if (!leftovers.isEmpty()) {
      Collections.sort(leftovers);
      throw new IllegalArgumentException(
          root.resolve(leftovers.get(0))
              + " is a level file this ladder does not have, and would be read back as part of it;"
              + " write into an empty folder, or remove it");
    }
  }

  /** Every existing part of the path from {@code root} down to {@code name} must be no link. */
  private static void refuseLinks(Path root, String name) {
    Path path = root;
    for (String segment : name.split("/")) {
      path = path.resolve(segment);
      if (Files.isSymbolicLink(path)) {
        throw new IllegalArgumentException(
            path + " is a symbolic link; the writer never writes through one");
      }
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException(path + " is a folder where a ladder file goes");
    }
  }

  private static boolean isLevelFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static String relative(Path root, Path file) {
    StringBuilder name = new StringBuilder();
    for (Path part : root.relativize(file)) {
      name.append(name.length() == 0 ? "" : "/").append(part);
    }
    return name.toString();
  }
}
