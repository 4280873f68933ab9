package dev.ladder.validator.rules;

import dev.ladder.model.Equivalence;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Severity;
import dev.ladder.model.TrackId;
import dev.ladder.validator.Finding;
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
 * track is not above every earlier one is reported (once, at its entry in ladder.yaml). Read the
 * other way round, equivalents of one rank must share a rank too, and one equivalence never holds
 * two ranks of one track equal.
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
    Set<Integer> reported = new HashSet<>();
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
            // Two ranks of one track held equal: each is below the other's equivalent.
            if (a.rank() != x.rank() && reported.add(i)) {
              Level lower = a.rank() < x.rank() ? a : x;
              Level higher = lower == a ? x : a;
              context.report(
                  Finding.at(
                          equivalence.source(),
                          "equivalence holds "
                              + lower.label()
                              + " and "
                              + higher.label()
                              + " equal, but the first is below the second in track "
                              + ladder.trackName(a.track()))
                      .hint(
                          "an equivalence joins levels of different tracks: keep one level per"
                              + " track")
                      .key(key(equivalence))
                      .related(lower.source().at("rank"), higher.source().at("rank")));
            }
            continue;
          }
          Pair pair = pa < px ? new Pair(i, equivalence, a, x) : new Pair(i, equivalence, x, a);
          byTracks
              .computeIfAbsent(List.of(Math.min(pa, px), Math.max(pa, px)), k -> new ArrayList<>())
              .add(pair);
        }
      }
    }
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

  /** An equivalence is known by the levels it joins, not by its place in the list. */
  private static Object[] key(Equivalence equivalence) {
    Object[] key = new Object[equivalence.levels().size() + 1];
    key[0] = "equivalences";
    for (int i = 0; i < equivalence.levels().size(); i++) {
      key[i + 1] = equivalence.levels().get(i);
    }
    return key;
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
      Pair lowestHere = pairs.get(i);
      while (end < pairs.size() && pairs.get(end).a().rank() == rank) {
        Pair pair = pairs.get(end);
        // Read from the second track: the equivalents are in order there, so these must be too.
        if (pair.x().rank() != lowestHere.x().rank() && reported.add(pair.index())) {
          String equivalents =
              pair.a().id().equals(lowestHere.a().id())
                  ? ", but both are held equal to " + pair.a().label()
                  : ", but their equivalents "
                      + pair.a().label()
                      + " and "
                      + lowestHere.a().label()
                      + " are not in that order in track "
                      + ladder.trackName(first);
          context.report(
              Finding.at(
                      pair.equivalence().source(),
                      pair.x().label()
                          + " is above "
                          + lowestHere.x().label()
                          + " in track "
                          + ladder.trackName(second)
                          + equivalents)
                  .hint(
                      "equivalences keep the order of both tracks: fix this equivalence or the"
                          + " ranks")
                  .key(key(pair.equivalence()))
                  .related(pair.x().source().at("rank"), lowestHere.x().source().at("rank")));
        }
        if (highestBelow != null
            && pair.x().rank() <= highestBelow.x().rank()
            && reported.add(pair.index())) {
          context.report(
              Finding.at(
                      pair.equivalence().source(),
                      pair.a().label()
                          + " is above "
                          + highestBelow.a().label()
                          + " in track "
                          + ladder.trackName(first)
                          + ", but their equivalents "
                          + pair.x().label()
                          + " and "
                          + highestBelow.x().label()
                          + " are not in that order in track "
                          + ladder.trackName(second))
                  .hint(
                      "equivalences keep the order of both tracks: fix this equivalence or the"
                          + " ranks")
                  .key(key(pair.equivalence()))
                  .related(pair.a().source().at("rank"), highestBelow.a().source().at("rank")));
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
