package dev.ladder.validator.run;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.validator.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Everything one run needs, as a front end's parameters give it: plain values and the words the
 * user wrote ({@code "text,sarif"}, {@code "warning"}), which {@link LadderRun} resolves, so every
 * front end accepts and refuses the same. Immutable; made with {@link #builder(Path)}.
 *
 * <pre>{@code
 * RunConfig config = RunConfig.builder(Path.of("ladder"))
 *     .baseDirectory(Path.of("."))
 *     .reportDirectory(Path.of("target/ladder"))
 *     .formats("text,sarif")
 *     .failOn("warning")
 *     .toolVersion("0.1.0")
 *     .console(Console.printing(System.out))
 *     .build();
 * RunOutcome outcome = LadderRun.run(config);
 * }</pre>
 */
public final class RunConfig {
  private final Path ladderDirectory;
  private final Path baseDirectory;
  private final Path reportDirectory;
  private final String formats;
  private final String githubAnnotations;
  private final String failOn;
  private final Map<String, String> rules;
  private final boolean force;
  private final Optional<Path> indexFile;
  private final String toolVersion;
  private final List<Path> codeJars;
  private final Optional<ClassLoader> ruleLoader;
  private final UnaryOperator<String> environment;
  private final Console console;
  private final Optional<String> ratchetFrom;

  private RunConfig(Builder b) {
    this.ladderDirectory = b.ladderDirectory;
    this.baseDirectory = b.baseDirectory != null ? b.baseDirectory : parentOf(b.ladderDirectory);
    this.reportDirectory =
        b.reportDirectory != null ? b.reportDirectory : baseDirectory.resolve("target/ladder");
    this.formats = b.formats;
    this.githubAnnotations = b.githubAnnotations;
    this.failOn = b.failOn;
    this.rules = java.util.Collections.unmodifiableMap(new TreeMap<>(b.rules));
    this.force = b.force;
    this.indexFile = Optional.ofNullable(b.indexFile);
    this.toolVersion = b.toolVersion;
    this.codeJars = List.copyOf(b.codeJars);
    this.ruleLoader = Optional.ofNullable(b.ruleLoader);
    this.environment = b.environment;
    this.console = b.console;
    this.ratchetFrom =
        Optional.ofNullable(b.ratchetFrom).map(String::strip).filter(r -> !r.isEmpty());
  }

  /** Starts a configuration for the ladder root {@code ladderDirectory}. */
  public static Builder builder(Path ladderDirectory) {
    return new Builder(ladderDirectory);
  }

  /** The ladder root: the folder that holds ladder.yaml and levels/. */
  public Path ladderDirectory() {
    return ladderDirectory;
  }

  /** Diagnostics' paths are relative to it; by default the ladder root's parent. */
  public Path baseDirectory() {
    return baseDirectory;
  }

  /**
   * A file as the run's lines name it: relative to {@link #baseDirectory()} when it is inside it,
   * absolute otherwise, with {@code /} on every system ({@code target/ladder/site/index.html}).
   */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = baseDirectory.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }

  /** Where report files go; by default {@code target/ladder} in the base folder. */
  public Path reportDirectory() {
    return reportDirectory;
  }

  /** A comma list of report formats: {@code text,json,sarif,junit,markdown,github}. */
  public String formats() {
    return formats;
  }

  /** {@code auto}, {@code true} or {@code false}. */
  public String githubAnnotations() {
    return githubAnnotations;
  }

  /** {@code error}, {@code warning}, {@code info} or {@code none}. */
  public String failOn() {
    return failOn;
  }

  /** Rule id to severity ({@code error}, {@code warning}, {@code info}, {@code off}). */
  public Map<String, String> rules() {
    return rules;
  }

  /** Validate even when the up-to-date index says nothing changed. */
  public boolean force() {
    return force;
  }

  /** Where the up-to-date index is kept; empty: every run validates. */
  public Optional<Path> indexFile() {
    return indexFile;
  }

  /** The version reports name the tool with. */
  public String toolVersion() {
    return toolVersion;
  }

  /**
   * Jars whose code takes part beyond this library (the front end's own, jars of rules): part of
   * the up-to-date fingerprint.
   */
  public List<Path> codeJars() {
    return codeJars;
  }

  /** Where {@code ServiceLoader} finds rules; empty: the validator's own class loader. */
  public Optional<ClassLoader> ruleLoader() {
    return ruleLoader;
  }

  /** The process environment (GitHub Actions' variables). */
  public UnaryOperator<String> environment() {
    return environment;
  }

  public Console console() {
    return console;
  }

  /**
   * The base of the ratchet (FORMAT.md section 5): findings unchanged from it are reported but do
   * not count toward {@code failOn}. A folder when it names an existing folder (relative to {@link
   * #baseDirectory()}), else a git revision; see {@link Base#parse}. Empty: every finding counts.
   */
  public Optional<String> ratchetFrom() {
    return ratchetFrom;
  }

  /** The ratchet's base, resolved. */
  public Optional<Base> ratchetBase() {
    return ratchetFrom.map(r -> Base.parse(r, baseDirectory));
  }

  private static Path parentOf(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    return absolute.getParent() != null ? absolute.getParent() : absolute;
  }

  /** Builds a {@link RunConfig}; every value but the ladder root has a default. */
  public static final class Builder {
    private final Path ladderDirectory;
    private Path baseDirectory;
    private Path reportDirectory;
    private String formats = "text";
    private String githubAnnotations = "auto";
    private String failOn = "error";
    private final Map<String, String> rules = new TreeMap<>();
    private boolean force;
    private Path indexFile;
    private String toolVersion = "unknown";
    private final List<Path> codeJars = new ArrayList<>();
    private ClassLoader ruleLoader;
    private UnaryOperator<String> environment = System::getenv;
    private Console console = Console.printing(System.out);
    private String ratchetFrom;

    private Builder(Path ladderDirectory) {
      this.ladderDirectory = Objects.requireNonNull(ladderDirectory, "ladderDirectory");
    }

    public Builder baseDirectory(Path dir) {
      this.baseDirectory = Objects.requireNonNull(dir);
      return this;
    }

    public Builder reportDirectory(Path dir) {
      this.reportDirectory = Objects.requireNonNull(dir);
      return this;
    }

    /** A comma list of formats; blank: {@code text}'s absence, no report at all. */
    public Builder formats(String formats) {
      this.formats = formats == null ? "" : formats;
      return this;
    }

    public Builder githubAnnotations(String value) {
      this.githubAnnotations = value;
      return this;
    }

    public Builder failOn(String value) {
      this.failOn = value;
      return this;
    }

    /** Rule severities; a null severity (an empty element in a pom) is kept as blank. */
    public Builder rules(Map<String, String> severities) {
      if (severities != null) {
        severities.forEach((rule, severity) -> rules.put(rule, severity == null ? "" : severity));
      }
      return this;
    }

    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    public Builder indexFile(Path file) {
      this.indexFile = file;
      return this;
    }

    public Builder toolVersion(String version) {
      this.toolVersion = Objects.requireNonNull(version);
      return this;
    }

    public Builder codeJars(Collection<Path> jars) {
      codeJars.addAll(jars);
      return this;
    }

    public Builder ruleLoader(ClassLoader loader) {
      this.ruleLoader = loader;
      return this;
    }

    public Builder environment(UnaryOperator<String> environment) {
      this.environment = Objects.requireNonNull(environment);
      return this;
    }

    public Builder console(Console console) {
      this.console = Objects.requireNonNull(console);
      return this;
    }

    /** A git revision or a base folder; null or blank: none. */
    public Builder ratchetFrom(String base) {
      this.ratchetFrom = base;
      return this;
    }

    public RunConfig build() {
      return new RunConfig(this);
    }
  }

  /** The classes whose jars are the library's own code, for the up-to-date fingerprint. */
  static Class<?>[] libraryClasses() {
    return new Class<?>[] {LadderRun.class, Validator.class, Ladder.class, Severity.class};
  }
}
