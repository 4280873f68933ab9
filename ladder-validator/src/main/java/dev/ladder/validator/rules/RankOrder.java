package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.TrackId;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.List;

/**
 * {@code rank-order}: ranks are unique inside a track, so "the next level up" is always one level.
 * The first level of a rank (by id) keeps it; each other level of that rank is reported.
 */
public final class RankOrder extends BuiltinRule {
  public RankOrder() {
    super("rank-order", Severity.ERROR, "ranks are unique inside a track");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    for (TrackId track : ladder.trackIds()) {
      List<Level> levels = ladder.levelsOf(track);
      for (int i = 1; i < levels.size(); i++) {
        Level first = levels.get(i - 1);
        Level level = levels.get(i);
        if (level.rank() != first.rank()) {
          continue;
        }
        int j = i - 1;
        while (j > 0 && levels.get(j - 1).rank() == level.rank()) {
          j--;
        }
        Level holder = levels.get(j);
        context.report(
            Finding.at(
                    level.source().at("rank"),
                    level.label()
                        + " has the same rank as "
                        + holder.title()
                        + " in track "
                        + ladder.trackName(track))
                .hint("give each level of a track its own rank")
                .key(level.id(), "rank", holder.id())
                .related(holder.source().at("rank")));
      }
    }
  }
}
