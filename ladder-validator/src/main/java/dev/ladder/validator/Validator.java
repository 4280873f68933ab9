package dev.ladder.validator;

import dev.ladder.model.Ladder;
import dev.ladder.model.Location;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.Limits;
import dev.ladder.model.read.Problem;
import dev.ladder.model.read.ReadResult;
import dev.ladder.model.text.Similarity;
import dev.ladder.validator.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Validates ladders: reads the files, checks them against the published schemas and runs every
 * rule. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().severity("placeholder-text", "error").build();
 * ValidationResult result = validator.validate(Path.of("ladder"));
 * result.diagnostics().forEach(d -> System.out.println(TextReport.line(d)));
 * }</pre>
 *
 * <p>Severities: each rule starts at its default; {@code rules:} in ladder.yaml overrides it; the
 * caller's {@link Builder#severity} overrides both; {@code off} turns a rule off. {@code parse} and
 * {@code schema} always report errors. An unknown rule id or severity from the caller is a {@link
 * ConfigurationException}; in ladder.yaml it is a {@code schema} error at that entry, and the rest
 * of the ladder is still validated.
 *
 * <p>A rule that throws (a bug in the rule, never a finding) does not stop validation: the
 * exception becomes an error diagnostic with rule id {@code internal} at {@code ladder.yaml:1:1}
 * naming the rule, and the other rules still run.
 */
public final class Validator {
  /** The rule id of the diagnostic that reports a rule that failed with an exception. */
  public static final String INTERNAL = "internal";

  private static final String OFF = "off";

  private final Map<String, String> severities;
  private final Limits limits;
  private final List<Rule> rules;
  private final Map<String, Rule> rulesById;

  private Validator(Builder builder) {
    this.rules = loadRules(builder.extra);
    Map<String, Rule> byId = new LinkedHashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    this.rulesById = java.util.Collections.unmodifiableMap(byId);
    Map<String, String> checked = new TreeMap<>();
    builder.severities.forEach(
        (rule, severity) ->
            checked.put(rule, checkCallerSetting(rule, severity.strip().toLowerCase(Locale.ROOT))));
    this.severities = Map.copyOf(checked);
    this.limits = builder.limits;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every rule this validator runs, built-in and from {@code ServiceLoader}, sorted by id. */
  public static List<RuleInfo> rules() {
    return loadRules(List.of()).stream()
        .map(
            r ->
                new RuleInfo(
                    r.id(), r.defaultSeverity(), BuiltinRules.FIXED.contains(r.id()), r.summary()))
        .toList();
  }

  /**
   * Validates the ladder under {@code root}. File paths in diagnostics are relative to {@code
   * root}'s parent folder.
   *
   * @throws ConfigurationException when {@code root} is not a folder
   */
  public ValidationResult validate(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return validate(root, parent != null ? parent : absolute);
  }

  /**
   * Validates the ladder under {@code root}; file paths in diagnostics are relative to {@code base}
   * (for the Maven plugin, the project's base directory).
   *
   * @throws ConfigurationException when {@code root} does not exist or is not a folder
   */
  public ValidationResult validate(Path root, Path base) {
    Path absolute = root.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new ConfigurationException("ladder root " + root + " does not exist");
    }
    if (!Files.isDirectory(absolute)) {
      throw new ConfigurationException("ladder root " + root + " is not a folder");
    }
    ReadResult read;
    try {
      read = LadderReader.withLimits(limits).read(absolute);
    } catch (IllegalArgumentException e) {
      // The root itself cannot be listed (permissions, a vanished folder): the caller's problem.
      throw new ConfigurationException(e.getMessage());
    }
    return check(read, displayPrefix(absolute, base.toAbsolutePath().normalize()));
  }

  /**
   * Runs every enabled rule over what was read; {@code prefix} is put before root-relative paths.
   */
  ValidationResult check(ReadResult read, String prefix) {
    Ladder ladder = read.ladder();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Location> problemAt = new HashSet<>();
    for (Problem problem : read.problems()) {
      problemAt.add(problem.location());
      diagnostics.add(
          new Diagnostic(
              problem.rule(),
              Severity.ERROR,
              problem.message(),
              display(prefix, problem.location()),
              Optional.empty()));
    }
    Map<String, String> effective = ladderSettings(ladder, prefix, problemAt, diagnostics);
    effective.putAll(severities);
    List<Rule> enabled = new ArrayList<>();
    List<Severity> levels = new ArrayList<>();
    for (Rule rule : rules) {
      if (BuiltinRules.FIXED.contains(rule.id())) {
        continue;
      }
      String setting = effective.getOrDefault(rule.id(), rule.defaultSeverity().label());
      if (setting.equals(OFF)) {
        continue;
      }
      enabled.add(rule);
      levels.add(Severity.parse(setting).orElse(rule.defaultSeverity()));
    }
    // Rules only read the ladder: run them side by side, and keep their findings in rule order so
    // the result does not depend on scheduling.
    IntStream.range(0, enabled.size())
        .parallel()
        .mapToObj(i -> run(enabled.get(i), levels.get(i), ladder, prefix))
        .toList()
        .forEach(diagnostics::addAll);
    return new ValidationResult(ladder.id(), read.files().size(), diagnostics);
  }

  /** One rule's findings; a rule that fails gives one {@code internal} diagnostic instead. */
  private static List<Diagnostic> run(Rule rule, Severity severity, Ladder ladder, String prefix) {
    List<Diagnostic> found = new ArrayList<>();
    try {
      rule.check(ladder, new Collector(rule.id(), severity, ladder, prefix, found));
      return found;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(
          new Diagnostic(
              INTERNAL,
              Severity.ERROR,
              "rule "
                  + rule.id()
                  + " failed with "
                  + e.getClass().getName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())
                  + "; its findings are missing",
              display(prefix, Location.startOf("ladder.yaml")),
              Optional.of("this is a bug in the rule: please report it with the ladder")));
    }
  }

  /** The severities of {@code rules:} in ladder.yaml; each bad entry becomes a schema error. */
  private Map<String, String> ladderSettings(
      Ladder ladder, String prefix, Set<Location> problemAt, List<Diagnostic> diagnostics) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (RuleSetting setting : ladder.rules()) {
      SourceRef entry = setting.source();
      String problem = null;
      Location at = ladder.sources().locateKey(entry);
      if (!rulesById.containsKey(setting.rule())) {
        problem =
            "rules: names unknown rule '"
                + setting.rule()
                + "'"
                + closest(setting.rule())
                    .map(c -> "; the closest rule id is '" + c + "'")
                    .orElse("");
      } else if (BuiltinRules.FIXED.contains(setting.rule())) {
        problem = "rule '" + setting.rule() + "' always reports errors and cannot be set in rules:";
      } else if (!setting.level().equals(OFF) && Severity.parse(setting.level()).isEmpty()) {
        at = ladder.locate(entry);
        if (problemAt.contains(at)) {
          // The reader's schema check already reports this value.
          continue;
        }
        problem =
            "rules: sets '"
                + setting.rule()
                + "' to unknown severity '"
                + setting.level()
                + "'; use error, warning, info or off";
      } else {
        settings.put(setting.rule(), setting.level());
        continue;
      }
      diagnostics.add(
          new Diagnostic("schema", Severity.ERROR, problem, display(prefix, at), Optional.empty()));
    }
    return settings;
  }

  private String checkCallerSetting(String rule, String severity) {
    if (!rulesById.containsKey(rule)) {
      throw new ConfigurationException(
          "unknown rule id '"
              + rule
              + "' in the rule severities"
              + closest(rule).map(c -> "; the closest rule id is '" + c + "'").orElse(""));
    }
    if (BuiltinRules.FIXED.contains(rule)) {
      throw new ConfigurationException(
          "rule '" + rule + "' always reports errors; its severity cannot be changed");
    }
    if (!severity.equals(OFF) && Severity.parse(severity).isEmpty()) {
      throw new ConfigurationException(
          "unknown severity '"
              + severity
              + "' for rule '"
              + rule
              + "'; use error, warning, info or off");
    }
    return severity;
  }

  private Optional<String> closest(String rule) {
    return Similarity.nearestId(rule, rulesById.keySet());
  }

  private static List<Rule> loadRules(List<Rule> given) {
    Map<String, Rule> byId = new TreeMap<>();
    for (Rule rule : BuiltinRules.all()) {
      byId.put(rule.id(), rule);
    }
    List<Rule> extra = new ArrayList<>(given);
    try {
      ServiceLoader.load(Rule.class, Validator.class.getClassLoader()).forEach(extra::add);
    } catch (ServiceConfigurationError e) {
      throw new ConfigurationException(
          "a rule listed in META-INF/services/"
              + Rule.class.getName()
              + " cannot be loaded: "
              + e.getMessage());
    }
    extra.sort(Comparator.comparing(Rule::id));
    for (Rule rule : extra) {
      Rule taken = byId.putIfAbsent(Objects.requireNonNull(rule.id(), "rule id"), rule);
      if (taken != null && taken.getClass() != rule.getClass()) {
        throw new ConfigurationException(
            "rule "
                + rule.getClass().getName()
                + " uses the id '"
                + rule.id()
                + "' of "
                + taken.getClass().getName()
                + "; give it an id of its own");
      }
    }
    return List.copyOf(byId.values());
  }

  private static String displayPrefix(Path root, Path base) {
    String relative = base.relativize(root).toString().replace('\\', '/');
    return relative.isEmpty() ? "" : relative + "/";
  }

  private static Location display(String prefix, Location location) {
    return new Location(prefix + location.file(), location.line(), location.column());
  }

  /** Turns what a rule reports into located diagnostics. */
  private record Collector(
      String rule, Severity severity, Ladder ladder, String prefix, List<Diagnostic> found)
      implements RuleContext {
    @Override
    public void report(SourceRef node, String message) {
      add(ladder.locate(node), message, null);
    }

    @Override
    public void report(SourceRef node, String message, String hint) {
      add(ladder.locate(node), message, hint);
    }

    @Override
    public void reportAtKey(SourceRef member, String message, String hint) {
      add(ladder.sources().locateKey(member), message, hint);
    }

    private void add(Location location, String message, String hint) {
      found.add(
          new Diagnostic(
              rule,
              severity,
              Objects.requireNonNull(message, "message"),
              display(prefix, location),
              Optional.ofNullable(hint)));
    }
  }

  /** Configures a validator. */
  public static final class Builder {
    private final Map<String, String> severities = new LinkedHashMap<>();
    private Limits limits = Limits.DEFAULT;
    private final List<Rule> extra = new ArrayList<>();

    private Builder() {}

    /** Adds a rule instance directly, as ServiceLoader would; for tests of the engine. */
    Builder rule(Rule rule) {
      extra.add(Objects.requireNonNull(rule));
      return this;
    }

    /**
     * Sets a rule's severity ({@code error}, {@code warning}, {@code info} or {@code off}); wins
     * over {@code rules:} in ladder.yaml.
     */
    public Builder severity(String rule, String severity) {
      severities.put(Objects.requireNonNull(rule), Objects.requireNonNull(severity));
      return this;
    }

    public Builder severities(Map<String, String> map) {
      map.forEach(this::severity);
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    /**
     * @throws ConfigurationException on an unknown rule id or severity
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
