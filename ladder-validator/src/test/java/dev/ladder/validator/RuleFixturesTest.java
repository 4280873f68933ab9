package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture ladder under {@code src/test/resources/rules/<rule-id>/<case>/} gives exactly the
 * diagnostics its {@code # expect:} comments (or {@code expected.txt}) announce.
 */
class RuleFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/rules");
  private static final Validator VALIDATOR = Validator.builder().build();

  @TestFactory
  Stream<DynamicTest> each_fixture_gives_exactly_the_diagnostics_it_announces() throws IOException {
    return fixtures().stream()
        .map(
            root ->
                DynamicTest.dynamicTest(
                    FIXTURES.relativize(root).toString().replace('\\', '/'),
                    () -> ExpectedDiagnostics.assertExactly(root, VALIDATOR.validate(root, root))));
  }

  @Test
  void every_rule_has_a_passing_and_a_failing_fixture() throws IOException {
    for (RuleInfo rule : Validator.rules()) {
      Path folder = FIXTURES.resolve(rule.id());
      assertThat(folder.resolve("pass/ladder.yaml")).as(rule.id()).exists();
      assertThat(folder.resolve("fail/ladder.yaml")).as(rule.id()).exists();
      assertThat(ExpectedDiagnostics.scan(folder.resolve("pass"))).as(rule.id()).isEmpty();
      assertThat(ExpectedDiagnostics.scan(folder.resolve("fail")))
          .as(rule.id() + " fail fixture expects a finding of its rule")
          .anyMatch(e -> e.rule().equals(rule.id()));
    }
  }

  /** Every folder holding a ladder.yaml, sorted. */
  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files
          .filter(p -> p.getFileName().toString().equals("ladder.yaml"))
          .map(Path::getParent)
          .sorted()
          .toList();
    }
  }
}
