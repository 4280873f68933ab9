package dev.ladder.cli;

import static dev.ladder.cli.Examples.golden;
import static dev.ladder.cli.Examples.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jar the build made, as a user runs it: {@code java -jar} processes, the {@code ladder}
 * launcher, and its start-up cache. Run by failsafe after {@code package}.
 */
class ExecutableJarIT {
  private static final Path JAR =
      Path.of(
              System.getProperty(
                  "ladder.cli.jar", "target/ladder-cli-" + Version.current() + "-all.jar"))
          .toAbsolutePath();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final Path LAUNCHER = Path.of("ladder").toAbsolutePath();
  private static final Path TRAINING = Path.of("aot-train.sh").toAbsolutePath();
  private static final String ALL_FORMATS = "text,json,sarif,junit,markdown,github";

  @TempDir Path dir;

  /** How a process ended and what it printed. */
  record Ended(int status, String out, String err) {}

  private static Ended run(
      Path workingDirectory, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    // The reports must not depend on where the tests run: no GitHub Actions, no JVM options.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("LADDER_"));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("ladder-out", ".txt");
    Path err = Files.createTempFile("ladder-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("ended in time").isTrue();
    return new Ended(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String[] javaJar(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command.toArray(String[]::new);
  }

  @ParameterizedTest
  @CsvSource({"engineering-ladder, 0", "broken-ladder, 1"})
  void java_jar_in_a_ladder_repository_reports_what_the_plugin_reports(String example, int status)
      throws Exception {
    Path base = Examples.copy(example, dir.resolve("repository"));

    // No LADDER_DIR: ./ladder of the working folder, as in a pre-commit hook.
    Ended ended =
        run(
            base,
            Map.of(),
            javaJar("validate", "--format", ALL_FORMATS, "--report-dir", "reports"));

    assertThat(ended.status()).isEqualTo(status);
    assertThat(ended.err()).isEmpty();
    assertThat(ended.out())
        .isEqualTo(golden(example, "console-text.txt") + golden(example, "console-github.txt"));
    for (String file :
        List.of(
            "ladder-report.json", "ladder-report.sarif", "TEST-ladder.xml", "ladder-report.md")) {
      assertThat(read(base.resolve("reports").resolve(file)))
          .as(file)
          .isEqualTo(golden(example, file));
    }
  }

  @Test
  void the_jar_names_its_entry_point_and_version() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();

      assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(Main.class.getName());
      assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION))
          .isEqualTo(Version.current());
      assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
    }
  }

  @Test
  void a_usage_error_is_one_line_on_standard_error_with_status_2() throws Exception {
    Ended ended = run(dir, Map.of(), javaJar("validate", "--fromat", "json"));

    assertThat(ended)
        .isEqualTo(
            new Ended(
                2,
                "",
                "ladder: Unknown option: '--fromat'; did you mean --format?"
                    + " (see 'ladder validate --help')\n"));
  }

  @Test
  void a_folder_without_a_ladder_is_a_configuration_error_with_status_2() throws Exception {
    assertThat(run(dir, Map.of(), javaJar("validate")))
        .isEqualTo(new Ended(2, "", "ladder: ladder root ladder does not exist\n"));
  }

  @Test
  void a_diff_against_a_git_revision_prints_the_changes_and_nothing_on_standard_error()
      throws Exception {
    Path repository = dir.resolve("repository");
    Path ladder = Examples.copy("engineering-ladder", repository).resolve("ladder");
    Files.delete(repository.resolve(".git"));
    git(repository, "init", "-q");
    git(repository, "add", ".");
    git(repository, "-c", "user.name=a", "-c", "user.email=a@example.com", "commit", "-qm", "base");
    Path vp = ladder.resolve("levels/management/vp-engineering.yaml");
    Files.writeString(vp, Files.readString(vp).replace("title: VP of Engineering", "title: VP"));

    Ended ended = run(dir, Map.of(), javaJar("diff", "--base", "HEAD", ladder.toString()));

    assertThat(ended.err()).isEmpty();
    assertThat(ended.status()).isZero();
    assertThat(ended.out())
        .startsWith(
            "ladder: changes from HEAD to working tree: 0 levels added, 0 removed, 1 changed")
        .contains("vp-engineering (VP): changed");
  }

  private static void git(Path repository, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    assertThat(run(repository, Map.of(), command.toArray(String[]::new)).status()).isZero();
  }

  @Test
  void the_version_comes_from_the_jar() throws Exception {
    assertThat(run(dir, Map.of(), javaJar("--version")))
        .isEqualTo(new Ended(0, "ladder " + Version.current() + "\n", ""));
  }

  @ParameterizedTest
  @CsvSource({"engineering-ladder, 0", "broken-ladder, 1"})
  void the_launcher_runs_the_jar(String example, int status) throws Exception {
    Path base = Examples.copy(example, dir.resolve("repository"));

    Ended ended =
        run(
            base,
            Map.of("LADDER_JAR", JAR.toString(), "LADDER_NO_CACHE", "1"),
            LAUNCHER.toString(),
            "validate");

    assertThat(ended).isEqualTo(new Ended(status, golden(example, "console-text.txt"), ""));
  }

  @Test
  void the_launcher_uses_the_cache_that_the_training_run_made() throws Exception {
    Path jar = Files.copy(JAR, dir.resolve("ladder-cli.jar"));
    Path base = Examples.copy("broken-ladder", dir.resolve("repository"));
    Map<String, String> env = Map.of("LADDER_JAR", jar.toString(), "JAVA", JAVA.toString());

    Ended training = run(base, env, TRAINING.toString());
    boolean aot = Files.exists(dir.resolve("ladder-cli.aot"));
    // Refuse to start without the cache, so that a cache the JVM ignores fails the test.
    String strict = aot ? "-XX:AOTMode=on" : "-Xshare:on";
    Ended used =
        run(
            base,
            Map.of("LADDER_JAR", jar.toString(), "LADDER_JAVA_OPTIONS", strict),
            LAUNCHER.toString(),
            "validate");

    assertThat(training.status()).as(training.err()).isZero();
    assertThat(training.out()).startsWith("aot-train: ");
    assertThat(dir.resolve(aot ? "ladder-cli.aot" : "ladder-cli.jsa")).isRegularFile();
    assertThat(dir.resolve("ladder-cli.jvm")).hasContent(JAVA.toRealPath() + "\n");
    assertThat(used).isEqualTo(new Ended(1, golden("broken-ladder", "console-text.txt"), ""));
  }
}
