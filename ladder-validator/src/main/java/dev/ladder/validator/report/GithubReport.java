package dev.ladder.validator.report;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations on the
 * pull request's diff:
 *
 * <pre>
 * ::error file=ladder/levels/vp.yaml,line=14,col=7,title=expectation-containment::VP of Engineering ...
 * </pre>
 *
 * <p>{@code warning} stays {@code ::warning}, {@code info} becomes {@code ::notice}. Values are
 * escaped as GitHub's own toolkit ({@code @actions/core}) escapes them: {@code %}, CR and LF in the
 * message; also {@code :} and {@code ,} in properties. The hint follows the message on a new line.
 */
public final class GithubReport {
  private GithubReport() {}

  /** The workflow command for one finding. */
  public static String line(Diagnostic d, ReportContext context) {
    String command =
        switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
    return "::"
        + command
        + " file="
        + escapeProperty(context.repositoryPath(d.file()))
        + ",line="
        + d.line()
        + ",col="
        + d.column()
        + ",title="
        + escapeProperty(d.rule())
        + "::"
        + escapeData(d.message() + d.hint().map(h -> "\nhint: " + h).orElse(""));
  }

  /** How many annotations of one kind (errors, warnings, notices) GitHub shows for a step. */
  public static final int ANNOTATIONS_PER_KIND = 10;

  /**
   * The line that says GitHub will not show every annotation, when more than {@value
   * #ANNOTATIONS_PER_KIND} findings of one kind exist: {@code ladder: 14 errors, but GitHub shows
   * 10 annotations of each kind in a step}.
   */
  public static Optional<String> overCap(ValidationResult result) {
    List<String> over = new ArrayList<>();
    if (result.errors() > ANNOTATIONS_PER_KIND) {
      over.add(TextReport.counted(result.errors(), "error", "errors"));
    }
    if (result.warnings() > ANNOTATIONS_PER_KIND) {
      over.add(TextReport.counted(result.warnings(), "warning", "warnings"));
    }
    if (result.infos() > ANNOTATIONS_PER_KIND) {
      over.add(TextReport.counted(result.infos(), "info", "infos"));
    }
    if (over.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "ladder: "
            + String.join(", ", over)
            + ", but GitHub shows at most "
            + ANNOTATIONS_PER_KIND
            + " annotations of each kind in a step");
  }

  static void write(ValidationResult result, ReportContext context, Writer out) throws IOException {
    for (Diagnostic d : result.diagnostics()) {
      out.write(line(d, context));
      out.write('\n');
    }
  }

  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
