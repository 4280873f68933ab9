package dev.ladder.examples.customrule;

import dev.ladder.model.DimensionId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.validator.Rule;
import dev.ladder.validator.RuleContext;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code required-dimensions}: every level has at least one effective expectation (its own or
 * inherited) in each dimension the option {@code dimensions} names. Where the built-in {@code
 * dimension-coverage} asks for every dimension at a warning, a team names the few it will not
 * promote without, and may make them errors.
 *
 * <pre>{@code
 * rules:
 *   required-dimensions:
 *     severity: error
 *     dimensions: [delivery, people-leadership]
 * }</pre>
 *
 * <p>Without the option the rule has nothing to check. A name the ladder does not declare as a
 * dimension is reported once, at the option in ladder.yaml, or at {@code dimensions} of ladder.yaml
 * when the front end set it.
 */
public final class RequiredDimensions implements Rule {
  /** The option that lists the dimensions every level must cover. */
  public static final String DIMENSIONS = "dimensions";

  private static final URI DOCS =
      URI.create("https://github.com/ladder-dev/ladder/blob/main/examples/custom-rule/README.md");

  @Override
  public String id() {
    return "required-dimensions";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "every level has at least one effective expectation in each dimension the option"
        + " dimensions names";
  }

  @Override
  public Optional<URI> docsUri() {
    return Optional.of(DOCS);
  }

  @Override
  public Set<String> options() {
    return Set.of(DIMENSIONS);
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    if (!ladder.completeness().headerRead()) {
      return; // without ladder.yaml there are no dimensions to hold levels to
    }
    Set<DimensionId> required = new LinkedHashSet<>();
    for (String name : new LinkedHashSet<>(context.options().values(DIMENSIONS))) {
      DimensionId id = DimensionId.of(name);
      if (ladder.dimension(id).isPresent()) {
        required.add(id);
      } else {
        context.reportAtKey(
            optionSource(ladder),
            "required-dimensions names '" + name + "', which ladder.yaml does not declare",
            "name one of the dimensions under `dimensions:` in ladder.yaml");
      }
    }
    for (Level level : ladder.levels()) {
      if (ladder.inheritsFromUnread(level)) {
        continue; // what the unread level would give it is unknown
      }
      EffectiveLevel effective = ladder.effective(level);
      for (DimensionId dimension : required) {
        if (effective.expectations(dimension).isEmpty()) {
          report(level, dimension, ladder, context);
        }
      }
    }
  }

  private static void report(
      Level level, DimensionId dimension, Ladder ladder, RuleContext context) {
    String message =
        level.label()
            + " has no expectation in "
            + ladder.dimensionName(dimension)
            + ", which every level must have";
    String hint = "add one under `expectations: " + dimension + ":`, or inherit one with extends";
    if (level.expectations().containsKey(dimension)) {
      context.reportAtKey(level.source().at("expectations", dimension.value()), message, hint);
    } else if (!level.expectations().isEmpty()) {
      context.reportAtKey(level.source().at("expectations"), message, hint);
    } else {
      context.report(level.source().at("id"), message, hint);
    }
  }

  /** The option in ladder.yaml when it sets one, else the dimensions ladder.yaml declares. */
  private SourceRef optionSource(Ladder ladder) {
    return ladder.rules().stream()
        .filter(s -> s.rule().equals(id()) && s.options().containsKey(DIMENSIONS))
        .map(RuleSetting::source)
        .map(entry -> entry.at(DIMENSIONS))
        .findFirst()
        .orElse(ladder.header().at("dimensions"));
  }
}
