package dev.ladder.validator.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report formats of FORMAT.md section 3. {@code text} and {@code github} go to the console; the
 * others are files in the report directory.
 *
 * <pre>{@code
 * ReportFormat format = ReportFormat.parse(name).orElseThrow(() -> new ConfigurationException(
 *     "unknown report format '" + name + "'; known formats: " + ReportFormat.names()));
 * }</pre>
 */
public enum ReportFormat {
  TEXT(""),
  JSON("ladder-report.json"),
  SARIF("ladder-report.sarif"),
  JUNIT("TEST-ladder.xml"),
  MARKDOWN("ladder-report.md"),
  GITHUB("");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The name used in configuration: {@code text}, {@code json}, {@code sarif}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The report file's name in the report directory, or empty for the formats that go to the console
   * ({@code text} and {@code github}).
   */
  public Optional<String> fileName() {
    return fileName.isEmpty() ? Optional.empty() : Optional.of(fileName);
  }

  /** Whether this format goes to the console rather than to a file. */
  public boolean console() {
    return fileName.isEmpty();
  }

  /**
   * The format named {@code name}, ignoring case and surrounding blanks; empty for an unknown or
   * null name, so that the caller can say which names are known ({@link #names()}).
   */
  public static Optional<ReportFormat> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id().equals(wanted)).findFirst();
  }

  /**
   * Every known format name, comma separated: {@code text, json, sarif, junit, markdown, github}.
   */
  public static String names() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }
}
