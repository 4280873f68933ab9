package dev.ladder.maven;

import dev.ladder.model.Severity;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import dev.ladder.validator.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the ladder under {@code ladderDirectory}, prints every finding, writes the chosen
 * reports and fails the build at the {@code failOn} threshold. Skips the work when nothing changed
 * since the last successful run.
 *
 * <pre>{@code
 * mvn ladder:validate -Dladder.failOn=warning -Dladder.formats=text,sarif
 * }</pre>
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {
  /** The ladder root: the folder that holds {@code ladder.yaml} and {@code levels/}. */
  @Parameter(property = "ladder.directory", defaultValue = "${project.basedir}/ladder")
  private File ladderDirectory;

  /**
   * The least severe finding that fails the build: {@code error}, {@code warning}, {@code info}, or
   * {@code none} to report without ever failing.
   */
  @Parameter(property = "ladder.failOn", defaultValue = "error")
  private String failOn;

  /**
   * Comma list of reports: {@code text} (the build log), {@code json}, {@code sarif}, {@code
   * junit}, {@code markdown} (files in {@code reportDirectory}) and {@code github} (workflow
   * annotations on the console).
   */
  @Parameter(property = "ladder.formats", defaultValue = "text")
  private String formats;

  /**
   * Where report files go: {@code ladder-report.json}, {@code ladder-report.sarif}, {@code
   * TEST-ladder.xml}, {@code ladder-report.md}.
   */
  @Parameter(
      property = "ladder.reportDirectory",
      defaultValue = "${project.build.directory}/ladder")
  private File reportDirectory;

  /**
   * Severity per rule id ({@code error}, {@code warning}, {@code info} or {@code off}); wins over
   * {@code rules:} in ladder.yaml. Example: {@code <rules><near-duplicate>off</near-duplicate>}.
   */
  @Parameter private Map<String, String> rules;

  /** Skips validation. */
  @Parameter(property = "ladder.skip", defaultValue = "false")
  private boolean skip;

  /**
   * GitHub workflow annotations on the console: {@code auto} (on when {@code GITHUB_ACTIONS=true}),
   * {@code true} or {@code false}. The {@code github} format turns them on too.
   */
  @Parameter(property = "ladder.github", defaultValue = "auto")
  private String githubAnnotations;

  /** Validates even when nothing changed since the last successful run. */
  @Parameter(property = "ladder.force", defaultValue = "false")
  private boolean force;

  /** Diagnostics' paths are relative to it, so they read the same on every machine. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /** Holds the up-to-date index, {@code ladder/ladder-index.properties}. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /** Names the tool in reports and is part of the up-to-date fingerprint. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  private String pluginVersion;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ladder: skipped");
      return;
    }
    Map<String, String> severities = new TreeMap<>();
    if (rules != null) {
      // an empty element (<near-duplicate/>) arrives as null: let the validator name it
      rules.forEach((rule, severity) -> severities.put(rule, severity == null ? "" : severity));
    }
    try {
      ReportSettings reports = ReportSettings.parse(formats, githubAnnotations, System::getenv);
      FailOn threshold = FailOn.parse(failOn);
      Validator validator = Validator.builder().severities(severities).build();
      Path root = ladderDirectory.toPath();
      UpToDateIndex index =
          new UpToDateIndex(buildDirectory.toPath().resolve("ladder/ladder-index.properties"));
      Optional<UpToDateIndex.Fingerprint> now =
          UpToDateIndex.fingerprint(
              root,
              String.join(
                  "|",
                  UpToDateIndex.codeVersion(
                      pluginVersion, ValidateMojo.class, Validator.class, Severity.class),
                  root.toAbsolutePath().toString(),
                  baseDirectory.getAbsolutePath(),
                  reportDirectory.getAbsolutePath(),
                  threshold.label(),
                  reports.toString(),
                  severities.toString()));
      if (!force
          && now.isPresent()
          && index.matches(now.get())
          && reports.reportsExist(reportDirectory.toPath())) {
        getLog().info("ladder: up to date (" + now.get().files() + " files), nothing to do");
        return;
      }
      index.forget();
      ValidationResult result = validator.validate(root, baseDirectory.toPath());
      log(result, reports);
      reports.write(
          result, severities, pluginVersion, baseDirectory.toPath(), reportDirectory.toPath());
      if (threshold.failedBy(result)) {
        throw new MojoFailureException(threshold.message(result));
      }
      if (now.isPresent()) {
        index.record(now.get());
      }
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(
          "ladder: cannot write the reports or the up-to-date index: " + e.getMessage());
    }
  }

  /** The text format, each finding at its own log level; the summary even without it. */
  private void log(ValidationResult result, ReportSettings reports) {
    if (reports.text()) {
      for (Diagnostic d : result.diagnostics()) {
        Consumer<String> log = logAt(d.severity());
        log.accept(TextReport.line(d));
        TextReport.hintLine(d).ifPresent(log);
      }
    }
    getLog().info(TextReport.summary(result));
  }

  private Consumer<String> logAt(Severity severity) {
    return switch (severity) {
      case ERROR -> getLog()::error;
      case WARNING -> getLog()::warn;
      case INFO -> getLog()::info;
    };
  }
}
