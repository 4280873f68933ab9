package dev.ladder.cli;

import dev.ladder.site.SiteOptions;
import dev.ladder.site.SiteRun;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.RunConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ladder site}: the ladder as a static website, the same bytes as the plugin's {@code
 * ladder:site}. Never fails on findings: they are listed on the site's index.
 *
 * <pre>
 * ladder site
 * ladder site ladder --out public --include-drafts
 * </pre>
 */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Writes the ladder as a static website: an overview, a page per level, per step up and",
      "per track. Opens from file:// and from any static host."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the site was written", "2:a usage or configuration error"})
final class SiteCommand implements Callable<Integer> {
  @ParentCommand LadderCli cli;

  @Mixin LadderDirectory ladder;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where the site goes. Default: target/ladder/site beside the ladder root.")
  Path out;

  @Option(
      names = "--include-compensation",
      description = "Show each level's compensation bands (left out by default).")
  boolean includeCompensation;

  @Option(
      names = "--include-drafts",
      description = "Show the levels whose status is draft (left out by default).")
  boolean includeDrafts;

  @Override
  public Integer call() {
    RunConfig config =
        RunConfig.builder(ladder.directory)
            .toolVersion(Version.current())
            .environment(cli.terminal().environment())
            .console(Console.printing(cli.terminal().out()))
            .build();
    SiteRun.build(
        config,
        SiteOptions.defaults().withCompensation(includeCompensation).withDrafts(includeDrafts),
        out != null ? out : config.reportDirectory().resolve("site"));
    return LadderCli.PASSED;
  }
}
