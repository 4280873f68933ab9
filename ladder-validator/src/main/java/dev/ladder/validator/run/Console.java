package dev.ladder.validator.run;

import dev.ladder.model.Severity;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a run prints: the text format's lines, each at the severity of its finding (a build log
 * shows them at its own levels), information lines, and workflow commands that must start a line of
 * the process's standard output as they are.
 *
 * <pre>{@code
 * Console console = Console.printing(System.out); // the command line: the text format as is
 * }</pre>
 */
public interface Console {
  /** A line of the text format that belongs to a finding of {@code severity}: its line or hint. */
  void finding(Severity severity, String line);

  /** A line of information: the summary, "up to date". */
  void info(String line);

  /** A GitHub workflow command, for the runner that reads the process's standard output. */
  void command(String line);

  /** Every line, as it is, to {@code out}. */
  static Console printing(PrintStream out) {
    Objects.requireNonNull(out, "out");
    return lines(out::println);
  }

  /**
   * Every line, as it is and whatever its kind, to {@code sink}: {@code Console.lines(list::add)}
   * keeps a run's lines for an application to show as it likes.
   */
  static Console lines(Consumer<String> sink) {
    Objects.requireNonNull(sink, "sink");
    return new Console() {
      @Override
      public void finding(Severity severity, String line) {
        sink.accept(line);
      }

      @Override
      public void info(String line) {
        sink.accept(line);
      }

      @Override
      public void command(String line) {
        sink.accept(line);
      }
    };
  }
}
