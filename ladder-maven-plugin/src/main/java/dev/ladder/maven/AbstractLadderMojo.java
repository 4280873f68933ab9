package dev.ladder.maven;

import dev.ladder.validator.run.RunConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal of the plugin shares: the ladder, its rules, and the run's plain settings. */
abstract class AbstractLadderMojo extends AbstractMojo {
  /** The ladder root: the folder that holds {@code ladder.yaml} and {@code levels/}. */
  @Parameter(property = "ladder.directory", defaultValue = "${project.basedir}/ladder")
  File ladderDirectory;

  /**
   * Severity per rule id ({@code error}, {@code warning}, {@code info} or {@code off}); wins over
   * {@code rules:} in ladder.yaml. Example: {@code <rules><near-duplicate>off</near-duplicate>}.
   */
  @Parameter Map<String, String> rules;

  /** Skips the goal. */
  @Parameter(property = "ladder.skip", defaultValue = "false")
  boolean skip;

  /** Diagnostics' paths are relative to it, so they read the same on every machine. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File projectDirectory;

  /** Holds the up-to-date index, {@code ladder/ladder-index.properties}. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** Names the tool in reports and is part of the up-to-date fingerprint. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  String pluginVersion;

  /** The plugin's jars and its dependencies (rule jars among them): the code that checks. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  List<Artifact> pluginArtifacts;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ladder: skipped");
      return;
    }
    run();
  }

  /** Does the goal's work; {@code skip} is handled. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** A run of the ladder with the settings every goal shares. */
  RunConfig.Builder config() {
    return RunConfig.builder(ladderDirectory.toPath())
        .baseDirectory(projectDirectory.toPath())
        .rules(rules)
        .toolVersion(pluginVersion)
        .codeJars(
            pluginArtifacts == null
                ? List.of()
                : pluginArtifacts.stream()
                    .map(Artifact::getFile)
                    .filter(Objects::nonNull)
                    .map(File::toPath)
                    .toList())
        .console(new MavenConsole(getLog()));
  }

  /** Where the goal's files go below the build folder. */
  Path buildPath(String first, String... more) {
    return buildDirectory.toPath().resolve(Path.of(first, more));
  }
}
