package dev.ladder.maven;

import dev.ladder.model.Severity;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.DiffConfig;
import dev.ladder.validator.run.DiffOutcome;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import dev.ladder.validator.run.RunOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The build log as a run's console, each finding at its own log level, and the run's verdict as
 * Maven's: a configuration error fails the goal as an execution error, findings at the threshold as
 * a failed check.
 */
final class MavenConsole implements Console {
  private final Log log;

  MavenConsole(Log log) {
    this.log = log;
  }

  @Override
  public void finding(Severity severity, String line) {
    switch (severity) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> log.info(line);
    }
  }

  @Override
  public void info(String line) {
    log.info(line);
  }

  @Override
  public void command(String line) {
    // Straight to stdout: the runner reads workflow commands only at the start of a line, where a
    // logger would put its level.
    System.out.print(line + "\n");
    System.out.flush();
  }

  /** Runs {@code config}, and turns its outcome into Maven's. */
  static RunOutcome exit(RunConfig config) throws MojoExecutionException, MojoFailureException {
    RunOutcome outcome;
    try {
      outcome = LadderRun.run(config);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(
          "ladder: cannot write the reports or the up-to-date index: " + e.getMessage());
    }
    if (outcome.failed()) {
      throw new MojoFailureException(outcome.failure().orElseThrow());
    }
    return outcome;
  }

  /** Runs the diff of {@code config}, and turns a configuration error into Maven's. */
  static DiffOutcome diff(DiffConfig config) throws MojoExecutionException {
    try {
      return LadderRun.diff(config);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("ladder: cannot write the diff reports: " + e.getMessage());
    }
  }
}
