package dev.ladder.validator.report;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;

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
