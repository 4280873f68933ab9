package dev.ladder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ladder site}: the ladder as a static website. */
class SiteCommandTest {
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

  @Test
  void site_writes_every_page_and_says_where_in_one_line() throws IOException {
    Path repo = Examples.copy("engineering-ladder", dir.resolve("repo"));
    Path ladder = repo.resolve("ladder");

    Run run = ladder("site", ladder.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "ladder: site of 10 levels and 9 steps up in target/ladder/site/index.html;"
                + " no findings\n");
    Path site = repo.resolve("target/ladder/site");
    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("levels/vp-engineering.html")).isRegularFile();
    assertThat(site.resolve("assets/site.css")).isRegularFile();
  }

  @Test
  void compensation_and_drafts_appear_only_when_asked() throws IOException {
    Path ladder = Examples.copy("engineering-ladder", dir.resolve("repo")).resolve("ladder");

    ladder("site", ladder.toString(), "--out", dir.resolve("plain").toString());
    ladder(
        "site",
        ladder.toString(),
        "--out",
        dir.resolve("full").toString(),
        "--include-compensation",
        "--include-drafts");

    String plain = Files.readString(dir.resolve("plain/levels/vp-engineering.html"));
    String full = Files.readString(dir.resolve("full/levels/vp-engineering.html"));
    assertThat(plain).doesNotContain("Compensation");
    assertThat(full).contains("Compensation");
  }

  @Test
  void a_ladder_with_findings_gets_its_site_and_status_0() throws IOException {
    Path ladder = Examples.copy("broken-ladder", dir.resolve("repo")).resolve("ladder");

    Run run = ladder("site", ladder.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern("; \\d+ errors?(, \\d+ warnings?)?.*, listed on its index\n");
    assertThat(dir.resolve("out/index.html")).isRegularFile();
  }

  @Test
  void a_site_folder_that_holds_a_ladder_is_a_configuration_error_with_status_2()
      throws IOException {
    Path ladder = Examples.copy("engineering-ladder", dir.resolve("repo")).resolve("ladder");

    Run run = ladder("site", ladder.toString(), "--out", ladder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("ladder: the site's folder ")
        .contains("holds a ladder (ladder.yaml)")
        .doesNotContain("Exception");
    assertThat(ladder.resolve("index.html")).doesNotExist();
  }

  @Test
  void a_missing_ladder_is_a_configuration_error_with_status_2() {
    Run run = ladder("site", dir.resolve("nowhere").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("ladder: ").doesNotContain("Exception");
  }
}
