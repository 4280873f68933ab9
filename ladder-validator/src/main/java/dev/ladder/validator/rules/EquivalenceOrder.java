package dev.ladder.validator.rules;

import dev.ladder.model.Equivalence;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Severity;
import dev.ladder.model.TrackId;
import dev.ladder.validator.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code equivalence-order}: equivalences keep the order of both tracks. If a = x and b = y, with a
 * below b in one track, then x is below y in the other. For each pair of tracks, the equivalences
 * that span both are sorted by rank in the first track; an equivalence whose level in the second
 * track is not above every earlier one is reported (once, at its entry in ladder.yaml).
 */
public final class EquivalenceOrder extends BuiltinRule {
  public EquivalenceOrder() {
    super(
        "equivalence-order",
        Severity.ERROR,
        "equivalences keep order: if a = x and b = y with a below b in one track, x is below y");
  }

  private record Pair(int index, Equivalence equivalence, Level a, Level x) {}

  @Override
  public void check(Ladder ladder, RuleContext context) {
    List<TrackId> order = List.copyOf(ladder.trackIds());
    Map<TrackId, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    // Only the pairs of tracks that some equivalence spans, so many tracks cost nothing.
    Map<List<Integer>, List<Pair>> byTracks = new TreeMap<>(BY_POSITIONS);
    for (int i = 0; i < ladder.equivalences().size(); i++) {
      Equivalence equivalence = ladder.equivalences().get(i);
      List<Level> members = new ArrayList<>();
      for (LevelId id : equivalence.levels()) {
        ladder.level(id).filter(l -> position.containsKey(l.track())).ifPresent(members::add);
      }
      for (int m = 0; m < members.size(); m++) {
        for (int n = m + 1; n < members.size(); n++) {
          Level a = members.get(m);
          Level x = members.get(n);
          int pa = position.get(a.track());
          int px = position.get(x.track());
          if (pa == px) {
            continue;
          }
          Pair pair = pa < px ? new Pair(i, equivalence, a, x) : new Pair(i, equivalence, x, a);
          byTracks
              .computeIfAbsent(List.of(Math.min(pa, px), Math.max(pa, px)), k -> new ArrayList<>())
              .add(pair);
        }
      }
    }
    Set<Integer> reported = new HashSet<>();
    byTracks.forEach(
        (tracks, pairs) ->
            check(
                ladder,
                order.get(tracks.get(0)),
                order.get(tracks.get(1)),
                pairs,
                reported,
                context));
  }

  private static final Comparator<List<Integer>> BY_POSITIONS =
      Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1));

  private static void check(
      Ladder ladder,
      TrackId first,
      TrackId second,
      List<Pair> pairs,
      Set<Integer> reported,
      RuleContext context) {
    pairs.sort(
        Comparator.comparingInt((Pair p) -> p.a().rank())
            .thenComparingInt(p -> p.x().rank())
            .thenComparingInt(Pair::index));
    Pair highestBelow = null;
    int i = 0;
    while (i < pairs.size()) {
      int rank = pairs.get(i).a().rank();
      int end = i;
      Pair highestHere = null;
      while (end < pairs.size() && pairs.get(end).a().rank() == rank) {
        Pair pair = pairs.get(end);
        if (highestBelow != null
            && pair.x().rank() <= highestBelow.x().rank()
            && reported.add(pair.index())) {
          context.report(
              pair.equivalence().source(),
              pair.a().label()
                  + " is above "
                  + highestBelow.a().label()
                  + " in track "
                  + Facts.trackName(ladder, first)
                  + ", but their equivalents "
                  + pair.x().label()
                  + " and "
                  + highestBelow.x().label()
                  + " are not in that order in track "
                  + Facts.trackName(ladder, second),
              "equivalences keep the order of both tracks: fix this equivalence or the ranks");
        }
        if (highestHere == null || pair.x().rank() > highestHere.x().rank()) {
          highestHere = pair;
        }
        end++;
      }
      if (highestBelow == null || highestHere.x().rank() > highestBelow.x().rank()) {
        highestBelow = highestHere;
      }
      i = end;
    }
  }
}
