package dev.ladder.site;

import java.util.List;

/**
 * What each template shows, prepared in Java: templates only lay it out. Every {@code String} here
 * is plain text that the templates escape, except the fields named {@code ...Html} or {@code
 * ...Svg}, which the site's own code wrote and escaped ({@link Markdown}, {@link Svg}). An empty
 * {@code href} means "no page to link to" (a hidden draft level): the text is shown unlinked.
 */
final class View {
  private View() {}

  /** The frame of every page. */
  record Chrome(String title, String root, String ladderName, List<Link> crumbs, boolean picker) {
    String css() {
      return root + "assets/site.css";
    }

    String script() {
      return root + "assets/picker.js";
    }

    String home() {
      return root + Site.INDEX;
    }
  }

  record Link(String text, String href) {
    boolean linked() {
      return !href.isEmpty();
    }
  }

  /** A finding of the ladder, as the index and level pages list it. */
  record Finding(String severity, String rule, String message, Link location, String hint) {}

  /** The counts of findings ({@code 1 error, 2 warnings, 0 infos}) and each finding. */
  record Findings(String summary, List<Finding> items) {
    boolean any() {
      return !items.isEmpty();
    }
  }

  /** The compare picker: every step up, and which one this page is (or none). */
  record Picker(List<Choice> choices) {}

  record Choice(String text, String href, boolean current) {}

  // The overview

  record Index(
      Chrome chrome,
      String name,
      String description,
      Findings findings,
      List<Column> columns,
      List<Row> rows,
      String mapSvg,
      Picker picker,
      int levels) {}

  record Column(Link track, boolean declared, String description) {}

  record Row(List<Cell> cells) {}

  /** One track's level on a row, or none. */
  record Cell(List<Card> cards) {}

  record Card(Link level, int rank, String status, List<Link> equalTo) {}

  // A level

  record LevelPage(
      Chrome chrome,
      String title,
      Link track,
      int rank,
      String status,
      String summaryHtml,
      List<Step> stepsUp,
      List<Step> stepsDown,
      List<Dimension> dimensions,
      List<Retired> retired,
      String ratingsSvg,
      List<Fact> experience,
      List<Fact> scope,
      List<Fact> compensation,
      List<String> competencies,
      List<String> checkpoints,
      List<Finding> findings) {}

  /** A step to or from a level: the other level, the compare page, and what kind of step. */
  record Step(Link level, Link compare, String kind) {}

  record Dimension(String name, String description, List<Item> items) {}

  /** An effective expectation with its marks: own, inherited from a level, refining another. */
  record Item(String anchor, String id, String text, List<Mark> marks) {}

  /** {@code kind} is own, inherited or refining: the CSS class and the word a reader sees. */
  record Mark(String kind, String label, Link target) {}

  record Retired(String anchor, String id, String text, String reason, Link retiredAt) {}

  record Fact(String name, String value) {}

  // A step up

  record ComparePage(
      Chrome chrome,
      Link lower,
      Link higher,
      String kind,
      List<Fact> inShort,
      List<Group> added,
      List<Refined> refined,
      List<Gone> retired,
      List<Value> values,
      List<String> competenciesAdded,
      List<String> competenciesDropped,
      List<Group> dropped,
      List<Group> carried,
      int carriedCount,
      List<String> checkpoints,
      Picker picker) {}

  record Group(String dimension, List<Line> lines) {}

  record Line(String id, String text) {}

  record Refined(String dimension, Line before, Line after) {}

  record Gone(String dimension, Line line, String reason) {}

  /** A value on both sides of a step; {@code trend} is the CSS class, {@code change} its words. */
  record Value(String name, String from, String to, String trend, String change) {}

  // A track

  record TrackPage(
      Chrome chrome,
      String name,
      String description,
      boolean declared,
      List<Heading> levels,
      List<MatrixRow> rows) {}

  record Heading(Link level, int rank, String status) {}

  record MatrixRow(String name, boolean dimension, List<MatrixCell> cells) {}

  /** One level's entries in one row of the matrix. */
  record MatrixCell(List<Entry> entries) {}

  /** {@code mark} is empty for an inherited expectation, else {@code new} or {@code refined}. */
  record Entry(String text, String mark) {}
}
