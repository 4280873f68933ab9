package dev.ladder.validator.run;

import dev.ladder.model.LadderChanges;
import dev.ladder.model.Severity;
import dev.ladder.model.read.LadderSnapshot;
import dev.ladder.model.read.ReadResult;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.FindingChanges;
import dev.ladder.validator.LadderDiff;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import dev.ladder.validator.report.DiffReports;
import dev.ladder.validator.report.DiffTextReport;
import dev.ladder.validator.report.GithubReport;
import dev.ladder.validator.report.ReportContext;
import dev.ladder.validator.report.ReportFormat;
import dev.ladder.validator.report.Reports;
import dev.ladder.validator.report.TextReport;
import dev.ladder.validator.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The one run every front end makes (the Maven goals, the command line): resolve the settings, skip
 * a ladder that is up to date, read and validate it, print the text format, write every report, and
 * decide pass or fail. Knows nothing of Maven; a front end turns its parameters into a {@link
 * RunConfig} and the {@link RunOutcome} into its own exit.
 *
 * <pre>{@code
 * RunOutcome outcome = LadderRun.run(RunConfig.builder(Path.of("ladder")).failOn("warning").build());
 * if (outcome.failed()) {
 *   System.err.println(outcome.failure().orElseThrow());
 *   System.exit(1);
 * }
 * }</pre>
 */
public final class LadderRun {
  private LadderRun() {}

  /**
   * Runs {@code config}.
   *
   * @throws ConfigurationException on a setting that is not known, or a ladder root that is not a
   *     folder: one sentence for the user
   * @throws IOException when a report or the up-to-date index cannot be written
   */
  public static RunOutcome run(RunConfig config) throws IOException {
    Resolved run = resolve(config);
    LadderSnapshot snapshot =
        run.validator().snapshot(Validator.ladderRoot(config.ladderDirectory()));
    Optional<Base> ratchet = config.ratchetBase();
    Optional<CompletableFuture<ReadResult>> baseReading =
        ratchet.map(
            b ->
                BaseLadder.startReading(
                    b, config.ladderDirectory(), run.displayPrefix(), run.validator()));
    // A ratchet's base can move (origin/main gains commits) while the ladder stays: never skip.
    Optional<UpToDateIndex> index =
        config.ratchetFrom().isPresent()
            ? Optional.empty()
            : config.indexFile().map(UpToDateIndex::new);
    UpToDateIndex.Fingerprint now = UpToDateIndex.fingerprint(snapshot, run.settings());
    if (index.isPresent()
        && !config.force()
        && index.get().matches(now)
        && run.reports().reportsExist(config.reportDirectory())) {
      config.console().info("ladder: up to date (" + now.files() + " files), nothing to do");
      return new RunOutcome(
          RunOutcome.Verdict.UP_TO_DATE,
          Optional.empty(),
          Optional.empty(),
          now.files(),
          List.of(),
          Optional.empty());
    }
    if (index.isPresent()) {
      index.get().forget();
    }
    ReadResult read = run.validator().reader().read(snapshot);
    ValidationResult result = run.validator().check(read, run.displayPrefix());
    if (ratchet.isPresent()) {
      BaseLadder.Checked base =
          BaseLadder.check(
              baseReading.orElseThrow(),
              run.displayPrefix(),
              config.rules(),
              result,
              validatorBuilder(config));
      result = result.withBaseline(ratchet.get().value(), base.result());
    }
    print(result, run.reports(), config.console());
    List<Path> written = write(result, run, config);
    if (run.failOn().failedBy(result)) {
      return new RunOutcome(
          RunOutcome.Verdict.FAILED,
          Optional.of(result),
          Optional.of(read.ladder()),
          result.files(),
          written,
          Optional.of(run.failOn().message(result)));
    }
    if (index.isPresent()) {
      index.get().record(now);
    }
    return new RunOutcome(
        RunOutcome.Verdict.PASSED,
        Optional.of(result),
        Optional.of(read.ladder()),
        result.files(),
        written,
        Optional.empty());
  }

  /**
   * The ladder read and validated with {@code config}'s rules, and nothing else: no index, no
   * reports, no verdict. For front ends that render the ladder (a site, a spreadsheet), which show
   * its findings but do not gate on them.
   *
   * @throws ConfigurationException as {@link #run}
   */
  public static Checked check(RunConfig config) {
    Resolved run = resolve(config);
    ReadResult read =
        run.validator()
            .reader()
            .read(run.validator().snapshot(Validator.ladderRoot(config.ladderDirectory())));
    return new Checked(read, run.validator().check(read, run.displayPrefix()));
  }

  /** A ladder as read, with its validation. */
  public record Checked(ReadResult read, ValidationResult result) {}

  /**
   * The changes between a base and the ladder (FORMAT.md section 5): reads and validates both, with
   * the same rules, compares their levels ({@link LadderChanges}) and their findings ({@link
   * FindingChanges}), prints the text report when {@code text} is among the formats, and writes
   * {@code ladder-diff.json} and {@code ladder-diff.md}. The head is validated in full whatever the
   * base holds; a base that does not parse gives what could be read. Findings never fail it.
   *
   * <pre>{@code
   * DiffOutcome outcome = LadderRun.diff(new DiffConfig(
   *     RunConfig.builder(Path.of("ladder")).formats("text,json,markdown").build(),
   *     Base.revision("origin/main")));
   * System.out.println(outcome.diff().findings().added().size() + " new findings");
   * }</pre>
   *
   * @throws ConfigurationException on a setting that is not known, a format a diff does not write,
   *     a ladder root that is not a folder, or a base that cannot be read (a revision that is not
   *     in the repository: the sentence names the fix)
   * @throws IOException when a report cannot be written
   */
  public static DiffOutcome diff(DiffConfig config) throws IOException {
    RunConfig run = config.run();
    Set<ReportFormat> formats = diffFormats(run.formats());
    Resolved resolved = resolve(run);
    // The base is read while the head is.
    CompletableFuture<ReadResult> baseReading =
        BaseLadder.startReading(
            config.base(), run.ladderDirectory(), resolved.displayPrefix(), resolved.validator());
    ReadResult read =
        resolved
            .validator()
            .reader()
            .read(resolved.validator().snapshot(Validator.ladderRoot(run.ladderDirectory())));
    ValidationResult head = resolved.validator().check(read, resolved.displayPrefix());
    BaseLadder.Checked base =
        BaseLadder.check(
            baseReading, resolved.displayPrefix(), run.rules(), head, validatorBuilder(run));
    LadderDiff diff =
        LadderDiff.of(
            config.base().value(),
            LadderDiff.WORKING_TREE,
            LadderChanges.between(base.read().ladder(), read.ladder()),
            base.result(),
            head);
    if (formats.contains(ReportFormat.TEXT)) {
      for (DiffTextReport.Line line : DiffTextReport.lines(diff)) {
        if (line.severity().isPresent()) {
          run.console().finding(line.severity().get(), line.text());
        } else {
          run.console().info(line.text());
        }
      }
    } else {
      run.console().info(DiffTextReport.summary(diff));
    }
    ReportContext context = reportContext(run, resolved);
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        DiffReports.writeFile(format, diff, context, run.reportDirectory()).ifPresent(written::add);
      }
    }
    return new DiffOutcome(diff, written);
  }

  private static Set<ReportFormat> diffFormats(String formats) {
    Set<ReportFormat> chosen = ReportSettings.parse(formats, "false", name -> null).formats();
    for (ReportFormat format : chosen) {
      if (!DiffReports.FORMATS.contains(format)) {
        throw new ConfigurationException(
            "the diff writes no "
                + format.id()
                + " report; use a comma list of: text, json, markdown");
      }
    }
    return chosen;
  }

  /** The settings of a run, parsed once, in the order a user would fix them. */
  private record Resolved(
      ReportSettings reports,
      FailOn failOn,
      Validator validator,
      String displayPrefix,
      String repositoryPrefix,
      String settings) {}

  private static Resolved resolve(RunConfig config) {
    ReportSettings reports =
        ReportSettings.parse(config.formats(), config.githubAnnotations(), config.environment());
    FailOn failOn = FailOn.parse(config.failOn());
    Validator validator = validatorBuilder(config).severities(config.rules()).build();
    Path base = config.baseDirectory().toAbsolutePath().normalize();
    String code =
        UpToDateIndex.withJars(
            UpToDateIndex.codeVersion(config.toolVersion(), RunConfig.libraryClasses()),
            config.codeJars());
    String settings =
        String.join(
            "|",
            code,
            config.ladderDirectory().toAbsolutePath().toString(),
            base.toString(),
            config.reportDirectory().toAbsolutePath().toString(),
            failOn.label(),
            reports.toString(),
            config.rules().toString());
    return new Resolved(
        reports,
        failOn,
        validator,
        Validator.displayPrefix(config.ladderDirectory(), base),
        repositoryPrefix(base),
        settings);
  }

  /** A validator builder with the run's rule loader, and no severities yet. */
  private static Validator.Builder validatorBuilder(RunConfig config) {
    Validator.Builder builder = Validator.builder();
    config.ruleLoader().ifPresent(builder::ruleLoader);
    return builder;
  }

  /** The text format, each line at the severity of its finding; the summary even without it. */
  private static void print(ValidationResult result, ReportSettings reports, Console console) {
    if (reports.text()) {
      for (Diagnostic d : result.diagnostics()) {
        Severity severity = d.severity();
        console.finding(severity, TextReport.line(d));
        TextReport.hintLine(d).ifPresent(hint -> console.finding(severity, hint));
      }
    }
    console.info(TextReport.summary(result));
  }

  private static List<Path> write(ValidationResult result, Resolved run, RunConfig config)
      throws IOException {
    ReportContext context = reportContext(config, run);
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (run.reports().formats().contains(format)) {
        Reports.writeFile(format, result, context, config.reportDirectory())
            .ifPresent(written::add);
      }
    }
    if (run.reports().github()) {
      annotate(result, context, config);
    }
    return written;
  }

  private static ReportContext reportContext(RunConfig config, Resolved run) {
    return ReportContext.builder(ToolInfo.ladder(config.toolVersion()))
        .pathPrefix(run.repositoryPrefix())
        .fileLinkBase(fileLinkBase(config))
        .build();
  }

  /**
   * GitHub workflow annotations, new findings before those unchanged from a ratchet's base. GitHub
   * shows at most {@value GithubReport#ANNOTATIONS_PER_KIND} of each kind in a step: past that, one
   * line says so, and the markdown report is appended to the job summary when GitHub names its file
   * ({@code GITHUB_STEP_SUMMARY}), so every finding is still one click away.
   */
  private static void annotate(ValidationResult result, ReportContext context, RunConfig config)
      throws IOException {
    List<Diagnostic> ordered = new ArrayList<>(result.diagnostics());
    ordered.sort(Comparator.comparing(Diagnostic::unchanged));
    for (Diagnostic d : ordered) {
      config.console().command(GithubReport.line(d, context));
    }
    Optional<String> over = GithubReport.overCap(result);
    if (over.isEmpty()) {
      return;
    }
    String summary = config.environment().apply("GITHUB_STEP_SUMMARY");
    if (summary != null && !summary.isBlank()) {
      Path file = Path.of(summary);
      String markdown = Reports.toString(ReportFormat.MARKDOWN, result, context);
      Files.writeString(
          file,
          markdown + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      config.console().info(over.get() + "; every finding is in the job summary");
    } else {
      config.console().info(over.get() + "; every finding is in the build log above");
    }
  }

  /**
   * Where {@code base} sits in its git work tree, so that SARIF and annotations carry the
   * repository-relative paths code scanning matches against the diff.
   */
  static String repositoryPrefix(Path base) {
    for (Path dir = base; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir.relativize(base).toString().replace('\\', '/');
      }
    }
    return "";
  }

  /** Links markdown findings to the commit being built, when GitHub Actions says which. */
  private static String fileLinkBase(RunConfig config) {
    String server = config.environment().apply("GITHUB_SERVER_URL");
    String repository = config.environment().apply("GITHUB_REPOSITORY");
    String sha = config.environment().apply("GITHUB_SHA");
    if (server == null || repository == null || sha == null) {
      return "";
    }
    return server + "/" + repository + "/blob/" + sha + "/";
  }
}
