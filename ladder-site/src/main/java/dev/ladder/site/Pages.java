package dev.ladder.site;

import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.CompetencyId;
import dev.ladder.model.Dimension;
import dev.ladder.model.DimensionId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelDiff;
import dev.ladder.model.LevelId;
import dev.ladder.model.Retirement;
import dev.ladder.model.Scale;
import dev.ladder.model.Status;
import dev.ladder.model.StepUp;
import dev.ladder.model.TrackId;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns the model into the views of every page; one instance per site. */
final class Pages {
  private static final String TOP = "";
  private static final String BELOW = "../";

  private final SiteModel site;
  private final Ladder ladder;
  private final ValidationResult result;
  private final Tiers tiers;
  private final Map<String, Level> levelsByFile = new HashMap<>();
  private final Map<Level, List<Diagnostic>> findings = new IdentityHashMap<>();
  private final Map<Level, List<Level>> equalTo = new IdentityHashMap<>();
  private final Map<CompetencyId, String> competencyNames = new HashMap<>();

  Pages(SiteModel site, ValidationResult result) {
    this.site = site;
    this.ladder = site.ladder;
    this.result = result;
    this.tiers = Tiers.of(site);
    for (Level level : ladder.levels()) {
      levelsByFile.putIfAbsent(level.file(), level);
    }
    for (Diagnostic d : result.diagnostics()) {
      levelOfFile(d.file())
          .ifPresent(l -> findings.computeIfAbsent(l, x -> new ArrayList<>()).add(d));
    }
    for (List<Level> group : site.equalities()) {
      for (Level level : group) {
        List<Level> others = equalTo.computeIfAbsent(level, l -> new ArrayList<>());
        group.stream().filter(o -> o != level && !others.contains(o)).forEach(others::add);
      }
    }
    ladder
        .competencies()
        .ifPresent(
            list ->
                list.forEach(
                    c ->
                        competencyNames.putIfAbsent(
                            c.id(), c.name().isBlank() ? c.id().value() : c.name())));
  }

  // ---- the overview

  View.Index index() {
    List<TrackId> tracks = List.copyOf(site.tracks.keySet());
    List<View.Column> columns = new ArrayList<>();
    for (TrackId track : tracks) {
      columns.add(
          new View.Column(
              new View.Link(site.trackName(track), site.trackPath(track)),
              site.declared(track),
              ladder.track(track).map(t -> t.description()).orElse("")));
    }
    List<List<List<View.Card>>> grid = new ArrayList<>();
    for (int r = 0; r < tiers.count(); r++) {
      List<List<View.Card>> row = new ArrayList<>();
      for (int c = 0; c < tracks.size(); c++) {
        row.add(new ArrayList<>(1));
      }
      grid.add(row);
    }
    for (int c = 0; c < tracks.size(); c++) {
      for (Level level : site.tracks.get(tracks.get(c))) {
        List<View.Link> equal =
            equalTo.getOrDefault(level, List.of()).stream().map(o -> levelLink(o, TOP)).toList();
        grid.get(tiers.row(level))
            .get(c)
            .add(new View.Card(levelLink(level, TOP), level.rank(), status(level), equal));
      }
    }
    List<View.Row> rows =
        grid.stream().map(row -> new View.Row(row.stream().map(View.Cell::new).toList())).toList();
    View.Chrome chrome = new View.Chrome(ladder.name(), TOP, ladder.name(), List.of(), true);
    return new View.Index(
        chrome,
        ladder.name(),
        ladder.description(),
        findings(result.diagnostics(), TOP),
        columns,
        rows,
        Svg.map(site, tiers),
        new View.Picker(site.steps.stream().map(s -> choice(s, TOP, null)).toList()),
        site.levels.size());
  }

  // ---- a level

  View.LevelPage level(Level level) {
    EffectiveLevel effective = ladder.effective(level);
    View.Chrome chrome =
        new View.Chrome(
            level.title() + " \u2013 " + ladder.name(),
            BELOW,
            ladder.name(),
            List.of(trackLink(level.track(), BELOW)),
            false);
    List<View.Step> up =
        site.stepsUpFrom(level).stream()
            .map(s -> new View.Step(levelLink(s.higher(), BELOW), compareLink(s), kind(s)))
            .toList();
    List<View.Step> down =
        site.stepsUpInto(level).stream()
            .map(s -> new View.Step(levelLink(s.lower(), BELOW), compareLink(s), kind(s)))
            .toList();
    Anchors anchors = new Anchors();
    List<View.Dimension> dimensions = new ArrayList<>();
    for (DimensionId dimension : dimensionsOf(List.of(effective))) {
      List<View.Item> items = new ArrayList<>();
      for (Expectation e : effective.expectations(dimension)) {
        items.add(new View.Item(anchors.next(e.id()), e.id().value(), e.text(), marks(level, e)));
      }
      dimensions.add(
          new View.Dimension(
              ladder.dimensionName(dimension),
              ladder.dimension(dimension).map(Dimension::description).orElse(""),
              items));
    }
    List<View.Retired> retired = new ArrayList<>();
    effective
        .retirements()
        .forEach(
            (id, retirement) -> {
              // Only what a retires entry names: what that expectation replaced long ago goes
              // with it, and listing it again would only confuse.
              if (retirement.expectation().equals(id)) {
                retired.add(
                    new View.Retired(
                        anchors.next(id),
                        id.value(),
                        retiredText(level, id),
                        retirement.reason(),
                        retiredAt(level, retirement)));
              }
            });
    List<Svg.Rating> ratings = ratings(effective);
    List<View.Fact> experience = new ArrayList<>();
    effective
        .experience()
        .minYears()
        .ifPresent(y -> experience.add(new View.Fact("Experience", years(y))));
    effective
        .experience()
        .leadershipYears()
        .ifPresent(y -> experience.add(new View.Fact("Leadership experience", years(y))));
    List<View.Fact> scope = new ArrayList<>();
    effective.scope().forEach((k, r) -> scope.add(new View.Fact(Format.key(k), Format.range(r))));
    List<View.Fact> compensation = new ArrayList<>();
    if (site.options.includeCompensation() && !effective.compensation().isEmpty()) {
      compensation.add(
          new View.Fact("Compensation", Format.compensation(effective.compensation())));
    }
    return new View.LevelPage(
        chrome,
        level.title(),
        trackLink(level.track(), BELOW),
        level.rank(),
        status(level),
        Markdown.toHtml(level.summary()),
        up,
        down,
        dimensions,
        retired,
        ratings.isEmpty() ? "" : Svg.ratings("ratings", level.title(), ratings),
        experience,
        scope,
        compensation,
        level.competencies().stream().map(this::competencyName).toList(),
        level.checkpoints(),
        findings(findings.getOrDefault(level, List.of()), BELOW).items());
  }

  private List<View.Mark> marks(Level level, Expectation e) {
    List<View.Mark> marks = new ArrayList<>(2);
    if (e.owner().equals(level.id())) {
      marks.add(new View.Mark("own", "own", new View.Link("", "")));
    } else {
      marks.add(new View.Mark("inherited", "inherited from", levelLink(e.owner(), BELOW)));
    }
    for (ExpectationId refined : e.refines()) {
      marks.add(new View.Mark("refining", "refining", refinedLink(e, refined)));
    }
    return marks;
  }

  /** The expectation {@code e} refines, as the level its owner extends has it. */
  private View.Link refinedLink(Expectation e, ExpectationId refined) {
    Optional<Expectation> found =
        ladder
            .level(e.owner())
            .flatMap(Level::parent)
            .flatMap(ladder::effective)
            .flatMap(parent -> parent.expectation(refined));
    if (found.isEmpty()) {
      return new View.Link(refined.value(), "");
    }
    Expectation before = found.get();
    Optional<Level> owner = site.shown(before.owner());
    return new View.Link(
        before.text(),
        owner.map(o -> BELOW + site.levelPath(o) + "#" + Anchors.of(refined)).orElse(""));
  }

  private String retiredText(Level level, ExpectationId id) {
    for (Level ancestor : ladder.ancestors(level)) {
      Optional<Expectation> e = ladder.effective(ancestor).expectation(id);
      if (e.isPresent()) {
        return e.get().text();
      }
    }
    return id.value();
  }

  private View.Link retiredAt(Level level, Retirement retirement) {
    Level at = levelsByFile.get(retirement.source().file());
    if (at == null || at == level) {
      return new View.Link("", "");
    }
    return levelLink(at, BELOW);
  }

  private List<Svg.Rating> ratings(EffectiveLevel effective) {
    List<AttributeId> order = new ArrayList<>();
    ladder.attributes().forEach(a -> order.add(a.id()));
    effective.ratings().keySet().stream().filter(a -> !order.contains(a)).forEach(order::add);
    List<Svg.Rating> ratings = new ArrayList<>();
    for (AttributeId id : order) {
      String value = effective.ratings().get(id);
      if (value == null) {
        continue;
      }
      Optional<Attribute> attribute = ladder.attribute(id);
      Optional<Scale> scale = attribute.flatMap(a -> ladder.scale(a.scale()));
      ratings.add(
          new Svg.Rating(
              attribute.map(Attribute::name).filter(n -> !n.isBlank()).orElse(id.value()),
              value,
              scale.map(Scale::name).orElse(""),
              scale.map(s -> s.indexOf(value).orElse(-1)).orElse(-1),
              scale.map(s -> s.values().size()).orElse(0)));
    }
    return ratings;
  }

  // ---- a step up

  View.ComparePage compare(StepUp step) {
    Level lower = step.lower();
    Level higher = step.higher();
    LevelDiff diff = LevelDiff.between(ladder.effective(lower), ladder.effective(higher));
    View.Chrome chrome =
        new View.Chrome(
            lower.title() + " \u2192 " + higher.title() + " \u2013 " + ladder.name(),
            BELOW,
            ladder.name(),
            List.of(trackLink(lower.track(), BELOW), levelLink(lower, BELOW)),
            true);
    List<View.Refined> refined = new ArrayList<>();
    for (DimensionId dimension : dimensionsOfExpectations(diff.refined(), r -> r.lower())) {
      for (LevelDiff.Refinement r : diff.refined()) {
        if (r.lower().dimension().equals(dimension)) {
          refined.add(
              new View.Refined(ladder.dimensionName(dimension), line(r.lower()), line(r.higher())));
        }
      }
    }
    List<View.Gone> retired = new ArrayList<>();
    for (DimensionId dimension : dimensionsOfExpectations(diff.retired(), e -> e)) {
      for (Expectation e : diff.retired()) {
        if (e.dimension().equals(dimension)) {
          retired.add(
              new View.Gone(
                  ladder.dimensionName(dimension),
                  line(e),
                  diff.retirement(e.id()).map(Retirement::reason).orElse("")));
        }
      }
    }
    List<View.Value> values = values(diff);
    long rising =
        values.stream().filter(v -> v.trend().equals("rises") || v.trend().equals("new")).count();
    List<View.Fact> inShort =
        List.of(
            new View.Fact("Adds", Format.count(diff.added().size(), "expectation")),
            new View.Fact("Refines", Format.count(diff.refined().size(), "expectation")),
            new View.Fact("Retires", Format.count(diff.retired().size(), "expectation")),
            new View.Fact("Carries unchanged", Format.count(diff.carried().size(), "expectation")),
            new View.Fact("Raises", Format.count(rising, "value")));
    List<View.Choice> picker = new ArrayList<>();
    for (StepUp s : site.steps) {
      if (s.lower() == lower
          || s.higher() == higher
          || s.lower() == higher
          || s.higher() == lower) {
        picker.add(choice(s, BELOW, step));
      }
    }
    return new View.ComparePage(
        chrome,
        levelLink(lower, BELOW),
        levelLink(higher, BELOW),
        kind(step),
        inShort,
        groups(diff.added()),
        refined,
        retired,
        values,
        diff.competenciesAdded().stream().map(this::competencyName).toList(),
        diff.competenciesDropped().stream().map(this::competencyName).toList(),
        groups(diff.dropped()),
        groups(diff.carried()),
        diff.carried().size(),
        higher.checkpoints(),
        new View.Picker(picker));
  }

  private List<View.Value> values(LevelDiff diff) {
    List<View.Value> values = new ArrayList<>();
    diff.experience()
        .forEach(
            (key, change) ->
                values.add(
                    value(
                        key.equals("minYears") ? "Experience" : "Leadership experience",
                        change,
                        Pages::years,
                        change.trend(Comparator.naturalOrder()))));
    diff.ratings()
        .forEach(
            (id, change) -> {
              Optional<Attribute> attribute = ladder.attribute(id);
              Comparator<String> order =
                  attribute
                      .flatMap(a -> ladder.scale(a.scale()))
                      .map(Scale::order)
                      .orElse((a, b) -> 0);
              values.add(
                  value(
                      attribute.map(Attribute::name).filter(n -> !n.isBlank()).orElse(id.value()),
                      change,
                      v -> v,
                      change.trend(order)));
            });
    diff.scope()
        .forEach(
            (key, change) ->
                values.add(
                    value(
                        Format.key(key),
                        change,
                        Format::range,
                        change.trend(LevelDiff.RANGE_ORDER))));
    if (site.options.includeCompensation()) {
      diff.compensation()
          .ifPresent(
              change ->
                  values.add(
                      value(
                          "Compensation", change, Format::compensation, LevelDiff.trend(change))));
    }
    return values;
  }

  private static <T> View.Value value(
      String name, LevelDiff.Change<T> change, Function<T, String> text, LevelDiff.Trend trend) {
    String from = change.from().map(text).orElse("\u2013");
    String to = change.to().map(text).orElse("\u2013");
    return switch (trend) {
      case RISES -> new View.Value(name, from, to, "rises", "rises");
      case FALLS -> new View.Value(name, from, to, "falls", "falls");
      case APPEARS -> new View.Value(name, from, to, "new", "new at this level");
      case DISAPPEARS -> new View.Value(name, from, to, "gone", "no longer set");
      case CHANGES -> new View.Value(name, from, to, "changes", "changes");
    };
  }

  // ---- a track

  View.TrackPage track(TrackId track) {
    List<Level> levels = site.tracks.getOrDefault(track, List.of());
    List<EffectiveLevel> effective = levels.stream().map(ladder::effective).toList();
    View.Chrome chrome =
        new View.Chrome(
            site.trackName(track) + " \u2013 " + ladder.name(),
            BELOW,
            ladder.name(),
            List.of(),
            false);
    List<View.Heading> headings =
        levels.stream()
            .map(l -> new View.Heading(levelLink(l, BELOW), l.rank(), status(l)))
            .toList();
    List<View.MatrixRow> rows = new ArrayList<>();
    for (DimensionId dimension : dimensionsOf(effective)) {
      List<View.MatrixCell> cells = new ArrayList<>();
      for (int i = 0; i < levels.size(); i++) {
        Level level = levels.get(i);
        List<View.Entry> entries = new ArrayList<>();
        for (Expectation e : effective.get(i).expectations(dimension)) {
          String mark =
              !e.owner().equals(level.id()) ? "" : e.refines().isEmpty() ? "new" : "refined";
          entries.add(new View.Entry(e.text(), mark));
        }
        cells.add(new View.MatrixCell(entries));
      }
      rows.add(new View.MatrixRow(ladder.dimensionName(dimension), true, cells));
    }
    Set<AttributeId> rated = new LinkedHashSet<>();
    ladder.attributes().forEach(a -> rated.add(a.id()));
    effective.forEach(e -> rated.addAll(e.ratings().keySet()));
    for (AttributeId attribute : rated) {
      if (effective.stream().anyMatch(e -> e.ratings().containsKey(attribute))) {
        rows.add(
            valueRow(
                ladder
                    .attribute(attribute)
                    .map(Attribute::name)
                    .filter(n -> !n.isBlank())
                    .orElse(attribute.value()),
                effective,
                e -> Optional.ofNullable(e.ratings().get(attribute))));
      }
    }
    if (effective.stream().anyMatch(e -> e.experience().minYears().isPresent())) {
      rows.add(valueRow("Experience", effective, e -> e.experience().minYears().map(Pages::years)));
    }
    if (effective.stream().anyMatch(e -> e.experience().leadershipYears().isPresent())) {
      rows.add(
          valueRow(
              "Leadership experience",
              effective,
              e -> e.experience().leadershipYears().map(Pages::years)));
    }
    Set<String> keys = new LinkedHashSet<>();
    effective.forEach(e -> keys.addAll(e.scope().keySet()));
    for (String key : keys) {
      rows.add(
          valueRow(
              Format.key(key),
              effective,
              e -> Optional.ofNullable(e.scope().get(key)).map(Format::range)));
    }
    if (site.options.includeCompensation()
        && effective.stream().anyMatch(e -> !e.compensation().isEmpty())) {
      rows.add(
          valueRow(
              "Compensation",
              effective,
              e ->
                  Optional.of(e.compensation())
                      .filter(c -> !c.isEmpty())
                      .map(Format::compensation)));
    }
    return new View.TrackPage(
        chrome,
        site.trackName(track),
        ladder.track(track).map(t -> t.description()).orElse(""),
        site.declared(track),
        headings,
        rows);
  }

  private static View.MatrixRow valueRow(
      String name, List<EffectiveLevel> levels, Function<EffectiveLevel, Optional<String>> value) {
    List<View.MatrixCell> cells =
        levels.stream()
            .map(
                e ->
                    new View.MatrixCell(
                        value.apply(e).map(v -> List.of(new View.Entry(v, ""))).orElse(List.of())))
            .toList();
    return new View.MatrixRow(name, false, cells);
  }

  // ---- shared

  private View.Findings findings(List<Diagnostic> diagnostics, String root) {
    List<View.Finding> items = new ArrayList<>(diagnostics.size());
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    for (Diagnostic d : diagnostics) {
      switch (d.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
      Optional<Level> level = levelOfFile(d.file()).filter(site::shown);
      items.add(
          new View.Finding(
              d.severity().label(),
              d.rule(),
              d.message(),
              new View.Link(
                  d.location().toString(), level.map(l -> root + site.levelPath(l)).orElse("")),
              d.hint().orElse("")));
    }
    String summary =
        Format.count(errors, "error")
            + ", "
            + Format.count(warnings, "warning")
            + ", "
            + Format.count(infos, "info");
    return new View.Findings(summary, items);
  }

  /**
   * The level whose file a diagnostic names: diagnostics name files from the ladder root's parent
   * folder ({@code ladder/levels/vp.yaml}), levels from the root ({@code levels/vp.yaml}).
   */
  private Optional<Level> levelOfFile(String file) {
    String suffix = file;
    while (true) {
      Level level = levelsByFile.get(suffix);
      if (level != null) {
        return Optional.of(level);
      }
      int slash = suffix.indexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      suffix = suffix.substring(slash + 1);
    }
  }

  private View.Link levelLink(Level level, String root) {
    if (!site.shown(level)) {
      return new View.Link(level.title() + " (draft, not published)", "");
    }
    return new View.Link(level.title(), root + site.levelPath(level));
  }

  private View.Link levelLink(LevelId id, String root) {
    return ladder.level(id).map(l -> levelLink(l, root)).orElse(new View.Link(id.value(), ""));
  }

  private View.Link trackLink(TrackId track, String root) {
    return new View.Link(site.trackName(track), root + site.trackPath(track));
  }

  private View.Link compareLink(StepUp step) {
    return new View.Link("compare", BELOW + site.comparePath(step));
  }

  private View.Choice choice(StepUp step, String root, StepUp current) {
    return new View.Choice(
        step.lower().title() + " \u2192 " + step.higher().title(),
        root + site.comparePath(step),
        step == current);
  }

  private String kind(StepUp step) {
    if (step.kind() == StepUp.Kind.RANK) {
      return "next rank in " + site.trackName(step.lower().track());
    }
    return step.lower().track().equals(step.higher().track())
        ? "branch within " + site.trackName(step.lower().track())
        : "branch to " + site.trackName(step.higher().track());
  }

  private static String status(Level level) {
    return level.status() == Status.ACTIVE ? "" : level.status().label();
  }

  private String competencyName(CompetencyId id) {
    return competencyNames.getOrDefault(id, id.value());
  }

  private static String years(BigDecimal years) {
    return Format.number(years) + (years.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
  }

  private static View.Line line(Expectation e) {
    return new View.Line(e.id().value(), e.text());
  }

  /** The declared dimensions in ladder order, then any other the levels use, in order of use. */
  private List<DimensionId> dimensionsOf(List<EffectiveLevel> levels) {
    Set<DimensionId> order = new LinkedHashSet<>();
    ladder.dimensions().forEach(d -> order.add(d.id()));
    levels.forEach(l -> order.addAll(l.expectations().keySet()));
    return List.copyOf(order);
  }

  private <T> List<DimensionId> dimensionsOfExpectations(
      List<T> items, Function<T, Expectation> expectation) {
    Set<DimensionId> used = new HashSet<>();
    items.forEach(i -> used.add(expectation.apply(i).dimension()));
    List<DimensionId> order = new ArrayList<>();
    ladder.dimensions().stream().map(Dimension::id).filter(used::remove).forEach(order::add);
    items.stream()
        .map(i -> expectation.apply(i).dimension())
        .filter(used::remove)
        .forEach(order::add);
    return order;
  }

  private List<View.Group> groups(List<Expectation> expectations) {
    Map<DimensionId, List<View.Line>> byDimension = new LinkedHashMap<>();
    for (DimensionId d : dimensionsOfExpectations(expectations, e -> e)) {
      byDimension.put(d, new ArrayList<>());
    }
    expectations.forEach(e -> byDimension.get(e.dimension()).add(line(e)));
    List<View.Group> groups = new ArrayList<>();
    byDimension.forEach(
        (d, lines) -> groups.add(new View.Group(ladder.dimensionName(d), List.copyOf(lines))));
    return Collections.unmodifiableList(groups);
  }

  /** Anchors of a page, one per expectation id, unique even when an id repeats. */
  private static final class Anchors {
    private final Set<String> taken = new HashSet<>();

    static String of(ExpectationId id) {
      return "x-" + Names.safe(id.value());
    }

    String next(ExpectationId id) {
      String base = of(id);
      String anchor = base;
      for (int n = 2; !taken.add(anchor); n++) {
        anchor = base + "_" + n;
      }
      return anchor;
    }
  }
}
