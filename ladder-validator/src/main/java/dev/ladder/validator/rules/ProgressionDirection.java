package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.Optional;

/**
 * {@code progression-direction}: {@code progression.next} leads up. Inside one track, it never
 * names a level of lower or the same rank (the level itself included); to another track, it may
 * name any rank.
 */
public final class ProgressionDirection extends BuiltinRule {
  public ProgressionDirection() {
    super(
        "progression-direction",
        Severity.ERROR,
        "progression.next never points to a lower rank of the same track");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (Level level : ladder.levels()) {
      for (int i = 0; i < level.next().size(); i++) {
        Optional<Level> next = ladder.level(level.next().get(i));
        if (next.isEmpty() || !next.get().track().equals(level.track())) {
          continue;
        }
        Level target = next.get();
        if (target.rank() <= level.rank()) {
          Finding finding =
              Finding.at(
                      level.source().at("progression", "next", i),
                      level.label()
                          + " names "
                          + (target == level ? "itself" : target.label())
                          + " as next level, which is not above it in track "
                          + ladder.trackName(level.track()))
                  .hint(
                      "progression.next names levels to grow into: a higher rank, or another track")
                  .key(level.id(), "progression", "next", target.id());
          context.report(target == level ? finding : finding.related(target.source().at("rank")));
        }
      }
    }
  }
}
