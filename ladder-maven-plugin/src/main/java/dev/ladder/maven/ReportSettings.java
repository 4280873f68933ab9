package dev.ladder.maven;

import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import dev.ladder.validator.report.ReportContext;
import dev.ladder.validator.report.ReportFormat;
import dev.ladder.validator.report.Reports;
import dev.ladder.validator.report.ToolInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Which reports one run produces, parsed from the plugin's string parameters, and how they are
 * written. Knows nothing of Maven, so any other front end can reuse it.
 *
 * <pre>{@code
 * ReportSettings settings = ReportSettings.parse("text,sarif", "auto", System::getenv);
 * settings.write(result, Map.of(), "0.1.0", Path.of("."), Path.of("target/ladder"));
 * }</pre>
 */
record ReportSettings(Set<ReportFormat> formats, UnaryOperator<String> environment) {
  ReportSettings {
    formats = Set.copyOf(formats);
  }

  /**
   * Parses a comma list of formats; {@code github} is added when {@code githubAnnotations} is
   * {@code true}, or {@code auto} and the build runs in GitHub Actions.
   *
   * @throws ConfigurationException on an unknown format or annotation switch
   */
  static ReportSettings parse(
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
    return new ReportSettings(chosen, environment);
  }

  boolean text() {
    return formats.contains(ReportFormat.TEXT);
  }

  /** Whether every report file of the chosen formats is in {@code directory}. */
  boolean reportsExist(Path directory) {
    return formats.stream()
        .flatMap(f -> f.fileName().stream())
        .allMatch(name -> Files.isRegularFile(directory.resolve(name)));
  }

  /**
   * Writes the report files and the GitHub annotations; {@code text} is the caller's, which knows
   * its log levels.
   */
  void write(
      ValidationResult result,
      Map<String, String> rules,
      String version,
      Path base,
      Path reportDirectory)
      throws IOException {
    ReportContext context =
        ReportContext.builder(ToolInfo.ladder(version), Validator.rules())
            .pathPrefix(repositoryPrefix(base))
            .fileLinkBase(fileLinkBase())
            .disabledRules(
                rules.entrySet().stream()
                    .filter(e -> "off".equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet()))
            .build();
    for (ReportFormat format : formats) {
      Reports.writeFile(format, result, context, reportDirectory);
    }
    if (formats.contains(ReportFormat.GITHUB)) {
      // Straight to stdout: the runner reads workflow commands only at the start of a line,
      // where a logger would put its level.
      System.out.print(Reports.toString(ReportFormat.GITHUB, result, context));
      System.out.flush();
    }
  }

  @Override
  public String toString() {
    return formats.stream().map(ReportFormat::id).sorted().collect(Collectors.joining(","));
  }

  /**
   * Where {@code base} sits in its git work tree, so that SARIF and annotations carry the
   * repository-relative paths code scanning matches against the diff.
   */
  private static String repositoryPrefix(Path base) {
    Path absolute = base.toAbsolutePath().normalize();
    for (Path dir = absolute; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir.relativize(absolute).toString().replace('\\', '/');
      }
    }
    return "";
  }

  /** Links markdown findings to the commit being built, when GitHub Actions says which. */
  private String fileLinkBase() {
    String server = environment.apply("GITHUB_SERVER_URL");
    String repository = environment.apply("GITHUB_REPOSITORY");
    String sha = environment.apply("GITHUB_SHA");
    if (server == null || repository == null || sha == null) {
      return "";
    }
    return server + "/" + repository + "/blob/" + sha + "/";
  }
}
