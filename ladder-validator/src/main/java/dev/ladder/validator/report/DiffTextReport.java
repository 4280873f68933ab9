package dev.ladder.validator.report;

import dev.ladder.model.LevelChange;
import dev.ladder.model.LevelChanges;
import dev.ladder.model.Severity;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.LadderDiff;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The changes report on the console: a summary line, each changed level with its changes indented,
 * then the new findings and the fixed ones in the text format (unchanged ones are counted, and
 * listed in {@code ladder-diff.json}).
 *
 * <pre>
 * ladder: changes from origin/main to working tree: 0 levels added, 0 removed, 2 changed; 1 new finding, 0 fixed, 4 unchanged
 * director-engineering (Director of Engineering): changed
 *     expectation-reworded responsibilities/owns-org-metrics: "Owns the metrics" -&gt; "Owns the metrics-based performance"
 * vp-engineering (VP of Engineering): changed
 *     expectation-reworded responsibilities/owns-org-metrics: "Owns the metrics" -&gt; "Owns the metrics-based performance" (inherited)
 * new: ladder/levels/vp.yaml:14:7: error: VP of Engineering (rank 5) drops ... [expectation-containment]
 * </pre>
 */
public final class DiffTextReport {
  private DiffTextReport() {}

  /** One line of the report, with the severity of the new finding it belongs to, if any. */
  public record Line(Optional<Severity> severity, String text) {}

  /** Every line of the report, in order. */
  public static List<Line> lines(LadderDiff diff) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Optional.empty(), summary(diff)));
    for (LevelChanges level : diff.levels().levels()) {
      lines.add(
          new Line(
              Optional.empty(),
              level.id() + " (" + oneLine(level.title()) + "): " + level.change().label()));
      for (LevelChange change : level.changes()) {
        lines.add(new Line(Optional.empty(), "    " + change(change)));
      }
    }
    for (Diagnostic d : diff.findings().added()) {
      finding(lines, "new: ", d, Optional.of(d.severity()));
    }
    for (Diagnostic d : diff.findings().fixed()) {
      finding(lines, "fixed: ", d, Optional.empty());
    }
    return List.copyOf(lines);
  }

  /**
   * {@code ladder: changes from origin/main to working tree: 1 level added, 0 removed, 3 changed; 1
   * new finding, 0 fixed, 4 unchanged}.
   */
  public static String summary(LadderDiff diff) {
    return "ladder: changes from "
        + diff.base()
        + " to "
        + diff.head()
        + ": "
        + TextReport.counted(diff.levelsAdded(), "level", "levels")
        + " added, "
        + diff.levelsRemoved()
        + " removed, "
        + diff.levelsChanged()
        + " changed; "
        + TextReport.counted(diff.findings().added().size(), "new finding", "new findings")
        + ", "
        + diff.findings().fixed().size()
        + " fixed, "
        + diff.findings().unchanged().size()
        + " unchanged";
  }

  /** {@code expectation-reworded responsibilities/owns-org-metrics: "old" -> "new" (inherited)}. */
  static String change(LevelChange c) {
    StringBuilder line = new StringBuilder(c.kind().label());
    String item =
        c.dimension().map(d -> d.value() + (c.id().isPresent() ? "/" : "")).orElse("")
            + c.id().orElse("");
    if (!item.isEmpty()) {
      line.append(' ').append(item);
    }
    if (c.from().isPresent() || c.to().isPresent()) {
      line.append(": ");
      c.from().ifPresent(f -> line.append(quote(f)));
      if (c.from().isPresent() && c.to().isPresent()) {
        line.append(" -> ");
      }
      c.to().ifPresent(t -> line.append(quote(t)));
    }
    if (c.inherited()) {
      line.append(" (inherited)");
    }
    return line.toString();
  }

  static void write(LadderDiff diff, Writer out) throws IOException {
    for (Line line : lines(diff)) {
      out.write(line.text());
      out.write('\n');
    }
  }

  private static void finding(
      List<Line> lines, String prefix, Diagnostic d, Optional<Severity> severity) {
    lines.add(new Line(severity, prefix + TextReport.line(d)));
    TextReport.hintLine(d).ifPresent(h -> lines.add(new Line(severity, h)));
  }

  private static String quote(String s) {
    return "\"" + oneLine(s) + "\"";
  }

  private static String oneLine(String s) {
    return TextReport.oneLine(s);
  }
}
