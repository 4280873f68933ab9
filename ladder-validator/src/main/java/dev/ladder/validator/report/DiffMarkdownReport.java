package dev.ladder.validator.report;

import dev.ladder.model.LevelChange;
import dev.ladder.model.LevelChanges;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.LadderDiff;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code ladder-diff.md}, a pull-request comment: a heading, a summary table, one collapsible
 * {@code <details>} section per added, removed or changed level with a table of its changes, then
 * tables of the new and the fixed findings (unchanged ones are counted).
 *
 * <pre>
 * ### ladder: changes to acme-engineering
 *
 * Base origin/main, head working tree.
 *
 * | | count |
 * | --- | --- |
 * | Levels added | 0 |
 * ...
 *
 * &lt;details&gt;
 * &lt;summary&gt;&lt;b&gt;VP of Engineering&lt;/b&gt; (vp-engineering): changed, 1 change&lt;/summary&gt;
 *
 * | Change | Dimension | Item | From | To | Inherited |
 * ...
 * &lt;/details&gt;
 * </pre>
 *
 * <p>Every text from the ladder is escaped as in the markdown report ({@link MarkdownReport#cell}),
 * so a title or an expectation can never break a table or inject markup; each findings table stops
 * at {@value MarkdownReport#MAX_ROWS} rows.
 */
final class DiffMarkdownReport {
  private DiffMarkdownReport() {}

  static void write(LadderDiff diff, ReportContext context, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### ladder: changes to ").append(cell(diff.ladderId())).append("\n\n");
    md.append("Base ")
        .append(cell(diff.base()))
        .append(", head ")
        .append(cell(diff.head()))
        .append(".\n\n");
    md.append("| | count |\n| --- | --- |\n");
    row(md, "Levels added", diff.levelsAdded(), false);
    row(md, "Levels removed", diff.levelsRemoved(), false);
    row(md, "Levels changed", diff.levelsChanged(), false);
    row(md, "New findings", diff.findings().added().size(), true);
    row(md, "Fixed findings", diff.findings().fixed().size(), false);
    row(md, "Unchanged findings", diff.findings().unchanged().size(), false);
    md.append('\n');
    if (diff.levels().isEmpty()) {
      md.append("No level changes.\n\n");
    }
    for (LevelChanges level : diff.levels().levels()) {
      level(md, level);
    }
    findings(md, "New findings", diff.findings().added(), diff, context, true);
    // Fixed findings are located in the base's files: a link to the head's would show other lines.
    findings(md, "Fixed findings", diff.findings().fixed(), diff, context, false);
    out.write(md.toString());
  }

  private static void row(StringBuilder md, String name, int n, boolean strong) {
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(strong && n > 0 ? "**" + n + "**" : String.valueOf(n))
        .append(" |\n");
  }

  private static void level(StringBuilder md, LevelChanges level) {
    int n = level.changes().size();
    md.append("<details>\n<summary><b>")
        .append(cell(level.title()))
        .append("</b> (")
        .append(cell(level.id().value()))
        .append("): ")
        .append(level.change().label())
        .append(", ")
        .append(TextReport.counted(n, "change", "changes"))
        .append(level.inheritedOnly() && n > 0 ? ", all inherited" : "")
        .append("</summary>\n\n");
    md.append("| Change | Dimension | Item | From | To | Inherited |\n");
    md.append("| --- | --- | --- | --- | --- | --- |\n");
    for (LevelChange c : level.changes()) {
      md.append("| ")
          .append(c.kind().label())
          .append(" | ")
          .append(c.dimension().map(d -> cell(d.value())).orElse(""))
          .append(" | ")
          .append(c.id().map(DiffMarkdownReport::cell).orElse(""))
          .append(" | ")
          .append(c.from().map(DiffMarkdownReport::cell).orElse(""))
          .append(" | ")
          .append(c.to().map(DiffMarkdownReport::cell).orElse(""))
          .append(" | ")
          .append(c.inherited() ? "yes" : "no")
          .append(" |\n");
    }
    md.append("\n</details>\n\n");
  }

  private static void findings(
      StringBuilder md,
      String heading,
      List<Diagnostic> diagnostics,
      LadderDiff diff,
      ReportContext context,
      boolean linked) {
    if (diagnostics.isEmpty()) {
      return;
    }
    md.append("#### ").append(heading).append("\n\n");
    md.append("| Severity | Rule | Location | Message |\n");
    md.append("| --- | --- | --- | --- |\n");
    int shown = Math.min(diagnostics.size(), MarkdownReport.MAX_ROWS);
    for (Diagnostic d : diagnostics.subList(0, shown)) {
      md.append("| ")
          .append(d.severity().label())
          .append(" | ")
          .append(MarkdownReport.rule(d.rule(), diff.result(), context))
          .append(" | ")
          .append(
              linked
                  ? MarkdownReport.location(d, context)
                  : cell(context.repositoryPath(d.file()) + ":" + d.line()))
          .append(" | ")
          .append(cell(d.message()));
      d.hint().ifPresent(h -> md.append("<br>hint: ").append(cell(h)));
      md.append(" |\n");
    }
    if (diagnostics.size() > shown) {
      md.append("\n_and ")
          .append(TextReport.counted(diagnostics.size() - shown, "more finding", "more findings"))
          .append(", in ladder-diff.json._\n");
    }
    md.append('\n');
  }

  private static String cell(String s) {
    return MarkdownReport.cell(s);
  }
}
