package dev.ladder.bench;

import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import dev.ladder.validator.report.TextReport;
import java.nio.file.Path;

/**
 * Runs exactly the validation the Maven plugin runs (every file against its schema, then every
 * rule) as one process, so that it can be timed against other command-line validators.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.ladder.bench.ValidateMain target/ladder-1000
 * }</pre>
 *
 * <p>Prints the first findings and the summary line; exits 1 when there is an error, else 0.
 */
public final class ValidateMain {
  private static final int SHOWN = 20;

  private ValidateMain() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ValidateMain <ladder root>");
      System.exit(2);
    }
    ValidationResult result = Validator.builder().build().validate(Path.of(args[0]));
    int shown = 0;
    for (Diagnostic d : result.diagnostics()) {
      if (shown++ == SHOWN) {
        System.out.println("...");
        break;
      }
      System.out.println(TextReport.line(d));
      TextReport.hintLine(d).ifPresent(System.out::println);
    }
    System.out.println(TextReport.summary(result));
    System.exit(result.errors() > 0 ? 1 : 0);
  }
}
