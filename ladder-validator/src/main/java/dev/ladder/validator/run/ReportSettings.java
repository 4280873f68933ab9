package dev.ladder.validator.run;

import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Which reports one run produces, parsed from a front end's string parameters.
 *
 * <pre>{@code
 * ReportSettings settings = ReportSettings.parse("text,sarif", "auto", System::getenv);
 * settings.text(); // true: the text format goes to the console
 * }</pre>
 */
public record ReportSettings(Set<ReportFormat> formats) {
  public ReportSettings {
    formats = Set.copyOf(formats);
  }

  /**
   * Parses a comma list of formats; {@code github} is added when {@code githubAnnotations} is
   * {@code true}, or {@code auto} and the build runs in GitHub Actions.
   *
   * @throws ConfigurationException on an unknown format or annotation switch
   */
  public static ReportSettings parse(
      String formats, String githubAnnotations, UnaryOperator<String> environment) {
    Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
    for (String name : (formats == null ? "" : formats).split(",", -1)) {
      if (name.isBlank()) {
        continue; // a trailing comma is harmless
      }
      chosen.add(
          ReportFormat.parse(name)
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "unknown report format '"
                              + name.strip()
                              + "' in formats; use a comma list of: "
                              + ReportFormat.names())));
    }
    String github = githubAnnotations == null ? "auto" : githubAnnotations.strip();
    boolean annotations =
        switch (github) {
          case "true" -> true;
          case "false" -> false;
          case "auto" -> "true".equals(environment.apply("GITHUB_ACTIONS"));
          default ->
              throw new ConfigurationException(
                  "unknown value '" + github + "' for githubAnnotations; use auto, true or false");
        };
    if (annotations) {
      chosen.add(ReportFormat.GITHUB);
    }
    return new ReportSettings(chosen);
  }

  /** Whether the text format goes to the console. */
  public boolean text() {
    return formats.contains(ReportFormat.TEXT);
  }

  /** Whether GitHub workflow annotations go to the console. */
  public boolean github() {
    return formats.contains(ReportFormat.GITHUB);
  }

  /** Whether every report file of the chosen formats is in {@code directory}. */
  public boolean reportsExist(Path directory) {
    return formats.stream()
        .flatMap(f -> f.fileName().stream())
        .allMatch(name -> Files.isRegularFile(directory.resolve(name)));
  }

  /** The formats by id, sorted and comma separated: {@code json,sarif,text}. */
  @Override
  public String toString() {
    return formats.stream().map(ReportFormat::id).sorted().collect(Collectors.joining(","));
  }
}
