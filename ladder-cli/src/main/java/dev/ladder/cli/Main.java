package dev.ladder.cli;

import dev.ladder.validator.run.LadderRun;

/**
 * The jar's entry point: {@code java -jar ladder-cli.jar validate}. Runs {@link LadderCli} on the
 * process's streams and exits with its status.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LadderRun.prepare(); // the schemas load on the other core while picocli reads the arguments
    Terminal terminal = Terminal.system();
    int status = LadderCli.run(terminal, args);
    terminal.out().flush();
    terminal.err().flush();
    System.exit(status);
  }
}
