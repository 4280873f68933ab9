package dev.ladder.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a run of the command line talks to: its standard output (reports), its standard error (one
 * sentence when the command cannot run) and the environment (GitHub Actions' variables). The
 * process's own in {@link Main}; a test's captured streams otherwise.
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * Terminal terminal = new Terminal(new PrintStream(out, true, UTF_8), System.err, name -> null);
 * }</pre>
 */
public record Terminal(PrintStream out, PrintStream err, UnaryOperator<String> environment) {
  public Terminal {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(environment, "environment");
  }

  /**
   * The process's streams, in UTF-8 whatever the platform's encoding, so that the text format's
   * bytes are the report files' bytes; standard output is buffered and flushed by {@link Main}.
   */
  static Terminal system() {
    return new Terminal(
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        System::getenv);
  }
}
