package dev.ladder.validator.report;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A summary for a pull-request comment: a heading, the counts, and a table of findings with links
 * to each rule's docs and, given {@link ReportContext#fileLinkBase()}, to the file and line.
 *
 * <pre>
 * ### ladder: acme-engineering
 *
 * **1 error**, 0 warnings, 0 infos in 12 files.
 *
 * | Severity | Rule | Location | Message |
 * | --- | --- | --- | --- |
 * | error | [expectation-containment](https://...) | [ladder/levels/vp.yaml:14](https://...#L14) | VP ... |
 * </pre>
 *
 * <p>Cells escape {@code |}, {@code \}, {@code <}, {@code >} and {@code &}, and turn line breaks
 * into {@code <br>}, so a finding can never break the table or inject markup. The table stops at
 * {@value #MAX_ROWS} rows (a comment has a size limit) and says how many findings it left out.
 */
public final class MarkdownReport {
  /** The most findings the table lists. */
  public static final int MAX_ROWS = 200;

  private MarkdownReport() {}

  static void write(ValidationResult result, ReportContext context, Writer out) throws IOException {
    write(result, context, out, MAX_ROWS);
  }

  static void write(ValidationResult result, ReportContext context, Writer out, int maxRows)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### ladder: ").append(cell(result.ladderId())).append("\n\n");
    md.append(count(result.errors(), "error", "errors"))
        .append(", ")
        .append(count(result.warnings(), "warning", "warnings"))
        .append(", ")
        .append(count(result.infos(), "info", "infos"))
        .append(" in ")
        .append(TextReport.counted(result.files(), "file", "files"));
    if (result.baseline().isPresent()) {
      md.append("; ")
          .append(result.unchanged())
          .append(" unchanged from ")
          .append(cell(result.baseline().get().base()))
          .append(", ")
          .append(result.diagnostics().size() - result.unchanged())
          .append(" new, ")
          .append(result.baseline().get().fixed().size())
          .append(" fixed");
    }
    md.append(".\n\n");
    List<Diagnostic> diagnostics = result.diagnostics();
    if (diagnostics.isEmpty()) {
      md.append("No findings.\n");
      out.write(md.toString());
      return;
    }
    md.append("| Severity | Rule | Location | Message |\n");
    md.append("| --- | --- | --- | --- |\n");
    int shown = Math.min(diagnostics.size(), Math.max(0, maxRows));
    for (Diagnostic d : diagnostics.subList(0, shown)) {
      md.append("| ")
          .append(d.severity().label())
          .append(" | ")
          .append(rule(d.rule(), result, context))
          .append(" | ")
          .append(location(d, context))
          .append(" | ")
          .append(cell(d.message()));
      d.hint().ifPresent(h -> md.append("<br>hint: ").append(cell(h)));
      if (d.unchanged()) {
        md.append("<br>_unchanged from base_");
      }
      md.append(" |\n");
    }
    int more = diagnostics.size() - shown;
    if (more > 0) {
      md.append("\n_and ")
          .append(TextReport.counted(more, "more finding", "more findings"))
          .append(", in the full report._\n");
    }
    out.write(md.toString());
  }

  private static String count(long n, String one, String many) {
    String text = TextReport.counted(n, one, many);
    return n > 0 ? "**" + text + "**" : text;
  }

  static String rule(String id, ValidationResult result, ReportContext context) {
    return result
        .rule(id)
        .flatMap(rule -> context.docsUri(rule.rule()))
        .map(docs -> "[" + cell(id) + "](" + docs + ")")
        .orElse(cell(id));
  }

  static String location(Diagnostic d, ReportContext context) {
    String path = context.repositoryPath(d.file());
    String text = cell(path + ":" + d.line());
    return context
        .fileLinkBase()
        .map(base -> "[" + text + "](" + base + Uris.encodePath(path) + "#L" + d.line() + ")")
        .orElse(text);
  }

  /** Text made safe for one table cell. */
  static String cell(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '|' -> out.append("\\|");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r' -> {
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          out.append("<br>");
        }
        case '\n' -> out.append("<br>");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
