package dev.ladder.cli;

import dev.ladder.model.text.Similarity;
import dev.ladder.validator.ConfigurationException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ladder} command of FORMAT.md section 7: its subcommands, and the exit status they end
 * with. Each subcommand is one small class that fills a {@code RunConfig} (or asks the validator)
 * and makes one call to the engine; a new one is a class, and a line in {@code subcommands()}.
 *
 * <pre>{@code
 * int status = LadderCli.run(terminal, "validate", "ladder", "--format", "text,sarif");
 * }</pre>
 *
 * <p>Exit status: {@value #PASSED} passed, {@value #FINDINGS} findings at or above {@code
 * --fail-on}, {@value #USAGE} a usage or configuration error (one sentence on standard error),
 * {@value #INTERNAL} the tool could not finish: out of memory, or a bug to report (one sentence
 * too).
 */
@Command(
    name = "ladder",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks an engineering career ladder kept as YAML or JSON files.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:passed",
      "1:findings at or above --fail-on",
      "2:a usage or configuration error",
      "3:the tool could not finish: out of memory, or a bug to report"
    })
public final class LadderCli implements Callable<Integer> {
  public static final int PASSED = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  /** A constant, so that saying it takes no memory to build. */
  private static final String OUT_OF_MEMORY =
      "ladder: out of memory; give the JVM a larger heap (java -Xmx1g -jar ..., or"
          + " LADDER_JAVA_OPTIONS=-Xmx1g for the launcher)";

  /**
   * Every subcommand, in the order of the usage. Registered by hand rather than in {@code @Command}
   * so that a run builds only the one it runs: picocli reads a command's annotations and sets up
   * its parser when it is registered, which is a good part of the start-up of a short process.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private final Terminal terminal;

  @Spec CommandSpec spec;

  private LadderCli(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs {@code args} on {@code terminal} and returns the exit status; both streams flushed. Builds
   * only the subcommand that {@code args} start with, when they start with one.
   */
  public static int run(Terminal terminal, String... args) {
    String first = args.length > 0 ? args[0] : "";
    boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
    CommandLine commandLine = commandLine(terminal, one ? Set.of(first) : SUBCOMMANDS.keySet());
    int status;
    try {
      status = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands on errors, which would end the process with a stack trace.
      commandLine.getErr().println(OUT_OF_MEMORY);
      status = INTERNAL;
    }
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return status;
  }

  /**
   * The command line over {@code terminal}, with every subcommand: usage errors, configuration
   * errors and failures of the tool each become one sentence on standard error and an exit status,
   * never a stack trace.
   */
  public static CommandLine commandLine(Terminal terminal) {
    return commandLine(terminal, SUBCOMMANDS.keySet());
  }

  private static CommandLine commandLine(Terminal terminal, Set<String> subcommands) {
    CommandLine commandLine = new CommandLine(new LadderCli(terminal));
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (subcommands.contains(name)) {
            commandLine.addSubcommand(name, command.get());
          }
        });
    commandLine.setOut(writer(terminal.out()));
    commandLine.setErr(writer(terminal.err()));
    commandLine.setParameterExceptionHandler(LadderCli::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          PrintWriter err = command.getErr();
          if (e instanceof ConfigurationException) {
            err.println("ladder: " + oneLine(e.getMessage()));
            return USAGE;
          }
          err.println(
              "ladder: internal error, please report it: "
                  + oneLine(
                      e.getClass().getName()
                          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
          return INTERNAL;
        });
    return commandLine;
  }

  /** {@code ladder} alone: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(terminal.err());
    return USAGE;
  }

  Terminal terminal() {
    return terminal;
  }

  /** picocli's message in one sentence, with what it suggests, and where the help is. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    StringBuilder message = new StringBuilder("ladder: ").append(oneLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      suggestion(command, unmatched.getUnmatched().get(0))
          .ifPresent(s -> message.append("; did you mean ").append(s).append('?'));
    }
    message.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
    command.getErr().println(message);
    return USAGE;
  }

  /**
   * The option or subcommand nearest to what was typed, by the measure of the validator's own "did
   * you mean" hints (picocli's own suggestions only share the first letters).
   */
  private static Optional<String> suggestion(CommandLine command, String typed) {
    CommandSpec spec = command.getCommandSpec();
    if (typed.startsWith("-")) {
      int equals = typed.indexOf('=');
      String option = equals < 0 ? typed : typed.substring(0, equals);
      return Similarity.nearestId(
          option,
          spec.options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName).toList());
    }
    return Similarity.nearestId(typed, spec.subcommands().keySet());
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand::new);
    all.put("diff", DiffCommand::new);
    all.put("site", SiteCommand::new);
    all.put("export", ExportCommand::new);
    all.put("import", ImportCommand::new);
    all.put("rules", RulesCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

  private static PrintWriter writer(java.io.PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
