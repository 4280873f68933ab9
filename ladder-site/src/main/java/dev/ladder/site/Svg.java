package dev.ladder.site;

import static dev.ladder.site.Markup.escape;
import static dev.ladder.site.Markup.shorten;

import dev.ladder.model.Level;
import dev.ladder.model.Status;
import dev.ladder.model.StepUp;
import dev.ladder.model.TrackId;
import java.util.List;
import java.util.Map;

/**
 * The site's pictures, written as SVG at build time so they read with scripts off and print: the
 * ratings of a level as bars on their scales, and the progression map of the overview. Every text
 * in them comes from the ladder and is escaped here; styles come from the site's CSS by class.
 */
final class Svg {
  private Svg() {}

  /** One rating: its position on its scale (0 lowest, -1 when the scale lacks the value). */
  record Rating(String attribute, String value, String scale, int position, int size) {}

  private static final int LABEL = 190;
  private static final int BARS = 240;
  private static final int ROW = 30;

  /** Bars of the level's ratings, each as far along as the rating is on its scale. */
  static String ratings(String id, String levelTitle, List<Rating> ratings) {
    int width = LABEL + BARS + 150;
    int height = ROW * ratings.size() + 8;
    StringBuilder desc = new StringBuilder();
    for (Rating r : ratings) {
      desc.append(r.attribute()).append(": ").append(r.value());
      if (r.position() >= 0) {
        desc.append(" (")
            .append(r.position() + 1)
            .append(" of ")
            .append(r.size())
            .append(" on ")
            .append(r.scale())
            .append(")");
      }
      desc.append(". ");
    }
    StringBuilder svg = new StringBuilder(512 + 400 * ratings.size());
    svg.append("<svg class=\"chart\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">");
    svg.append("<title id=\"")
        .append(id)
        .append("-title\">Ratings of ")
        .append(escape(levelTitle))
        .append("</title>");
    svg.append("<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(desc.toString().strip()))
        .append("</desc>");
    int y = 4;
    for (Rating r : ratings) {
      int mid = y + ROW / 2;
      svg.append("<text class=\"chart-label\" x=\"0\" y=\"")
          .append(mid + 5)
          .append("\">")
          .append(escape(shorten(r.attribute(), 26)))
          .append("</text>");
      int segments = Math.max(1, r.size());
      int gap = 3;
      int w = (BARS - gap * (segments - 1)) / segments;
      for (int i = 0; i < segments; i++) {
        boolean on = r.position() >= 0 && i <= r.position();
        svg.append("<rect class=\"")
            .append(on ? "bar on" : "bar")
            .append("\" x=\"")
            .append(LABEL + i * (w + gap))
            .append("\" y=\"")
            .append(mid - 8)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"16\" rx=\"2\"/>");
      }
      svg.append("<text class=\"chart-value\" x=\"")
          .append(LABEL + BARS + 10)
          .append("\" y=\"")
          .append(mid + 5)
          .append("\">")
          .append(escape(shorten(r.value(), 20)))
          .append("</text>");
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }

  private static final int COLUMN = 200;
  private static final int NODE_W = 176;
  private static final int NODE_H = 46;
  private static final int ROW_H = 78;
  private static final int HEAD = 40;

  /**
   * The progression map: one column per track, each level a box on its row that links to its page,
   * solid arrows to the next rank, dashed arrows along branches ({@code progression.next}) and
   * dotted lines between levels held equal.
   */
  static String map(SiteModel site, Tiers tiers) {
    List<TrackId> tracks = List.copyOf(site.tracks.keySet());
    int width = Math.max(1, tracks.size()) * COLUMN;
    int height = HEAD + Math.max(1, tiers.count()) * ROW_H;
    StringBuilder svg = new StringBuilder(4096 + 600 * site.levels.size());
    svg.append("<svg class=\"map\" role=\"group\" aria-label=\"Progression map of ")
        .append(escape(site.ladder.name()))
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">");
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
            + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"arrow-head\""
            + " d=\"M0,0L10,5L0,10z\"/></marker></defs>");
    for (int c = 0; c < tracks.size(); c++) {
      TrackId track = tracks.get(c);
      svg.append("<a href=\"")
          .append(escape(site.trackPath(track)))
          .append("\"><text class=\"map-track\" x=\"")
          .append(c * COLUMN + COLUMN / 2)
          .append("\" y=\"24\" text-anchor=\"middle\">")
          .append(escape(shorten(site.trackName(track), 24)))
          .append("</text></a>");
    }
    for (StepUp step : site.steps) {
      edge(svg, site, tiers, step);
    }
    for (List<Level> group : site.equalities()) {
      for (int i = 1; i < group.size(); i++) {
        equal(svg, site, tiers, group.get(i - 1), group.get(i));
      }
    }
    for (Map.Entry<TrackId, List<Level>> track : site.tracks.entrySet()) {
      for (Level level : track.getValue()) {
        node(svg, site, tiers, level);
      }
    }
    return svg.append("</svg>").toString();
  }

  private static int x(SiteModel site, Level level) {
    return site.column(level) * COLUMN + (COLUMN - NODE_W) / 2;
  }

  private static int y(Tiers tiers, Level level) {
    return HEAD + tiers.row(level) * ROW_H;
  }

  private static void node(StringBuilder svg, SiteModel site, Tiers tiers, Level level) {
    int x = x(site, level);
    int y = y(tiers, level);
    String status = level.status() == Status.ACTIVE ? "" : " " + level.status().label();
    svg.append("<a class=\"node")
        .append(status)
        .append("\" href=\"")
        .append(escape(site.levelPath(level)))
        .append("\"><title>")
        .append(escape(level.title()))
        .append(", rank ")
        .append(level.rank())
        .append(status.isEmpty() ? "" : "," + status)
        .append("</title><rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(NODE_W)
        .append("\" height=\"")
        .append(NODE_H)
        .append("\" rx=\"6\"/><text class=\"node-title\" x=\"")
        .append(x + NODE_W / 2)
        .append("\" y=\"")
        .append(y + 20)
        .append("\" text-anchor=\"middle\">")
        .append(escape(shorten(level.title(), 22)))
        .append("</text><text class=\"node-rank\" x=\"")
        .append(x + NODE_W / 2)
        .append("\" y=\"")
        .append(y + 37)
        .append("\" text-anchor=\"middle\">rank ")
        .append(level.rank())
        .append(status)
        .append("</text></a>");
  }

  private static void edge(StringBuilder svg, SiteModel site, Tiers tiers, StepUp step) {
    Level lower = step.lower();
    Level higher = step.higher();
    int x1 = x(site, lower) + NODE_W / 2;
    int y1 = y(tiers, lower) + NODE_H;
    int x2 = x(site, higher) + NODE_W / 2;
    int y2 = y(tiers, higher);
    boolean straight = site.column(lower) == site.column(higher) && y2 > y1;
    String kind = step.kind() == StepUp.Kind.RANK && straight ? "edge rank" : "edge branch";
    svg.append("<path class=\"").append(kind).append("\" d=\"");
    if (straight) {
      svg.append('M').append(x1).append(',').append(y1).append("V").append(y2 - 2);
    } else {
      // A curve that leaves downwards and arrives from above, whatever the two rows are.
      int bend = Math.max(30, Math.abs(y2 - y1) / 2);
      svg.append('M')
          .append(x1)
          .append(',')
          .append(y1)
          .append("C")
          .append(x1)
          .append(',')
          .append(y1 + bend)
          .append(' ')
          .append(x2)
          .append(',')
          .append(y2 - bend)
          .append(' ')
          .append(x2)
          .append(',')
          .append(y2 - 2);
    }
    svg.append("\" marker-end=\"url(#arrow)\"/>");
  }

  private static void equal(StringBuilder svg, SiteModel site, Tiers tiers, Level a, Level b) {
    if (tiers.row(a) != tiers.row(b)) {
      // Left out of the layout (an invalid ladder): a line would claim an equality the map does
      // not show.
      return;
    }
    Level left = site.column(a) <= site.column(b) ? a : b;
    Level right = left == a ? b : a;
    int y = y(tiers, left) + NODE_H / 2;
    int x1 = x(site, left) + NODE_W;
    int x2 = x(site, right);
    svg.append("<path class=\"equal\" d=\"M").append(x1).append(',').append(y);
    if (site.column(right) - site.column(left) <= 1) {
      svg.append('H').append(x2);
    } else {
      // Over the boxes between the two.
      int top = y(tiers, left) - 14;
      svg.append("C")
          .append(x1 + 40)
          .append(',')
          .append(top)
          .append(' ')
          .append(x2 - 40)
          .append(',')
          .append(top)
          .append(' ')
          .append(x2)
          .append(',')
          .append(y);
    }
    svg.append("\"/>");
  }
}
