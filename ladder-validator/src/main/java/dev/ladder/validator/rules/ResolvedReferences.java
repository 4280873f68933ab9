package dev.ladder.validator.rules;

import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Equivalence;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Retirement;
import dev.ladder.model.Scale;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code dangling-reference}: every reference resolves, so that nothing silently means nothing:
 * tracks, {@code extends}, dimension keys, attribute keys, rating values (in the attribute's
 * scale), scale names, {@code refines}, {@code retires}, equivalences and {@code progression.next}.
 *
 * <p>Competencies that levels name are checked by {@code unknown-competency}, which says more.
 * References that may point into a file that failed to read are not reported: that file's {@code
 * parse} or {@code schema} problem already is.
 */
public final class ResolvedReferences extends BuiltinRule {
  public ResolvedReferences() {
    super(
        "dangling-reference",
        Severity.ERROR,
        "every reference resolves: track, extends, dimension keys, attribute keys, rating values,"
            + " scale names, refines, retires, equivalences, progression.next");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    boolean header = ladder.completeness().headerRead();
    Set<String> levelIds = new TreeSet<>();
    ladder.levels().forEach(l -> levelIds.add(l.id().value()));
    if (header) {
      scales(ladder, context);
      equivalences(ladder, levelIds, context);
    }
    Set<ExpectationId> expectationIds = new HashSet<>();
    ladder.levels().forEach(l -> l.ownExpectations().forEach(e -> expectationIds.add(e.id())));
    boolean allExpectationsKnown = ladder.completeness().allLevelsRead();
    Declared declared = new Declared(ladder);
    for (Level level : ladder.levels()) {
      if (header) {
        headerReferences(ladder, declared, level, context);
      }
      levelReference(
          ladder,
          level.parent(),
          level.source().at("extends"),
          level,
          "extends",
          levelIds,
          context);
      for (int i = 0; i < level.next().size(); i++) {
        levelReference(
            ladder,
            Optional.of(level.next().get(i)),
            level.source().at("progression", "next", i),
            level,
            "names as next level",
            levelIds,
            context);
      }
      if (allExpectationsKnown) {
        expectationReferences(ladder, level, expectationIds, context);
      }
    }
  }

  private static void scales(Ladder ladder, RuleContext context) {
    for (Attribute attribute : ladder.attributes()) {
      if (ladder.scale(attribute.scale()).isEmpty()) {
        context.report(
            Finding.at(
                    attribute.source().at("scale"),
                    "attribute '"
                        + attribute.id()
                        + "' is rated on scale '"
                        + attribute.scale()
                        + "', which scales: in ladder.yaml does not declare")
                .hint(hintOrList(attribute.scale(), ladder.scales().keySet(), "declared scales"))
                .key("attributes", attribute.id(), "scale", attribute.scale()));
      }
    }
  }

  private static void equivalences(Ladder ladder, Set<String> levelIds, RuleContext context) {
    for (Equivalence equivalence : ladder.equivalences()) {
      for (int i = 0; i < equivalence.levels().size(); i++) {
        LevelId id = equivalence.levels().get(i);
        if (!levelIds.contains(id.value()) && !ladder.completeness().mayHaveLevel(id)) {
          context.report(
              Finding.at(
                      equivalence.source().at(i),
                      "equivalence names level '" + id + "', which no level file defines")
                  .hint(Findings.didYouMean(id.value(), levelIds))
                  .key("equivalences", id));
        }
      }
    }
  }

  /** The ids ladder.yaml declares, in its order, for lookups that do not scan lists. */
  private static final class Declared {
    final List<String> tracks;
    final List<String> dimensions;
    final List<String> attributes;
    final Set<String> trackSet;
    final Set<String> dimensionSet;

    Declared(Ladder ladder) {
      tracks = ladder.tracks().stream().map(t -> t.id().value()).toList();
      dimensions = ladder.dimensions().stream().map(d -> d.id().value()).toList();
      attributes = ladder.attributes().stream().map(a -> a.id().value()).toList();
      trackSet = new HashSet<>(tracks);
      dimensionSet = new HashSet<>(dimensions);
    }
  }

  private static void headerReferences(
      Ladder ladder, Declared declared, Level level, RuleContext context) {
    if (!declared.trackSet.contains(level.track().value())) {
      context.report(
          Finding.at(
                  level.source().at("track"),
                  level.label()
                      + " is on track '"
                      + level.track()
                      + "', which ladder.yaml does not declare")
              .hint(hintOrList(level.track().value(), declared.tracks, "declared tracks"))
              .key(level.id(), "track", level.track()));
    }
    for (DimensionId dimension : level.expectations().keySet()) {
      if (!declared.dimensionSet.contains(dimension.value())) {
        context.report(
            Finding.atKey(
                    level.source().at("expectations", dimension.value()),
                    level.label()
                        + " has expectations in '"
                        + dimension
                        + "', which dimensions: in ladder.yaml does not declare")
                .hint(hintOrList(dimension.value(), declared.dimensions, "declared dimensions"))
                .key(level.id(), "expectations", dimension));
      }
    }
    List<String> attributes = declared.attributes;
    for (Map.Entry<AttributeId, String> rating : level.ratings().entrySet()) {
      SourceRef node = level.source().at("ratings", rating.getKey().value());
      Optional<Attribute> attribute = ladder.attribute(rating.getKey());
      if (attribute.isEmpty()) {
        context.report(
            Finding.atKey(
                    node,
                    level.label()
                        + " rates '"
                        + rating.getKey()
                        + "', which attributes: in ladder.yaml does not declare")
                .hint(hintOrList(rating.getKey().value(), attributes, "declared attributes"))
                .key(level.id(), "ratings", rating.getKey()));
        continue;
      }
      Optional<Scale> scale = ladder.scale(attribute.get().scale());
      if (scale.isPresent() && scale.get().indexOf(rating.getValue()).isEmpty()) {
        context.report(
            Finding.at(
                    node,
                    level.label()
                        + " rates "
                        + ladder.attributeName(rating.getKey())
                        + " '"
                        + rating.getValue()
                        + "', which is not a value of scale '"
                        + scale.get().name()
                        + "'")
                .hint(
                    hintOrList(
                        rating.getValue(),
                        scale.get().values(),
                        "values of scale " + scale.get().name()))
                .key(level.id(), "ratings", rating.getKey(), rating.getValue()));
      }
    }
  }

  private static void levelReference(
      Ladder ladder,
      Optional<LevelId> reference,
      SourceRef node,
      Level level,
      String verb,
      Set<String> levelIds,
      RuleContext context) {
    if (reference.isEmpty()
        || levelIds.contains(reference.get().value())
        || ladder.completeness().mayHaveLevel(reference.get())) {
      return;
    }
    // A level never means itself: offering its own id would suggest a self-reference.
    Set<String> others = new TreeSet<>(levelIds);
    others.remove(level.id().value());
    context.report(
        Finding.at(
                node,
                level.label()
                    + " "
                    + verb
                    + " '"
                    + reference.get()
                    + "', which no level file defines")
            .hint(Findings.didYouMean(reference.get().value(), others))
            .key(level.id(), verb.equals("extends") ? "extends" : "next", reference.get()));
  }

  private static void expectationReferences(
      Ladder ladder, Level level, Set<ExpectationId> known, RuleContext context) {
    List<String> nearby = null;
    for (Expectation e : level.ownExpectations()) {
      for (int i = 0; i < e.refines().size(); i++) {
        ExpectationId refined = e.refines().get(i);
        if (!known.contains(refined)) {
          nearby = nearby != null ? nearby : nearbyIds(ladder, level);
          // A single id written as a scalar has no element 0: locating falls back to refines.
          SourceRef node = e.source().at("refines", i);
          context.report(
              Finding.at(
                      node,
                      level.label()
                          + " refines '"
                          + refined
                          + "', which is not an expectation of any level")
                  .hint(expectationHint(ladder, refined, nearby, level))
                  .key(level.id(), e.id(), "refines", refined));
        }
      }
    }
    for (Retirement retirement : level.retires()) {
      if (!known.contains(retirement.expectation())) {
        nearby = nearby != null ? nearby : nearbyIds(ladder, level);
        context.report(
            Finding.at(
                    retirement.source().at("expectation"),
                    level.label()
                        + " retires '"
                        + retirement.expectation()
                        + "', which is not an expectation of any level")
                .hint(expectationHint(ladder, retirement.expectation(), nearby, level))
                .key(level.id(), "retires", retirement.expectation()));
      }
    }
  }

  /**
   * The nearest id among the levels below, else among every expectation of the ladder: a level
   * whose track or {@code extends} is itself wrong has nothing below it, yet its typo still has an
   * answer.
   */
  private static String expectationHint(
      Ladder ladder, ExpectationId wrong, List<String> nearby, Level level) {
    String hint = Findings.didYouMean(wrong.value(), nearby);
    if (hint != null) {
      return hint;
    }
    // A level refines and retires what other levels expect: an id only it writes would suggest a
    // self-reference.
    Set<String> others = new TreeSet<>();
    for (Level other : ladder.levels()) {
      if (other != level) {
        other.ownExpectations().forEach(e -> others.add(e.id().value()));
      }
    }
    return Findings.didYouMean(wrong.value(), others);
  }

  /** The expectation ids a level is most likely to mean: those of the levels below it. */
  private static List<String> nearbyIds(Ladder ladder, Level level) {
    List<Level> sources = new ArrayList<>();
    level.parent().flatMap(ladder::level).ifPresent(sources::add);
    sources.addAll(ladder.lowerLevels(level.id()));
    Set<String> ids = new TreeSet<>();
    for (Level source : sources) {
      ladder.effective(source).allExpectations().forEach(e -> ids.add(e.id().value()));
    }
    return List.copyOf(ids);
  }

  private static String hintOrList(String wrong, java.util.Collection<String> ids, String where) {
    String hint = Findings.didYouMean(wrong, ids);
    if (hint != null) {
      return hint;
    }
    if (ids.isEmpty()) {
      return null;
    }
    return where + ": " + String.join(", ", ids);
  }
}
