package dev.ladder.validator.report;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The console format of FORMAT.md section 3: one line per finding, an indented hint line when there
 * is a hint, and a summary line.
 *
 * <pre>
 * ladder/levels/vp.yaml:14:7: error: VP of Engineering (rank 5) drops ... [expectation-containment]
 *     hint: did you mean 'external-communication' ...
 * ladder: 1 error, 0 warnings, 0 infos in 12 files
 * </pre>
 *
 * <p>A line break inside a message or hint becomes a space, so that one finding stays one line
 * (plus its hint line) for anything that reads the log line by line.
 */
public final class TextReport {
  /**
   * What ends the line of a finding that is unchanged from the base it was compared with (the
   * ratchet of FORMAT.md section 5): it is reported, but does not fail the build.
   */
  public static final String UNCHANGED = " (unchanged from base)";

  /** What starts a hint line: four spaces, then {@code hint: }. */
  public static final String HINT_PREFIX = "    hint: ";

  private TextReport() {}

  /**
   * The one-line form of a finding: {@code file:line:col: severity: message [rule-id]}, followed by
   * {@link #UNCHANGED} for a finding unchanged from a base.
   *
   * <pre>{@code
   * log.error(TextReport.line(diagnostic));
   * }</pre>
   */
  public static String line(Diagnostic d) {
    return d.file()
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().label()
        + ": "
        + oneLine(d.message())
        + " ["
        + d.rule()
        + "]"
        + (d.unchanged() ? UNCHANGED : "");
  }

  /** The hint line of a finding, {@code " hint: ..."}, when it has a hint. */
  public static Optional<String> hintLine(Diagnostic d) {
    return d.hint().map(hint -> HINT_PREFIX + oneLine(hint));
  }

  /**
   * The summary line: {@code ladder: 1 error, 0 warnings, 0 infos in 12 files} ("1 file" for one).
   */
  public static String summary(ValidationResult result) {
    return "ladder: "
        + counted(result.errors(), "error", "errors")
        + ", "
        + counted(result.warnings(), "warning", "warnings")
        + ", "
        + counted(result.infos(), "info", "infos")
        + " in "
        + counted(result.files(), "file", "files")
        + result.baseline().map(b -> baseline(result, b)).orElse("");
  }

  /** {@code ; 2 unchanged from origin/main, 1 new, 1 fixed}, after the summary of a ratchet. */
  private static String baseline(ValidationResult result, ValidationResult.Baseline base) {
    long unchanged = result.unchanged();
    return "; "
        + unchanged
        + " unchanged from "
        + base.base()
        + ", "
        + (result.diagnostics().size() - unchanged)
        + " new, "
        + base.fixed().size()
        + " fixed";
  }

  static void write(ValidationResult result, Writer out) throws IOException {
    for (Diagnostic d : result.diagnostics()) {
      out.write(line(d));
      out.write('\n');
      Optional<String> hint = hintLine(d);
      if (hint.isPresent()) {
        out.write(hint.get());
        out.write('\n');
      }
    }
    out.write(summary(result));
    out.write('\n');
  }

  static String counted(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
