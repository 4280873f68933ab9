package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleLadderTest {
  @Test
  void the_example_engineering_ladder_has_no_finding_of_any_severity() {
    ValidationResult result =
        Validator.builder().build().validate(Path.of("../examples/engineering-ladder/ladder"));

    assertThat(result.diagnostics().stream().map(ExpectedDiagnostics::describe).toList()).isEmpty();
    assertThat(result.ladderId()).isEqualTo("example-engineering");
  }
}
