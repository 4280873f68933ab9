package dev.ladder.site;

import dev.ladder.model.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the overview: each track's levels in rank order, one row apart at least, and levels
 * held equal on one row. Equivalences are taken in file order; one that would put two levels of a
 * track on one row, or a level on a row with one it ranks above (an invalid ladder: {@code
 * equivalence-order} reports it), is left out of the layout rather than drawn wrong.
 */
final class Tiers {
  private final Map<Level, Integer> rows = new IdentityHashMap<>();
  private final int count;

  private Tiers(Map<Level, Integer> rows, int count) {
    this.rows.putAll(rows);
    this.count = count;
  }

  static Tiers of(SiteModel site) {
    List<Level> nodes = new ArrayList<>();
    Map<Level, Integer> index = new IdentityHashMap<>();
    List<List<Level>> columns = new ArrayList<>(site.tracks.values());
    int[] column = new int[site.levels.size()];
    for (int c = 0; c < columns.size(); c++) {
      for (Level level : columns.get(c)) {
        index.put(level, nodes.size());
        column[nodes.size()] = c;
        nodes.add(level);
      }
    }
    int n = nodes.size();
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    int[] rows = layout(columns, index, column, parent);
    for (List<Level> group : site.equalities()) {
      for (int i = 1; i < group.size(); i++) {
        Integer a = index.get(group.get(0));
        Integer b = index.get(group.get(i));
        if (a == null || b == null) {
          continue;
        }
        int[] trial = parent.clone();
        union(trial, a, b);
        int[] tried = layout(columns, index, column, trial);
        if (tried != null) {
          parent = trial;
          rows = tried;
        }
      }
    }
    Map<Level, Integer> byLevel = new IdentityHashMap<>();
    int count = 0;
    for (int i = 0; i < n; i++) {
      int row = rows[find(parent, i)];
      byLevel.put(nodes.get(i), row);
      count = Math.max(count, row + 1);
    }
    return new Tiers(byLevel, count);
  }

  /** The row of a shown level, 0 at the top. */
  int row(Level level) {
    return rows.getOrDefault(level, 0);
  }

  int count() {
    return count;
  }

  /**
   * The row of each group (indexed by its root), each level one row below the one before it in its
   * track; null when the groups cannot be laid out (two levels of one track in a group, or a
   * cycle).
   */
  private static int[] layout(
      List<List<Level>> columns, Map<Level, Integer> index, int[] column, int[] parent) {
    int n = parent.length;
    Set<Long> trackInGroup = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!trackInGroup.add(((long) find(parent, i) << 32) | column[i])) {
        return null;
      }
    }
    List<List<Integer>> next = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      next.add(new ArrayList<>(2));
    }
    int[] incoming = new int[n];
    for (List<Level> track : columns) {
      for (int i = 1; i < track.size(); i++) {
        int from = find(parent, index.get(track.get(i - 1)));
        int to = find(parent, index.get(track.get(i)));
        next.get(from).add(to);
        incoming[to]++;
      }
    }
    int[] row = new int[n];
    Deque<Integer> ready = new ArrayDeque<>();
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (find(parent, i) == i) {
        groups++;
        if (incoming[i] == 0) {
          ready.add(i);
        }
      }
    }
    int done = 0;
    while (!ready.isEmpty()) {
      int g = ready.poll();
      done++;
      for (int to : next.get(g)) {
        row[to] = Math.max(row[to], row[g] + 1);
        if (--incoming[to] == 0) {
          ready.add(to);
        }
      }
    }
    return done == groups ? row : null;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // The lower root wins: the same ladder always gives the same roots.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
