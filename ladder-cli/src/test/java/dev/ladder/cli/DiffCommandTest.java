package dev.ladder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ladder diff} and {@code ladder validate --ratchet-from}: a pull request's review. */
class DiffCommandTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run ladder(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            name -> null);
    CommandLine commandLine = LadderCli.commandLine(terminal);
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The example ladder as a base, and a head whose Director rewords an expectation. */
  private Path[] baseAndHead() throws IOException {
    Path base = Examples.copy("engineering-ladder", dir.resolve("base")).resolve("ladder");
    Path head = Examples.copy("engineering-ladder", dir.resolve("head")).resolve("ladder");
    Path director = head.resolve("levels/management/director-engineering.yaml");
    String text = Files.readString(director);
    Files.writeString(director, text.replace("title: Director of Engineering", "title: Director"));
    return new Path[] {base, head};
  }

  @Test
  void diff_shows_each_changed_level_and_writes_the_diff_reports() throws IOException {
    Path[] ladders = baseAndHead();
    Path reports = dir.resolve("reports");

    Run run =
        ladder(
            "diff",
            "--base",
            ladders[0].toString(),
            ladders[1].toString(),
            "--report-dir",
            reports.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("director-engineering (Director): changed");
    assertThat(reports.resolve("ladder-diff.md")).exists();
    JsonNode json = new ObjectMapper().readTree(reports.resolve("ladder-diff.json").toFile());
    assertThat(json.at("/summary/levelsChanged").asInt()).isEqualTo(1);
    assertThat(json.at("/levels/0/id").asText()).isEqualTo("director-engineering");
    assertThat(json.at("/levels/0/changes/0/kind").asText()).isEqualTo("title-changed");
    assertThat(json.at("/levels/0/changes/0/to").asText()).isEqualTo("Director");
  }

  @Test
  void diff_needs_a_base() {
    Run run = ladder("diff", "ladder");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("ladder: Missing required option: '--base=REV|DIR'");
  }

  @Test
  void a_revision_outside_any_git_repository_is_one_sentence_with_status_2() throws IOException {
    Path head = Examples.copy("engineering-ladder", dir.resolve("head")).resolve("ladder");

    Run run = ladder("diff", "--base", "origin/main", head.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("ladder: ").doesNotContain("\tat ").hasLineCount(1);
  }

  @Test
  void the_ratchet_fails_only_on_new_findings() throws IOException {
    Path base = Examples.copy("broken-ladder", dir.resolve("base")).resolve("ladder");
    Path head = Examples.copy("broken-ladder", dir.resolve("head")).resolve("ladder");

    Run same = ladder("validate", head.toString(), "--ratchet-from", base.toString());
    assertThat(same.status()).isZero();
    assertThat(same.out()).contains("(unchanged from base)");

    // Director now expects something more, which VP (a copy, not an extension) drops: one new
    // error.
    Path director = head.resolve("levels/management/director-engineering.yaml");
    Files.writeString(
        director,
        Files.readString(director)
            .replace(
                "  responsibilities:\n",
                "  responsibilities:\n    - Hires and grows the managers of their teams\n"));
    Run worse = ladder("validate", head.toString(), "--ratchet-from", base.toString());
    assertThat(worse.status()).as(worse.out()).isEqualTo(1);
    assertThat(worse.out())
        .contains("drops 'hires-and-grows-the-managers-of-their-teams'")
        .contains("1 new");
  }
}
