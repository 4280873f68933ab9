package dev.ladder.cli;

/**
 * The jar's entry point: {@code java -jar ladder-cli.jar validate}. Runs {@link LadderCli} on the
 * process's streams and exits with its status.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Terminal terminal = Terminal.system();
    int status = LadderCli.run(terminal, args);
    terminal.out().flush();
    terminal.err().flush();
    System.exit(status);
  }
}
