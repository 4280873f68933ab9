package dev.ladder.examples.embedding;

import dev.ladder.model.DimensionId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelDiff;
import dev.ladder.model.StepUp;
import dev.ladder.model.Track;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each step up from a person's level still needs, given their evidence: for every level one
 * step up (the next rank of the track, and every branch {@code progression.next} names), the
 * effective expectations of that level that no evidence covers, by dimension, each marked new at
 * that level, raising an expectation of the current level, or carried from it.
 *
 * <p>Evidence for an expectation covers it, and every expectation it refines, directly or through a
 * chain: who meets the raised bar meets the old one. It does not cover an expectation that refines
 * it: a raised bar needs evidence of its own, so the report names the evidence to build on instead.
 */
final class NextSteps {
  private NextSteps() {}

  /** How a missing expectation of the higher level relates to the current level. */
  enum Kind {
    /** New at the higher level. */
    NEW("new"),
    /** Replaces (refines) one or more expectations of the current level. */
    RAISED("raised"),
    /** Held by the current level too. */
    CARRIED("carried");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * An expectation of the higher level with no evidence.
   *
   * @param raises for {@link Kind#RAISED}, the ids of the current level's expectations it replaces
   * @param buildsOn ids this expectation refines (directly or through a chain) that have evidence
   */
  record Missing(
      Expectation expectation,
      Kind kind,
      List<ExpectationId> raises,
      List<ExpectationId> buildsOn) {}

  /** One step up: the higher level, how many effective expectations it has, and what is missing. */
  record Step(StepUp step, int expectations, Map<DimensionId, List<Missing>> missing) {
    int missingCount() {
      return missing.values().stream().mapToInt(List::size).sum();
    }
  }

  /** Every step up from {@code current}, in the ladder's order of steps. */
  static List<Step> from(Ladder ladder, Level current, Set<ExpectationId> evidenced) {
    Map<ExpectationId, Set<ExpectationId>> refines = refinesIndex(ladder);
    Set<ExpectationId> covered = new HashSet<>();
    for (ExpectationId id : evidenced) {
      covered.add(id);
      covered.addAll(closure(id, refines));
    }
    List<Step> steps = new ArrayList<>();
    for (StepUp step : ladder.stepsUpFrom(current.id())) {
      EffectiveLevel higher = ladder.effective(step.higher());
      LevelDiff diff = LevelDiff.between(ladder.effective(current), higher);
      Set<Expectation> added = new HashSet<>(diff.added());
      Map<Expectation, List<ExpectationId>> raised = new HashMap<>();
      for (LevelDiff.Refinement r : diff.refined()) {
        raised.computeIfAbsent(r.higher(), e -> new ArrayList<>()).add(r.lower().id());
      }
      Map<DimensionId, List<Missing>> missing = new LinkedHashMap<>();
      for (DimensionId dimension : dimensionsInOrder(ladder, higher)) {
        for (Expectation e : higher.expectations(dimension)) {
          if (covered.contains(e.id())) {
            continue;
          }
          Kind kind =
              added.contains(e) ? Kind.NEW : raised.containsKey(e) ? Kind.RAISED : Kind.CARRIED;
          List<ExpectationId> buildsOn =
              closure(e.id(), refines).stream().filter(evidenced::contains).sorted().toList();
          missing
              .computeIfAbsent(dimension, d -> new ArrayList<>())
              .add(new Missing(e, kind, raised.getOrDefault(e, List.of()), buildsOn));
        }
      }
      // What is new first, then what is raised, then what was expected already.
      missing.values().forEach(list -> list.sort(Comparator.comparing(Missing::kind)));
      steps.add(new Step(step, higher.allExpectations().size(), missing));
    }
    return List.copyOf(steps);
  }

  /**
   * The report as plain text: one section per step up, dimensions in ladder order, in each what is
   * new, then what is raised, then what is carried. {@code evidence} is what was used; {@code
   * ignored} how many entries were not.
   */
  static String describe(
      Ladder ladder, Level current, Evidence evidence, int ignored, List<Step> steps) {
    StringBuilder text = new StringBuilder();
    text.append(current.title())
        .append(" (")
        .append(current.id())
        .append("), ")
        .append(trackName(ladder, current))
        .append(" rank ")
        .append(current.rank())
        .append('\n');
    Map<ExpectationId, List<String>> links = evidence.links();
    text.append("Evidence: ")
        .append(plural(evidence.entries().size(), "entry", "entries"))
        .append(" for ")
        .append(plural(links.size(), "expectation", "expectations"))
        .append(ignored == 0 ? "" : " (" + plural(ignored, "entry", "entries") + " ignored)")
        .append('\n');
    if (steps.isEmpty()) {
      text.append("\nNo step up: ")
          .append(current.title())
          .append(" is the top of its track and names no progression.next.\n");
      return text.toString();
    }
    for (Step step : steps) {
      Level higher = step.step().higher();
      text.append('\n')
          .append(step.step().kind() == StepUp.Kind.RANK ? "Next rank: " : "Branch: ")
          .append(higher.title())
          .append(" (")
          .append(higher.id())
          .append("), ")
          .append(trackName(ladder, higher))
          .append(" rank ")
          .append(higher.rank())
          .append('\n');
      if (step.missingCount() == 0) {
        text.append("  Evidence for all ")
            .append(plural(step.expectations(), "expectation", "expectations"))
            .append(".\n");
        continue;
      }
      text.append("  ")
          .append(step.missingCount())
          .append(" of ")
          .append(plural(step.expectations(), "expectation", "expectations"))
          .append(" without evidence\n");
      step.missing()
          .forEach(
              (dimension, list) -> {
                text.append("  ").append(ladder.dimensionName(dimension)).append('\n');
                for (Missing m : list) {
                  text.append("    ")
                      .append(String.format("%-8s", m.kind().label))
                      .append(m.expectation().text().replace('\n', ' '))
                      .append(" [")
                      .append(m.expectation().id())
                      .append("]\n");
                  if (!m.raises().isEmpty()) {
                    text.append("            raises ").append(join(m.raises())).append('\n');
                  }
                  if (!m.buildsOn().isEmpty()) {
                    text.append("            builds on your evidence for ")
                        .append(join(m.buildsOn()))
                        .append('\n');
                  }
                }
              });
    }
    return text.toString();
  }

  /** Each expectation id to the ids it refines, over every level's own expectations. */
  private static Map<ExpectationId, Set<ExpectationId>> refinesIndex(Ladder ladder) {
    Map<ExpectationId, Set<ExpectationId>> refines = new HashMap<>();
    for (Level level : ladder.levels()) {
      for (Expectation e : level.ownExpectations()) {
        refines.computeIfAbsent(e.id(), id -> new LinkedHashSet<>()).addAll(e.refines());
      }
    }
    return refines;
  }

  /** Every id that {@code id} refines, directly or through a chain (cycles are cut). */
  private static Set<ExpectationId> closure(
      ExpectationId id, Map<ExpectationId, Set<ExpectationId>> refines) {
    Set<ExpectationId> seen = new LinkedHashSet<>();
    Deque<ExpectationId> todo = new ArrayDeque<>(refines.getOrDefault(id, Set.of()));
    while (!todo.isEmpty()) {
      ExpectationId next = todo.pop();
      if (!next.equals(id) && seen.add(next)) {
        todo.addAll(refines.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  /** The dimensions of a level: as ladder.yaml orders them, then any it does not declare, by id. */
  private static List<DimensionId> dimensionsInOrder(Ladder ladder, EffectiveLevel level) {
    Set<DimensionId> ordered = new LinkedHashSet<>();
    ladder.dimensions().forEach(d -> ordered.add(d.id()));
    ordered.retainAll(level.expectations().keySet());
    level.expectations().keySet().stream().sorted().forEach(ordered::add);
    return List.copyOf(ordered);
  }

  private static String trackName(Ladder ladder, Level level) {
    return ladder
        .track(level.track())
        .map(Track::name)
        .filter(n -> !n.isBlank())
        .orElse(level.track().value());
  }

  private static String join(List<ExpectationId> ids) {
    return String.join(", ", ids.stream().map(ExpectationId::value).toList());
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
