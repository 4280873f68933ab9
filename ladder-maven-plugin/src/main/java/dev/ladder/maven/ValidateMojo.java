package dev.ladder.maven;

import java.io.File;
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
public class ValidateMojo extends AbstractLadderMojo {
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
   * GitHub workflow annotations on the console: {@code auto} (on when {@code GITHUB_ACTIONS=true}),
   * {@code true} or {@code false}. The {@code github} format turns them on too.
   */
  @Parameter(property = "ladder.github", defaultValue = "auto")
  private String githubAnnotations;

  /** Validates even when nothing changed since the last successful run. */
  @Parameter(property = "ladder.force", defaultValue = "false")
  private boolean force;

  /**
   * The ratchet, for adopting the plugin on an untidy ladder: a git revision ({@code origin/main})
   * or a folder holding the base's ladder. Findings unchanged from it are still reported, marked
   * {@code (unchanged from base)}, but do not count toward {@code failOn}; new ones do. A value
   * that names an existing folder (relative to the project) is a folder.
   */
  @Parameter(property = "ladder.ratchetFrom")
  private String ratchetFrom;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    MavenConsole.exit(
        config()
            .reportDirectory(reportDirectory.toPath())
            .formats(formats)
            .githubAnnotations(githubAnnotations)
            .failOn(failOn)
            .force(force)
            .ratchetFrom(ratchetFrom)
            .indexFile(buildPath("ladder", "ladder-index.properties"))
            .build());
  }
}
