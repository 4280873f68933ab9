package dev.ladder.validator.rules;

import dev.ladder.validator.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules of ladder format 1, one instance each, sorted by id. {@code parse} and {@code schema}
 * come from the reader and always report errors.
 */
public final class BuiltinRules {
  /** The rules whose severity is fixed at error. */
  public static final Set<String> FIXED = Set.of(WellFormedFiles.ID, SchemaConformance.ID);

  private static final List<Rule> ALL =
      Stream.<Rule>of(
              new AcyclicExtends(),
              new CompensationMonotonic(),
              new DimensionCoverage(),
              new EquivalenceOrder(),
              new ExpectationContainment(),
              new ExperienceMonotonic(),
              new ExtendsOrder(),
              new KnownCompetencies(),
              new NearDuplicate(),
              new NoProgression(),
              new PlaceholderText(),
              new ProgressionDirection(),
              new RangeOrder(),
              new RankOrder(),
              new RatingMonotonic(),
              new ResolvedReferences(),
              new SchemaConformance(),
              new ScopeMonotonic(),
              new UniqueIds(),
              new WellFormedFiles())
          .sorted(Comparator.comparing(Rule::id))
          .toList();

  private BuiltinRules() {}

  /** Every built-in rule, sorted by id. */
  public static List<Rule> all() {
    return ALL;
  }
}
