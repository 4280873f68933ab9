package dev.ladder.validator.run;

import dev.ladder.model.LadderChanges;
import dev.ladder.model.Severity;
import dev.ladder.model.read.LadderSnapshot;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.ReadMemo;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

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
  /** A ladder of two small files, read only to load what every read needs. */
  private static final Map<String, byte[]> SMALL_LADDER =
      Map.of(
          "ladder.yaml",
          bytes(
              "ladderFormat: 1\nid: prepare\nname: Prepare\n"
                  + "tracks:\n  - id: t\n    name: Track\n"
                  + "dimensions:\n  - id: d\n    name: Dimension\n"),
          "levels/l.yaml",
          bytes("id: l\ntitle: Level\ntrack: t\nrank: 1\nexpectations:\n  d: [Does things]\n"));

  private static final AtomicBoolean PREPARED = new AtomicBoolean();

  private LadderRun() {}

  /**
   * Starts loading, on a background thread, what the first read of every run needs: the published
   * schemas and the YAML and JSON parsers, by reading a small ladder held in memory. Returns at
   * once; a later run finds them loaded, or waits for the part still loading. For a short-lived
   * process (the command line), which calls it first, so that a second core loads them while the
   * first parses the arguments. Calls after the first do nothing.
   *
   * <pre>{@code
   * LadderRun.prepare();
   * RunConfig config = parseArguments(args); // meanwhile, the schemas load
   * LadderRun.run(config);
   * }</pre>
   */
  public static void prepare() {
    if (!PREPARED.compareAndSet(false, true)) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                Validator.builder().build().reader().read(LadderSource.of(SMALL_LADDER));
              } catch (RuntimeException | Error e) {
                // Only a head start: the run itself reads, and reports anything wrong.
              }
            },
            "ladder-prepare");
    thread.setDaemon(true);
    thread.start();
  }

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
    // A ratchet's base can move (origin/main gains commits) while the ladder stays: never skip.
    Optional<UpToDateIndex> index =
        config.ratchetFrom().isPresent()
            ? Optional.empty()
            : config.indexFile().map(UpToDateIndex::new);
    // Only a run that keeps an index hashes the files: a command line validates every time.
    Optional<UpToDateIndex.Fingerprint> now =
        index.isPresent()
            ? Optional.of(UpToDateIndex.fingerprint(snapshot, settings(config, run)))
            : Optional.empty();
    if (index.isPresent()
        && !config.force()
        && index.get().matches(now.get())
        && run.reports().reportsExist(config.reportDirectory())) {
      config.console().info("ladder: up to date (" + now.get().files() + " files), nothing to do");
      return new RunOutcome(
          RunOutcome.Verdict.UP_TO_DATE,
          Optional.empty(),
          Optional.empty(),
          now.get().files(),
          List.of(),
          Optional.empty());
    }
    if (index.isPresent()) {
      index.get().forget();
    }
    // With a ratchet, the head is read first, keeping what each file gave; the base, read while
    // the head is checked, then parses only the files that differ and reuses the rest.
    Optional<ReadMemo> memo = ratchet.map(b -> ReadMemo.create());
    ReadResult read =
        memo.isPresent()
            ? run.validator().reader().read(snapshot, memo.get())
            : run.validator().reader().read(snapshot);
    Optional<CompletableFuture<ReadResult>> baseReading =
        ratchet.map(
            b ->
                BaseLadder.startReading(
                    b,
                    config.ladderDirectory(),
                    run.displayPrefix(),
                    run.validator(),
                    memo.orElseThrow()));
    // The snapshot's bytes need not outlive the read: let them go before the rules run.
    snapshot = null;
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
      index.get().record(now.get());
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
    // The head is read first, keeping what each file gave; the base, read while the head is
    // checked, then parses only the files the change touched and reuses the rest.
    ReadMemo memo = ReadMemo.create();
    ReadResult read =
        resolved
            .validator()
            .reader()
            .read(resolved.validator().snapshot(Validator.ladderRoot(run.ladderDirectory())), memo);
    CompletableFuture<ReadResult> baseReading =
        BaseLadder.startReading(
            config.base(),
            run.ladderDirectory(),
            resolved.displayPrefix(),
            resolved.validator(),
            memo);
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
      String repositoryPrefix) {}

  private static Resolved resolve(RunConfig config) {
    ReportSettings reports =
        ReportSettings.parse(config.formats(), config.githubAnnotations(), config.environment());
    FailOn failOn = FailOn.parse(config.failOn());
    Validator validator = validatorBuilder(config).severities(config.rules()).build();
    Path base = config.baseDirectory().toAbsolutePath().normalize();
    return new Resolved(
        reports,
        failOn,
        validator,
        Validator.displayPrefix(config.ladderDirectory(), base),
        repositoryPrefix(base));
  }

  /** Everything the up-to-date fingerprint holds beside the files: the code and the settings. */
  private static String settings(RunConfig config, Resolved run) {
    String code =
        UpToDateIndex.withJars(
            UpToDateIndex.codeVersion(config.toolVersion(), RunConfig.libraryClasses()),
            config.codeJars());
    return String.join(
        "|",
        code,
        config.ladderDirectory().toAbsolutePath().toString(),
        config.baseDirectory().toAbsolutePath().normalize().toString(),
        config.reportDirectory().toAbsolutePath().toString(),
        run.failOn().label(),
        run.reports().toString(),
        config.rules().toString());
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

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
