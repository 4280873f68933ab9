package dev.ladder.maven;

import dev.ladder.site.SiteOptions;
import dev.ladder.site.SiteRun;
import dev.ladder.validator.ConfigurationException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the ladder as a static website (FORMAT.md section 6) into {@code siteDirectory}: an
 * overview, a page per level, per step up and per track, readable from {@code file://} and from any
 * static host. A ladder with findings still gets its site, with its findings on the index; they
 * never fail this goal ({@code ladder:validate} gates on them).
 *
 * <pre>{@code
 * mvn ladder:site -Dladder.site.drafts=true
 * }</pre>
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractLadderMojo {
  /** Where the site goes; {@code index.html} is its first page. */
  @Parameter(
      property = "ladder.siteDirectory",
      defaultValue = "${project.build.directory}/ladder/site")
  private File siteDirectory;

  /** Shows each level's compensation bands; off by default, as not every reader is to see pay. */
  @Parameter(property = "ladder.site.compensation", defaultValue = "false")
  private boolean includeCompensation;

  /** Shows the levels whose {@code status} is {@code draft}. */
  @Parameter(property = "ladder.site.drafts", defaultValue = "false")
  private boolean includeDrafts;

  @Override
  void run() throws MojoExecutionException {
    try {
      SiteRun.build(
          config().build(),
          SiteOptions.defaults().withCompensation(includeCompensation).withDrafts(includeDrafts),
          siteDirectory.toPath());
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }
}
