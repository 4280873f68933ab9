package dev.ladder.validator.report;

import dev.ladder.validator.LadderDiff;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The changes report of FORMAT.md section 5, in its three formats: {@code text} (the console),
 * {@code json} ({@code ladder-diff.json}) and {@code markdown} ({@code ladder-diff.md}, a
 * pull-request comment). UTF-8 with '\n' line ends; the same diff and context give the same bytes.
 *
 * <pre>{@code
 * DiffReports.writeFile(ReportFormat.MARKDOWN, diff, context, Path.of("target/ladder"));
 * }</pre>
 */
public final class DiffReports {
  /** The formats a changes report is written in. */
  public static final Set<ReportFormat> FORMATS =
      Set.copyOf(EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN));

  private DiffReports() {}

  /** The report file's name: {@code ladder-diff.json}, {@code ladder-diff.md}; none for text. */
  public static Optional<String> fileName(ReportFormat format) {
    return switch (format) {
      case JSON -> Optional.of("ladder-diff.json");
      case MARKDOWN -> Optional.of("ladder-diff.md");
      default -> Optional.empty();
    };
  }

  /**
   * Writes the report to {@code out}, flushes and leaves it open.
   *
   * @throws IllegalArgumentException for a format not in {@link #FORMATS}
   */
  public static void write(ReportFormat format, LadderDiff diff, ReportContext context, Writer out)
      throws IOException {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(context, "context");
    switch (format) {
      case TEXT -> DiffTextReport.write(diff, out);
      case JSON -> DiffJsonReport.write(diff, out);
      case MARKDOWN -> DiffMarkdownReport.write(diff, context, out);
      default ->
          throw new IllegalArgumentException("a changes report has no " + format.id() + " format");
    }
    out.flush();
  }

  /** The report as a string. */
  public static String toString(ReportFormat format, LadderDiff diff, ReportContext context) {
    StringWriter out = new StringWriter();
    try {
      write(format, diff, context, out);
    } catch (IOException e) {
      // A StringWriter never fails.
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /**
   * Writes a file format's report to its {@link #fileName} in {@code directory}, making the
   * directory when needed; empty for {@code text}, which goes to the console.
   */
  public static Optional<Path> writeFile(
      ReportFormat format, LadderDiff diff, ReportContext context, Path directory)
      throws IOException {
    Optional<String> name = fileName(format);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(directory);
    Path file = directory.resolve(name.get());
    try (OutputStream out = Files.newOutputStream(file)) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      write(format, diff, context, writer);
    }
    return Optional.of(file);
  }
}
