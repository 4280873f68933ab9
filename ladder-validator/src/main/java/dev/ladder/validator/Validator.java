package dev.ladder.validator;

import dev.ladder.model.Ladder;
import dev.ladder.model.Location;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.Severity;
import dev.ladder.model.SourceRef;
import dev.ladder.model.read.LadderReader;
import dev.ladder.model.read.LadderSnapshot;
import dev.ladder.model.read.LadderSource;
import dev.ladder.model.read.Limits;
import dev.ladder.model.read.Problem;
import dev.ladder.model.read.ReadResult;
import dev.ladder.model.text.Similarity;
import dev.ladder.validator.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
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

  private final Map<String, Setting> severities;
  private final Map<String, Map<String, List<String>>> options;
  private final Limits limits;
  private final List<Rule> rules;
  private final Map<String, Rule> rulesById;
  private final Set<String> builtin;

  private Validator(Builder builder) {
    this.rules = loadRules(builder.extra, builder.loader);
    Map<String, Rule> byId = new LinkedHashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    this.rulesById = Collections.unmodifiableMap(byId);
    this.builtin = BuiltinRules.all().stream().map(Rule::id).collect(Collectors.toSet());
    Map<String, Setting> checked = new TreeMap<>();
    Map<String, Map<String, List<String>>> callerOptions = new TreeMap<>();
    builder.severities.forEach(
        (key, value) -> {
          int dot = key.indexOf('.');
          if (dot < 0) {
            checked.put(key, checkCallerSetting(key, value));
          } else {
            String rule = key.substring(0, dot);
            String option = key.substring(dot + 1);
            checkCallerOption(rule, option);
            callerOptions
                .computeIfAbsent(rule, r -> new TreeMap<>())
                .put(option, splitValues(value));
          }
        });
    this.severities = Map.copyOf(checked);
    this.options = Map.copyOf(callerOptions);
    this.limits = builder.limits;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every rule a default validator runs, built-in and from {@code ServiceLoader} on this library's
   * class path, sorted by id.
   */
  public static List<RuleInfo> rules() {
    return builder().build().catalogue();
  }

  /** Every rule this validator runs, sorted by id. */
  public List<RuleInfo> catalogue() {
    return rules.stream().map(this::info).toList();
  }

  /** The reader this validator reads ladders with, at its limits. */
  public LadderReader reader() {
    return LadderReader.withLimits(limits);
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
    return validate(ladderRoot(root), displayPrefix(root, base));
  }

  /**
   * Validates the ladder that {@code source} holds; {@code pathPrefix} goes before each file's path
   * relative to the root in diagnostics ({@code "ladder/"}, or empty).
   *
   * @throws ConfigurationException when the source's root cannot be listed
   */
  public ValidationResult validate(LadderSource source, String pathPrefix) {
    return check(snapshot(source), pathPrefix);
  }

  /**
   * Lists and loads the files of {@code source} within this validator's limits: what a front end
   * fingerprints before it decides to {@linkplain #check(LadderSnapshot, String) check} them.
   *
   * @throws ConfigurationException when the source's root cannot be listed
   */
  public LadderSnapshot snapshot(LadderSource source) {
    try {
      return reader().snapshot(source);
    } catch (IllegalArgumentException e) {
      // The root itself cannot be listed (permissions, a vanished folder): the caller's problem.
      throw new ConfigurationException(e.getMessage());
    }
  }

  /** Reads and checks the files of a snapshot; {@code pathPrefix} as for {@link #validate}. */
  public ValidationResult check(LadderSnapshot snapshot, String pathPrefix) {
    ReadResult read = reader().read(snapshot);
    // The snapshot's bytes need not outlive the read: let them go before the rules run.
    snapshot = null;
    return check(read, pathPrefix);
  }

  /**
   * Checks a ladder that is already read, with the located problems of its reading, for an
   * application that holds the model.
   *
   * <pre>{@code
   * ReadResult read = LadderReader.standard().read(LadderSource.classpath(loader, "ladder"));
   * ValidationResult result = Validator.builder().build().check(read, "");
   * }</pre>
   */
  public ValidationResult check(ReadResult read, String pathPrefix) {
    return check(read.ladder(), read.problems(), read.files().size(), pathPrefix);
  }

  /** Checks a ladder that is already read, or built in code: it had no reading problems. */
  public ValidationResult check(Ladder ladder) {
    Set<String> files = new TreeSet<>(ladder.sources().paths());
    files.add(Ladder.HEADER_FILE);
    ladder.levels().forEach(l -> files.add(l.file()));
    return check(ladder, List.of(), files.size(), "");
  }

  private ValidationResult check(
      Ladder ladder, List<Problem> problems, int files, String pathPrefix) {
    String prefix =
        pathPrefix.isEmpty() || pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/";
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Location> problemAt = new HashSet<>();
    KeyFiles keyFiles = KeyFiles.of(ladder);
    for (Problem problem : problems) {
      problemAt.add(problem.location());
      diagnostics.add(
          new Diagnostic(
              problem.rule(),
              Severity.ERROR,
              problem.message(),
              display(prefix, problem.location()),
              Optional.empty(),
              new FindingKey(
                  keyFiles.of(problem.location().file()), List.of(problem.rule(), problem.key())),
              List.of()));
    }
    Map<String, Map<String, List<String>>> ruleOptions = new HashMap<>();
    Map<String, Setting> effective =
        ladderSettings(ladder, prefix, problemAt, diagnostics, ruleOptions);
    effective.putAll(severities);
    options.forEach(
        (rule, set) -> ruleOptions.computeIfAbsent(rule, r -> new TreeMap<>()).putAll(set));
    List<ConfiguredRule> configured = new ArrayList<>();
    List<Rule> enabled = new ArrayList<>();
    List<Severity> levels = new ArrayList<>();
    List<RuleOptions> optionsOf = new ArrayList<>();
    for (Rule rule : rules) {
      boolean fixed = BuiltinRules.FIXED.contains(rule.id());
      Setting setting =
          fixed
              ? Setting.of(Severity.ERROR)
              : effective.getOrDefault(rule.id(), Setting.of(rule.defaultSeverity()));
      configured.add(new ConfiguredRule(info(rule), setting));
      if (!fixed && setting.severity().isPresent()) {
        enabled.add(rule);
        levels.add(setting.severity().get());
        optionsOf.add(new RuleOptions(ruleOptions.getOrDefault(rule.id(), Map.of())));
      }
    }
    // Rules only read the ladder: run them side by side, and keep their findings in rule order so
    // the result does not depend on scheduling.
    IntStream.range(0, enabled.size())
        .parallel()
        .mapToObj(
            i -> run(enabled.get(i), levels.get(i), optionsOf.get(i), ladder, prefix, keyFiles))
        .toList()
        .forEach(diagnostics::addAll);
    return new ValidationResult(ladder.id(), files, diagnostics, configured);
  }

  private RuleInfo info(Rule rule) {
    return RuleInfo.of(rule, builtin.contains(rule.id()), BuiltinRules.FIXED.contains(rule.id()));
  }

  /** One rule's findings; a rule that fails gives one {@code internal} diagnostic instead. */
  private static List<Diagnostic> run(
      Rule rule,
      Severity severity,
      RuleOptions options,
      Ladder ladder,
      String prefix,
      KeyFiles keyFiles) {
    List<Diagnostic> found = new ArrayList<>();
    try {
      rule.check(
          ladder, new Collector(rule.id(), severity, options, ladder, prefix, keyFiles, found));
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
              display(prefix, Location.startOf(Ladder.HEADER_FILE)),
              Optional.of("this is a bug in the rule: please report it with the ladder"),
              new FindingKey(Ladder.HEADER_FILE, List.of(INTERNAL, rule.id())),
              List.of()));
    }
  }

  /**
   * The settings of {@code rules:} in ladder.yaml, and the options of its object entries into
   * {@code options}; each bad entry becomes a schema error.
   */
  private Map<String, Setting> ladderSettings(
      Ladder ladder,
      String prefix,
      Set<Location> problemAt,
      List<Diagnostic> diagnostics,
      Map<String, Map<String, List<String>>> options) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (RuleSetting setting : ladder.rules()) {
      SourceRef entry = setting.source();
      Location at = ladder.sources().locateKey(entry);
      String problem = null;
      Rule rule = rulesById.get(setting.rule());
      if (rule == null) {
        problem =
            "rules: names unknown rule '"
                + setting.rule()
                + "'"
                + closest(setting.rule())
                    .map(c -> "; the closest rule id is '" + c + "'")
                    .orElse("");
      } else if (BuiltinRules.FIXED.contains(setting.rule())) {
        problem = "rule '" + setting.rule() + "' always reports errors and cannot be set in rules:";
      }
      if (problem != null) {
        diagnostics.add(schemaError(problem, prefix, at, "rules", setting.rule()));
        continue;
      }
      if (setting.level().isPresent()) {
        String level = setting.level().get();
        // The published schema takes the words in lower case only.
        Optional<Setting> parsed = Setting.parse(level).filter(p -> p.label().equals(level));
        SourceRef node =
            setting.options().isEmpty() && isText(ladder, entry) ? entry : entry.at("severity");
        Location valueAt = ladder.locate(node);
        if (parsed.isPresent()) {
          settings.put(setting.rule(), parsed.get());
        } else if (!problemAt.contains(valueAt)) {
          // (Otherwise the reader's schema check already reports this value.)
          diagnostics.add(
              schemaError(
                  "rules: sets '"
                      + setting.rule()
                      + "' to unknown severity '"
                      + level
                      + "'; use error, warning, info or off",
                  prefix,
                  valueAt,
                  "rules",
                  setting.rule(),
                  "severity"));
        }
      }
      setting
          .options()
          .forEach(
              (name, values) -> {
                if (rule.options().contains(name)) {
                  options.computeIfAbsent(rule.id(), r -> new TreeMap<>()).put(name, values);
                } else {
                  diagnostics.add(
                      schemaError(
                          "rules: " + unknownOption(rule, name),
                          prefix,
                          ladder.sources().locateKey(entry.at(name)),
                          "rules",
                          rule.id(),
                          name));
                }
              });
    }
    return settings;
  }

  /** Whether the entry's value is a text (its level is the entry itself) rather than an object. */
  private static boolean isText(Ladder ladder, SourceRef entry) {
    return ladder
        .sources()
        .file(entry.file())
        .flatMap(map -> map.value(entry.pointer() + "/severity"))
        .isEmpty();
  }

  private static Diagnostic schemaError(String message, String prefix, Location at, String... key) {
    return new Diagnostic(
        Problem.SCHEMA,
        Severity.ERROR,
        message,
        display(prefix, at),
        Optional.empty(),
        new FindingKey(Ladder.HEADER_FILE, List.of(key)),
        List.of());
  }

  private void checkCallerOption(String rule, String option) {
    Rule known = rulesById.get(rule);
    if (known == null) {
      throw new ConfigurationException(
          "unknown rule id '"
              + rule
              + "' in the rule option '"
              + rule
              + "."
              + option
              + "'"
              + closest(rule).map(c -> "; the closest rule id is '" + c + "'").orElse(""));
    }
    if (!known.options().contains(option)) {
      throw new ConfigurationException(unknownOption(known, option));
    }
  }

  private static String unknownOption(Rule rule, String option) {
    return "rule '"
        + rule.id()
        + "' has no option '"
        + option
        + "'"
        + (rule.options().isEmpty()
            ? "; it takes none"
            : "; it takes: " + String.join(", ", new TreeSet<>(rule.options())));
  }

  /** A front end's option value: a comma list, each value trimmed, empty ones dropped. */
  private static List<String> splitValues(String value) {
    List<String> values = new ArrayList<>();
    for (String v : (value == null ? "" : value).split(",", -1)) {
      if (!v.isBlank()) {
        values.add(v.strip());
      }
    }
    return values;
  }

  private Setting checkCallerSetting(String rule, String severity) {
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
    return Setting.parse(severity)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    "unknown severity '"
                        + severity.strip().toLowerCase(Locale.ROOT)
                        + "' for rule '"
                        + rule
                        + "'; use error, warning, info or off"));
  }

  private Optional<String> closest(String rule) {
    return Similarity.nearestId(rule, rulesById.keySet());
  }

  private static List<Rule> loadRules(List<Rule> given, ClassLoader loader) {
    Map<String, Rule> byId = new TreeMap<>();
    for (Rule rule : BuiltinRules.all()) {
      byId.put(rule.id(), rule);
    }
    List<Rule> extra = new ArrayList<>(given);
    try {
      ServiceLoader.load(Rule.class, loader).forEach(extra::add);
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

  /**
   * The ladder root folder {@code root} as a source, once it is known to be one.
   *
   * @throws ConfigurationException when {@code root} does not exist or is not a folder
   */
  public static LadderSource ladderRoot(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new ConfigurationException("ladder root " + root + " does not exist");
    }
    if (!Files.isDirectory(absolute)) {
      throw new ConfigurationException("ladder root " + root + " is not a folder");
    }
    return LadderSource.folder(absolute);
  }

  /**
   * What goes before a root-relative path so that it reads relative to {@code base}: {@code
   * "ladder/"} for the root {@code base/ladder}, empty for the base itself.
   */
  public static String displayPrefix(Path root, Path base) {
    Path absolute = root.toAbsolutePath().normalize();
    String relative =
        base.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
    return relative.isEmpty() ? "" : relative + "/";
  }

  private static Location display(String prefix, Location location) {
    return new Location(prefix + location.file(), location.line(), location.column());
  }

  /**
   * The file of a finding's key: {@code level:<id>} for a file that holds a level (so a renamed
   * level file keeps its findings), else the file's path from the ladder root.
   */
  private record KeyFiles(Map<String, String> levels) {
    static KeyFiles of(Ladder ladder) {
      Map<String, String> levels = new HashMap<>();
      ladder.levels().forEach(l -> levels.putIfAbsent(l.file(), FindingKey.LEVEL + l.id()));
      return new KeyFiles(levels);
    }

    String of(String file) {
      return levels.getOrDefault(file, file);
    }
  }

  /** Turns what a rule reports into located diagnostics. */
  private record Collector(
      String rule,
      Severity severity,
      RuleOptions options,
      Ladder ladder,
      String prefix,
      KeyFiles keyFiles,
      List<Diagnostic> found)
      implements RuleContext {
    @Override
    public void report(SourceRef node, String message) {
      report(Finding.at(node, message));
    }

    @Override
    public void report(SourceRef node, String message, String hint) {
      report(Finding.at(node, message).hint(hint));
    }

    @Override
    public void reportAtKey(SourceRef member, String message, String hint) {
      report(Finding.atKey(member, message).hint(hint));
    }

    @Override
    public void report(Finding finding) {
      Location at =
          finding.atKey()
              ? ladder.sources().locateKey(finding.node())
              : ladder.locate(finding.node());
      List<Location> related = new ArrayList<>();
      for (SourceRef node : finding.related()) {
        Location r = display(prefix, ladder.locate(node));
        if (!node.file().equals(at.file()) && !related.contains(r)) {
          related.add(r);
        }
      }
      related.sort(Comparator.naturalOrder());
      found.add(
          new Diagnostic(
              rule,
              severity,
              finding.message(),
              display(prefix, at),
              finding.hint(),
              new FindingKey(keyFiles.of(at.file()), finding.effectiveKey()),
              related));
    }
  }

  /** Configures a validator. */
  public static final class Builder {
    private final Map<String, String> severities = new LinkedHashMap<>();
    private Limits limits = Limits.DEFAULT;
    private final List<Rule> extra = new ArrayList<>();
    private ClassLoader loader = Validator.class.getClassLoader();

    private Builder() {}

    /** Adds a rule of the caller's, as if {@code ServiceLoader} had found it. */
    public Builder rule(Rule rule) {
      extra.add(Objects.requireNonNull(rule));
      return this;
    }

    /**
     * Where {@code ServiceLoader} looks for rules beyond the built-in ones: by default the class
     * loader of this library; a front end that loads rule jars of its own passes theirs.
     */
    public Builder ruleLoader(ClassLoader loader) {
      this.loader = Objects.requireNonNull(loader);
      return this;
    }

    /**
     * Sets a rule's severity ({@code error}, {@code warning}, {@code info} or {@code off}, in any
     * case); wins over {@code rules:} in ladder.yaml.
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
