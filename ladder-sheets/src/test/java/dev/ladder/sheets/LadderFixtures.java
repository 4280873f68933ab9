package dev.ladder.sheets;

import dev.ladder.model.Compensation;
import dev.ladder.model.Dimension;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small ladders built in Java: one track, one dimension, each level's texts written out. */
final class LadderFixtures {
  private LadderFixtures() {}

  /** Levels that do not extend each other: each writes every text of its own. */
  static Ladder oneTrack(String track, List<String> titles, List<List<String>> texts) {
    DimensionId delivery = DimensionId.of("delivery");
    TrackId id = TrackId.of(track.toLowerCase(java.util.Locale.ROOT));
    Ladder.Builder b =
        Ladder.builder()
            .id("fixture")
            .name("Fixture")
            .track(new Track(id, track, "", SourceRef.root("ladder.yaml")))
            .dimension(new Dimension(delivery, "Delivery", "", SourceRef.root("ladder.yaml")));
    for (int i = 0; i < titles.size(); i++) {
      LevelId level = LevelId.of(ExpectationId.slugOf(titles.get(i)).value());
      SourceRef source = SourceRef.root("levels/" + level.value() + ".yaml");
      List<Expectation> own = new ArrayList<>();
      for (String text : texts.get(i)) {
        own.add(
            new Expectation(ExpectationId.slugOf(text), text, delivery, List.of(), level, source));
      }
      b.level(
          new Level(
              level,
              titles.get(i),
              id,
              i + 1,
              Optional.empty(),
              Status.ACTIVE,
              "",
              Experience.NONE,
              Map.of(),
              Map.of(),
              Compensation.NONE,
              List.of(),
              Map.of(delivery, own),
              List.of(),
              List.of(),
              List.of(),
              source));
    }
    return b.build();
  }
}
