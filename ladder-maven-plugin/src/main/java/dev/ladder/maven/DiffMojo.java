package dev.ladder.maven;

import dev.ladder.validator.run.Base;
import dev.ladder.validator.run.DiffConfig;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what the ladder changes against a base, for pull-request review: each added, removed or
 * changed level with its changes (own, or inherited through {@code extends}), and the findings the
 * change adds, fixes and leaves unchanged. Writes {@code ladder-diff.json} and {@code
 * ladder-diff.md} (a pull-request comment) and prints the text on the log; never fails on findings.
 *
 * <pre>{@code
 * mvn ladder:diff -Dladder.baseRef=origin/main
 * mvn ladder:diff -Dladder.baseDirectory=../ladder-main
 * }</pre>
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractLadderMojo {
  /**
   * The base as a git revision ({@code origin/main}, a tag, a commit id), read from the repository
   * that holds the ladder. In CI, fetch it first: a shallow clone lacks it.
   */
  @Parameter(property = "ladder.baseRef")
  private String baseRef;

  /**
   * The base as a folder: a checkout of the base (holding {@code ladder/} as the project does) or
   * the base's ladder root itself.
   */
  @Parameter(property = "ladder.baseDirectory")
  private File baseDirectory;

  /** Comma list of {@code text} (the build log), {@code json} and {@code markdown}. */
  @Parameter(property = "ladder.formats", defaultValue = "text,json,markdown")
  private String formats;

  /** Where {@code ladder-diff.json} and {@code ladder-diff.md} go. */
  @Parameter(
      property = "ladder.reportDirectory",
      defaultValue = "${project.build.directory}/ladder")
  private File reportDirectory;

  @Override
  void run() throws MojoExecutionException {
    boolean ref = baseRef != null && !baseRef.isBlank();
    if (ref && baseDirectory != null) {
      throw new MojoExecutionException(
          "ladder:diff takes one base, but both baseRef and baseDirectory are set; keep one");
    }
    if (!ref && baseDirectory == null) {
      throw new MojoExecutionException(
          "ladder:diff needs a base: set baseRef (-Dladder.baseRef=origin/main) or baseDirectory"
              + " (-Dladder.baseDirectory=path)");
    }
    Base base = ref ? Base.revision(baseRef) : Base.folder(baseDirectory.toPath());
    MavenConsole.diff(
        new DiffConfig(
            config().reportDirectory(reportDirectory.toPath()).formats(formats).build(), base));
  }
}
