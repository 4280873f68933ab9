package dev.ladder.validator.rules;

import dev.ladder.model.Attribute;
import dev.ladder.model.Competency;
import dev.ladder.model.Dimension;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Scale;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Track;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code unique-id}: ids are unique where they are looked up, so that every reference means one
 * thing: levels in the ladder; tracks, dimensions, attributes, competencies and the values of each
 * scale in ladder.yaml; expectations in one level's effective set.
 */
public final class UniqueIds extends BuiltinRule {
  public UniqueIds() {
    super(
        "unique-id",
        Severity.ERROR,
        "ids are unique: levels in the ladder; tracks, dimensions, attributes, competencies and"
            + " the values of each scale in ladder.yaml; expectations in one level's effective set");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    Map<LevelId, Level> firstLevel = new HashMap<>();
    for (Level level : ladder.levels()) {
      Level first = firstLevel.putIfAbsent(level.id(), level);
      if (first != null) {
        context.report(
            Finding.at(
                    level.source().at("id"),
                    level.label()
                        + " uses level id '"
                        + level.id()
                        + "', already the id of "
                        + first.label()
                        + " in "
                        + first.source().file())
                .hint("give each level its own id")
                .key(level.id(), "id")
                .related(first.source().at("id")));
      }
    }
    header(context, "track", ladder.tracks(), t -> t.id().value(), Track::source);
    header(context, "dimension", ladder.dimensions(), d -> d.id().value(), Dimension::source);
    header(context, "attribute", ladder.attributes(), a -> a.id().value(), Attribute::source);
    header(
        context,
        "competency",
        ladder.competencies().orElse(List.of()),
        c -> c.id().value(),
        Competency::source);
    for (Scale scale : ladder.scales().values()) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < scale.values().size(); i++) {
        String value = scale.values().get(i);
        if (seen.putIfAbsent(value, i) != null) {
          context.report(
              Finding.at(
                      scale.source().at(i),
                      "scale '" + scale.name() + "' lists '" + value + "' twice")
                  .hint("each value of a scale is one step of it: remove the repeated one")
                  .key("scales", scale.name(), value));
        }
      }
    }
    for (Level level : ladder.levels()) {
      expectations(ladder, level, context);
    }
  }

  private static <T> void header(
      RuleContext context,
      String kind,
      List<T> items,
      Function<T, String> id,
      Function<T, SourceRef> source) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      if (seen.putIfAbsent(id.apply(item), item) != null) {
        context.report(
            Finding.at(
                    source.apply(item).at("id"),
                    "ladder.yaml declares " + kind + " '" + id.apply(item) + "' twice")
                .hint("remove the repeated one or give it its own id")
                .key(kind, id.apply(item)));
      }
    }
  }

  private static void expectations(Ladder ladder, Level level, RuleContext context) {
    EffectiveLevel effective = ladder.effective(level);
    Map<ExpectationId, Expectation> first = new HashMap<>();
    // Inherited expectations count first, so the finding lands on the level that repeats one.
    for (Expectation e : effective.allExpectations()) {
      if (!e.owner().equals(level.id())) {
        first.putIfAbsent(e.id(), e);
      }
    }
    for (Expectation e : level.ownExpectations()) {
      if (Findings.standIn(e)) {
        if (!PlaceholderText.isPlaceholder(e.text())) {
          unusableId(ladder, level, e, context);
        }
        continue;
      }
      Expectation earlier = first.putIfAbsent(e.id(), e);
      if (earlier != null) {
        String where =
            earlier.owner().equals(level.id())
                ? "already in " + ladder.dimensionName(earlier.dimension())
                : "already inherited in " + ladder.dimensionName(earlier.dimension());
        context.report(
            Finding.at(
                    e.source(),
                    level.label() + " has expectation '" + e.id() + "' twice (" + where + ")")
                .hint(
                    "remove one, or give it its own `id:`; to replace an inherited one, mark the"
                        + " new one `refines: "
                        + e.id()
                        + "` under a new id")
                .key(level.id(), "expectations", e.id())
                .related(earlier.source()));
      }
    }
  }

  /**
   * A plain-text expectation whose text has no letter a-z or digit has an empty slug: reported on
   * its own rather than as a repeat of every other such text (a ladder written in Cyrillic would
   * otherwise read as one expectation said many times).
   */
  private static void unusableId(Ladder ladder, Level level, Expectation e, RuleContext context) {
    context.report(
        Finding.at(
                e.source(),
                level.label()
                    + " has the expectation \""
                    + e.text()
                    + "\" in "
                    + ladder.dimensionName(e.dimension())
                    + " without an id: its text has no letter a-z or digit to make one from")
            .hint(
                "give it an explicit `id:`, such as `- id: my-expectation` with `text: "
                    + e.text()
                    + "`")
            .key(level.id(), e.dimension(), "without-id"));
  }
}
