package dev.ladder.validator.rules;

import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.SourceRef;
import dev.ladder.model.StepUp;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import dev.ladder.model.text.Similarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small facts and wordings that several rules share. */
final class Facts {
  private Facts() {}

  /** A track's display name, or its id. */
  static String trackName(Ladder ladder, TrackId id) {
    return ladder.track(id).map(Track::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  /** An attribute's display name, or its id. */
  static String attributeName(Ladder ladder, AttributeId id) {
    return ladder.attribute(id).map(Attribute::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  /**
   * Where to point at an effective value of {@code level}: the node in its own file when it writes
   * the value itself, else its {@code extends}, which is where the value comes from.
   */
  static SourceRef ownOrExtends(Level level, boolean own, SourceRef ownNode) {
    return own || level.parent().isEmpty() ? ownNode : level.source().at("extends");
  }

  /**
   * The lower value when both are set and {@code higher} is below it: what a monotonic rule
   * reports. Empty when either is missing (FORMAT.md compares only where both levels have one).
   */
  static Optional<BigDecimal> decreased(Optional<BigDecimal> lower, Optional<BigDecimal> higher) {
    return lower.isPresent() && higher.isPresent() && higher.get().compareTo(lower.get()) < 0
        ? lower
        : Optional.empty();
  }

  /** {@code 15}, {@code 2.5}: a number as the ladder would write it. */
  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  /**
   * Whether an expectation only stands in for one: a placeholder ({@code TBD}, {@code ?}) without
   * an id of its own, or a text with an empty slug. Rules about ids skip it, since placeholder-text
   * (at the severity the team chose) or unique-id already reports it; counting it again as dropped
   * or repeated would turn a warning into errors that no severity setting removes.
   */
  static boolean standIn(Expectation e) {
    return e.id().value().isEmpty()
        || (PlaceholderText.isPlaceholder(e.text())
            && e.id().equals(ExpectationId.slugOf(e.text())));
  }

  /** A "did you mean" hint naming the closest of {@code ids}, or null when none is close. */
  static String didYouMean(String id, Collection<String> ids) {
    return Similarity.nearestId(id, ids).map(n -> "did you mean '" + n + "'?").orElse(null);
  }

  /** For each level, the levels that step up into it, in the ladder's step order. */
  static Map<LevelId, List<Level>> lowerLevels(Ladder ladder) {
    Map<LevelId, List<Level>> lower = new HashMap<>();
    for (StepUp step : ladder.stepsUp()) {
      lower.computeIfAbsent(step.higher().id(), k -> new ArrayList<>()).add(step.lower());
    }
    return lower;
  }

  /**
   * The steps up that rules check. When some level file failed to read, a step between ranks that
   * are not adjacent may only exist because the level between them is missing; such a step is left
   * out, and so is a step from or to a level that inherits from a level that failed to read, so the
   * failed file is not reported a second time as findings in the levels around it.
   */
  static List<StepUp> checkedSteps(Ladder ladder) {
    if (allLevelsRead(ladder)) {
      return ladder.stepsUp();
    }
    return ladder.stepsUp().stream()
        .filter(s -> s.kind() != StepUp.Kind.RANK || s.higher().rank() - s.lower().rank() <= 1)
        .filter(s -> !inheritsFromUnread(ladder, s.lower()))
        .filter(s -> !inheritsFromUnread(ladder, s.higher()))
        .toList();
  }

  /**
   * Whether {@code level} extends, directly or through a chain, a level whose file failed to read:
   * its effective expectations and values then lack what that level would give it.
   */
  static boolean inheritsFromUnread(Ladder ladder, Level level) {
    if (allLevelsRead(ladder)) {
      return false;
    }
    List<Level> chain = ladder.ancestors(level);
    Level last = chain.isEmpty() ? level : chain.get(chain.size() - 1);
    return last.parent()
        .filter(p -> ladder.level(p).isEmpty() && mayBeUnread(ladder, p))
        .isPresent();
  }

  /** Whether a reference to this level id may point into a file that failed to read. */
  static boolean mayBeUnread(Ladder ladder, LevelId id) {
    return ladder.completeness().mayHaveLevel(id);
  }

  /** Whether every level file was read, so that any expectation id is known. */
  static boolean allLevelsRead(Ladder ladder) {
    return ladder.completeness().unreadLevels().isEmpty()
        && !ladder.completeness().unidentifiedLevelFiles();
  }
}
