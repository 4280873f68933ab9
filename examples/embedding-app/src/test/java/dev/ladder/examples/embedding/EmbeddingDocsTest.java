package dev.ladder.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.git.GitLadder;
import dev.ladder.model.DimensionId;
import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelDiff;
import dev.ladder.model.LevelId;
import dev.ladder.model.StepUp;
import dev.ladder.model.TrackId;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.Problem;
import dev.ladder.model.read.ReadResult;
import dev.ladder.model.write.LadderComparison;
import dev.ladder.model.write.LadderWriter;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import dev.ladder.validator.report.ReportContext;
import dev.ladder.validator.report.ReportFormat;
import dev.ladder.validator.report.Reports;
import dev.ladder.validator.report.TextReport;
import dev.ladder.validator.report.ToolInfo;
import dev.ladder.validator.run.Console;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import dev.ladder.validator.run.RunOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} block of docs/embedding.md, compiled and run here on the example ladder. The
 * build runs the tests in target/embedding-docs, which holds a copy of the example ladder as {@code
 * ladder/}, so the snippets' {@code Path.of("ladder")} is that ladder; the ladder is on the class
 * path too.
 */
class EmbeddingDocsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream standardOut;

  @BeforeEach
  void capture_standard_output() {
    standardOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore_standard_output() {
    System.setOut(standardOut);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void every_java_block_of_the_page_is_in_this_file_as_written() throws IOException {
    String page = Files.readString(Path.of(System.getProperty("ladder.embeddingDocs")));
    String source =
        normalize(Files.readString(Path.of(System.getProperty("ladder.embeddingDocsTest"))));
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(page);
    while (block.find()) {
      blocks.add(block.group(1));
    }

    // google-java-format indents and wraps the code here: every character but white space counts
    List<String> missing =
        blocks.stream().filter(code -> !source.contains(normalize(code))).toList();

    assertThat(blocks).hasSizeGreaterThanOrEqualTo(12);
    assertThat(missing).as("java blocks of docs/embedding.md not in this file").isEmpty();
  }

  private static String normalize(String code) {
    return code.replaceAll("\\s+", "");
  }

  @Test
  void a_folder() {
    ReadResult read = LadderReader.standard().read(Path.of("ladder"));
    for (Problem problem : read.problems()) {
      System.err.println(
          problem.location() + ": " + problem.message() + " [" + problem.rule() + "]");
    }
    Ladder ladder = read.ladder();

    assertThat(read.problems()).isEmpty();
    assertThat(read.files()).contains("ladder.yaml", "levels/management/vp-engineering.yaml");
    assertThat(ladder.id()).isEqualTo("example-engineering");
  }

  @Test
  void the_class_path() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ReadResult read = LadderReader.standard().read(LadderSource.classpath(loader, "ladder"));

    assertThat(read.problems()).isEmpty();
    assertThat(read.ladder().levels()).hasSize(10);
  }

  @Test
  void memory() {
    String ladderYaml =
        """
        ladderFormat: 1
        id: in-memory
        name: In memory
        tracks: [{id: ic, name: Individual contributor}]
        dimensions: [{id: craft, name: Craft}]
        """;
    String seniorYaml =
        """
        id: senior
        title: Senior Engineer
        track: ic
        rank: 1
        expectations: {craft: [Designs services other teams rely on]}
        """;
    Map<String, byte[]> files =
        Map.of(
            "ladder.yaml", ladderYaml.getBytes(StandardCharsets.UTF_8),
            "levels/senior.yaml", seniorYaml.getBytes(StandardCharsets.UTF_8));
    ReadResult read = LadderReader.standard().read(LadderSource.of(files));

    assertThat(read.problems()).isEmpty();
    assertThat(read.ladder().level(LevelId.of("senior"))).isPresent();
  }

  @Test
  void validating_a_folder() {
    Validator validator = Validator.builder().severity("placeholder-text", "error").build();
    ValidationResult result = validator.validate(Path.of("ladder"));
    result.diagnostics().forEach(d -> System.out.println(TextReport.line(d)));
    System.out.println(TextReport.summary(result));

    assertThat(printed()).isEqualTo("ladder: 0 errors, 0 warnings, 0 infos in 11 files\n");
    assertThat(result.rule("placeholder-text").orElseThrow().setting().label()).isEqualTo("error");
  }

  @Test
  void validating_a_ladder_already_read_with_its_reading_problems() {
    Validator validator = Validator.builder().build();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();

    ReadResult read = validator.reader().read(LadderSource.classpath(loader, "ladder"));
    ValidationResult result = validator.check(read, "ladder/");

    assertThat(result.files()).isEqualTo(11);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void validating_a_ladder_without_reading_problems() {
    Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();

    ValidationResult result = Validator.builder().build().check(ladder);

    assertThat(result.files()).isEqualTo(11);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void the_run() throws IOException {
    RunConfig config =
        RunConfig.builder(Path.of("ladder"))
            .formats("text,sarif,junit")
            .failOn("warning")
            .reportDirectory(Path.of("target/ladder"))
            .indexFile(Path.of("target/ladder/ladder-index.properties"))
            .toolVersion("1.0.0")
            .console(Console.printing(System.out))
            .build();
    RunOutcome outcome = LadderRun.run(config);
    if (outcome.failed()) {
      System.err.println(outcome.failure().orElseThrow());
    }

    assertThat(outcome.verdict()).isIn(RunOutcome.Verdict.PASSED, RunOutcome.Verdict.UP_TO_DATE);
    assertThat(Path.of("target/ladder/ladder-report.sarif")).isRegularFile();
    assertThat(Path.of("target/ladder/TEST-ladder.xml")).isRegularFile();
    assertThat(LadderRun.run(config).verdict()).isEqualTo(RunOutcome.Verdict.UP_TO_DATE);
  }

  @Test
  void checking_without_index_reports_or_verdict() {
    LadderRun.Checked checked = LadderRun.check(RunConfig.builder(Path.of("ladder")).build());
    Ladder ladder = checked.read().ladder();
    ValidationResult result = checked.result();

    assertThat(ladder.levels()).hasSize(10);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void reports() throws IOException {
    ValidationResult result = Validator.builder().build().validate(Path.of("ladder"));

    ReportContext context =
        ReportContext.builder(ToolInfo.ladder("1.0.0"))
            .fileLinkBase("https://github.com/acme/ladder/blob/main/")
            .build();
    String sarif = Reports.toString(ReportFormat.SARIF, result, context);
    Optional<Path> junit =
        Reports.writeFile(ReportFormat.JUNIT, result, context, Path.of("reports"));
    try (Writer out = Files.newBufferedWriter(Path.of("ladder-report.md"))) {
      Reports.write(ReportFormat.MARKDOWN, result, context, out);
    }

    assertThat(sarif).contains("\"version\": \"2.1.0\"");
    assertThat(junit).contains(Path.of("reports", "TEST-ladder.xml"));
    assertThat(Files.readString(Path.of("ladder-report.md"))).contains("example-engineering");
  }

  @Test
  void effective_levels() {
    Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();

    Level vp = ladder.level(LevelId.of("vp-engineering")).orElseThrow();
    EffectiveLevel effective = ladder.effective(vp);
    for (Expectation e : effective.expectations(DimensionId.of("delivery"))) {
      System.out.println(e.text() + " (from " + e.owner() + ")");
    }
    System.out.println(effective.ratings() + " " + effective.experience());

    assertThat(printed())
        .contains(
            "Raises delivery capacity by measuring flow, removing blockers and fixing structure"
                + " (from vp-engineering)")
        .contains("(from director-engineering)");
  }

  @Test
  void steps_up() {
    Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();

    for (StepUp step : ladder.stepsUp()) {
      System.out.println(step.lower().label() + " -> " + step.higher().label() + " " + step.kind());
    }
    List<Level> managers = ladder.levelsOf(TrackId.of("management"));
    List<Level> below = ladder.lowerLevels(LevelId.of("vp-engineering"));

    assertThat(printed())
        .contains("Director of Engineering (rank 3) -> VP of Engineering (rank 4) RANK\n")
        .contains("Senior Engineer (rank 3) -> Engineering Manager (rank 1) PROGRESSION\n")
        .doesNotContain("Chief Technology Officer (rank 5) -> ");
    assertThat(managers).extracting(Level::id).startsWith(LevelId.of("engineering-manager"));
    assertThat(below).extracting(Level::id).contains(LevelId.of("director-engineering"));
  }

  @Test
  void the_diff_between_two_levels() {
    Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();

    LevelDiff diff =
        ladder.diff(LevelId.of("director-engineering"), LevelId.of("vp-engineering")).orElseThrow();
    diff.added().forEach(e -> System.out.println("+ " + e.text()));
    diff.refined().forEach(r -> System.out.println(r.lower().text() + " -> " + r.higher().text()));
    diff.ratings()
        .forEach(
            (attribute, change) -> System.out.println(attribute + ": " + change.to().orElse("-")));

    assertThat(printed())
        .contains("+ Develops directors and the leadership bench of the engineering organization\n")
        .contains(
            "Owns the budget and headcount plan of their organization -> Owns the engineering"
                + " budget, including vendor contracts and tooling spend\n")
        .contains("leadership-reach: company\n");
  }

  @Test
  void writing_a_ladder_back_as_yaml() throws IOException {
    Ladder ladder = LadderReader.standard().read(Path.of("ladder")).ladder();

    // to a folder: creates it and its sub-folders, returns the paths written
    List<String> written = LadderWriter.standard().write(ladder, Path.of("target/ladder-copy"));

    // in memory: path relative to the ladder root -> file text (store it as UTF-8)
    SortedMap<String, String> files = LadderWriter.standard().files(ladder);

    // one file alone
    String ladderYaml = LadderWriter.standard().ladderYaml(ladder);
    String vp =
        LadderWriter.standard().levelYaml(ladder.level(LevelId.of("vp-engineering")).orElseThrow());

    assertThat(written).hasSize(11);
    assertThat(files).containsEntry("ladder.yaml", ladderYaml);
    assertThat(vp).startsWith("id: vp-engineering\n");

    Ladder back = LadderReader.standard().read(Path.of("target/ladder-copy")).ladder();
    LadderComparison.sameContent(ladder, back); // true
    LadderComparison.differences(ladder, back).forEach(System.out::println); // nothing

    assertThat(LadderComparison.sameContent(ladder, back)).isTrue();
    assertThat(printed()).isEmpty();
  }

  @Test
  void a_git_revision() throws Exception {
    // The working folder as a repository whose tag v2.0 holds the example ladder, then an edit.
    try (Git git = Git.init().setDirectory(Path.of(".").toFile()).call()) {
      git.add().addFilepattern("ladder").call();
      git.commit().setMessage("ladder").setAuthor("a", "a@example.com").setSign(false).call();
      git.tag().setName("v2.0").setAnnotated(false).setForceUpdate(true).call();
    }
    Path vp = Path.of("ladder/levels/management/vp-engineering.yaml");
    String before = Files.readString(vp);
    Files.writeString(vp, before.replace("title: VP of Engineering", "title: VP, Engineering"));
    try {
      try (GitLadder atTag = GitLadder.at(Path.of("ladder"), "v2.0")) {
        ReadResult then = LadderReader.standard().read(atTag);
        ReadResult now = LadderReader.standard().read(Path.of("ladder"));
        LadderComparison.differences(then.ladder(), now.ladder()).forEach(System.out::println);
      }

      assertThat(printed())
          .contains("vp-engineering")
          .contains("VP of Engineering")
          .contains("VP, Engineering");
    } finally {
      Files.writeString(vp, before);
    }
  }
}
