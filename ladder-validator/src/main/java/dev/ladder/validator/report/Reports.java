package dev.ladder.validator.report;

import dev.ladder.validator.ValidationResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point for writing reports, in every format of FORMAT.md section 3, UTF-8 with '\n'
 * line ends. The same result and context give the same bytes.
 *
 * <pre>{@code
 * ReportContext context = ReportContext.builder(ToolInfo.ladder("0.1.0")).build();
 * for (ReportFormat format : formats) {
 *   if (format.console()) {
 *     System.out.print(Reports.toString(format, result, context));
 *   } else {
 *     Reports.writeFile(format, result, context, reportDirectory);
 *   }
 * }
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** Writes the report to {@code out}, flushes and leaves it open. */
  public static void write(
      ReportFormat format, ValidationResult result, ReportContext context, Writer out)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(context, "context");
    switch (format) {
      case TEXT -> TextReport.write(result, out);
      case JSON -> JsonReport.write(result, out);
      case SARIF -> SarifReport.write(result, context, out);
      case JUNIT -> JunitReport.write(result, context, out);
      case MARKDOWN -> MarkdownReport.write(result, context, out);
      case GITHUB -> GithubReport.write(result, context, out);
    }
    out.flush();
  }

  /** Writes the report to {@code out} in UTF-8, flushes and leaves it open. */
  public static void write(
      ReportFormat format, ValidationResult result, ReportContext context, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(format, result, context, writer);
  }

  /** The report as a string. */
  public static String toString(
      ReportFormat format, ValidationResult result, ReportContext context) {
    StringWriter out = new StringWriter();
    try {
      write(format, result, context, out);
    } catch (IOException e) {
      // A StringWriter never fails.
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /**
   * Writes a file format's report to {@link ReportFormat#fileName()} in {@code directory}, making
   * the directory when needed, and returns the file; empty for a console format, which writes
   * nothing.
   */
  public static Optional<Path> writeFile(
      ReportFormat format, ValidationResult result, ReportContext context, Path directory)
      throws IOException {
    Optional<String> name = format.fileName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(directory);
    Path file = directory.resolve(name.get());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(format, result, context, out);
    }
    return Optional.of(file);
  }
}
