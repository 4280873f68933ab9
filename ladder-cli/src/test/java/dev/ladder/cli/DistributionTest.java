package dev.ladder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The ways the command line reaches its users, defined at the repository's root: the pre-commit
 * hooks and the jbang catalog name entry points that exist.
 */
class DistributionTest {
  private static final Path REPOSITORY = Examples.REPOSITORY;

  @Test
  void every_pre_commit_hook_validates_the_ladder_folder_with_an_existing_entry_point()
      throws IOException {
    JsonNode hooks =
        new YAMLMapper().readTree(REPOSITORY.resolve(".pre-commit-hooks.yaml").toFile());

    assertThat(hooks.isArray()).isTrue();
    assertThat(hooks).hasSize(2);
    List<String> ids = new ArrayList<>();
    for (JsonNode hook : hooks) {
      ids.add(hook.path("id").asText());
      assertThat(hook.path("name").asText()).isNotBlank();
      assertThat(hook.path("files").asText()).isEqualTo("^ladder/");
      assertThat(hook.path("pass_filenames").asBoolean(true)).isFalse();
      List<String> entry = Arrays.asList(hook.path("entry").asText().split(" "));
      String language = hook.path("language").asText();
      assertThat(language).isIn("script", "system");
      if (language.equals("script")) {
        // pre-commit runs a script hook's entry from its clone of this repository
        assertThat(REPOSITORY.resolve(entry.get(0))).isRegularFile().isExecutable();
      } else {
        // the launcher, once on the PATH, is called ladder
        assertThat(entry.get(0)).isEqualTo("ladder");
        assertThat(REPOSITORY.resolve("ladder-cli/ladder")).isExecutable();
      }
      assertThat(commandOf(entry.subList(1, entry.size()))).isEqualTo("validate");
    }
    assertThat(ids).doesNotHaveDuplicates().contains("ladder-validate");
  }

  @Test
  void the_jbang_alias_runs_this_versions_jar_on_java_17_or_newer() throws IOException {
    JsonNode catalog =
        new ObjectMapper().readTree(REPOSITORY.resolve("jbang-catalog.json").toFile());
    JsonNode alias = catalog.path("aliases").path("ladder");

    assertThat(alias.path("script-ref").asText())
        .isEqualTo("dev.ladder:ladder-cli:" + Version.current());
    assertThat(alias.path("java").asText()).isEqualTo("17+");
    assertThat(alias.path("description").asText()).isNotBlank();
  }

  @Test
  void the_launcher_and_the_training_script_are_executable() {
    assertThat(Path.of("ladder")).isExecutable();
    assertThat(Path.of("aot-train.sh")).isExecutable();
    assertThat(Files.isRegularFile(Path.of("ladder"))).isTrue();
  }

  /** The subcommand that the command line makes of {@code args}: they must parse. */
  private static String commandOf(List<String> args) {
    CommandLine commandLine =
        LadderCli.commandLine(new Terminal(System.out, System.err, name -> null));
    ParseResult parsed = commandLine.parseArgs(args.toArray(String[]::new));
    return parsed.subcommand().commandSpec().name();
  }
}
