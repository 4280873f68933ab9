package dev.ladder.site;

import dev.ladder.model.Severity;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site as a front end builds it ({@code ladder:site}, {@code ladder site}): the ladder read and
 * validated with the run's rules ({@link LadderRun#check}), rendered into {@code outDir}, and one
 * line on the run's console saying where the site is and what findings it lists. Findings never
 * fail it: a ladder with findings still gets its site, with them on the index.
 *
 * <pre>{@code
 * SiteResult site = SiteRun.build(
 *     RunConfig.builder(Path.of("ladder")).build(), SiteOptions.defaults(), Path.of("target/site"));
 * }</pre>
 */
public final class SiteRun {
  private SiteRun() {}

  /**
   * Reads, validates and renders the ladder of {@code config}.
   *
   * @throws ConfigurationException on a setting that is not known, a ladder root that is not a
   *     folder, a site folder that holds a ladder, or a site that cannot be written
   */
  public static SiteResult build(RunConfig config, SiteOptions options, Path outDir) {
    LadderRun.Checked checked = LadderRun.check(config);
    SiteResult site;
    try {
      site = Site.render(checked.read().ladder(), checked.result(), options, outDir);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigurationException(e.getMessage());
    }
    config.console().info(summary(site, checked.result(), config.display(site.index())));
    return site;
  }

  /**
   * {@code ladder: site of 10 levels and 9 steps up in target/ladder/site/index.html; 2 warnings,
   * listed on its index}.
   */
  static String summary(SiteResult site, ValidationResult findings, String where) {
    return String.format(
        Locale.ROOT,
        "ladder: site of %s and %s in %s; %s",
        count(site.levelPages(), "level", "levels"),
        count(site.comparePages(), "step up", "steps up"),
        where,
        findings(findings));
  }

  private static String findings(ValidationResult result) {
    List<String> parts = new ArrayList<>();
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    if (errors > 0) {
      parts.add(count(errors, "error", "errors"));
    }
    if (warnings > 0) {
      parts.add(count(warnings, "warning", "warnings"));
    }
    if (infos > 0) {
      parts.add(count(infos, "info", "infos"));
    }
    return parts.isEmpty() ? "no findings" : String.join(", ", parts) + ", listed on its index";
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
