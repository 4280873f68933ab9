package dev.ladder.validator;

import dev.ladder.model.read.Limits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates ladders: reads the files, checks them against the published schemas and runs every
 * rule. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().severity("placeholder-text", "error").build();
 * ValidationResult result = validator.validate(Path.of("ladder"));
 * result.diagnostics().forEach(d -> System.out.println(TextReport.line(d)));
 * }</pre>
 */
public final class Validator {
  private final Map<String, String> severities;
  private final Limits limits;

  private Validator(Builder builder) {
    this.severities = Map.copyOf(builder.severities);
    this.limits = builder.limits;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every rule this validator runs, built-in and from {@code ServiceLoader}, sorted by id. */
  public static List<RuleInfo> rules() {
    throw new UnsupportedOperationException("implemented by the rule engine");
  }

  /**
   * Validates the ladder under {@code root}. File paths in diagnostics are relative to {@code
   * root}'s parent folder.
   *
   * @throws ConfigurationException when {@code root} is not a folder
   */
  public ValidationResult validate(Path root) {
    return validate(root, root.toAbsolutePath().normalize().getParent());
  }

  /**
   * Validates the ladder under {@code root}; file paths in diagnostics are relative to {@code base}
   * (for the Maven plugin, the project's base directory).
   */
  public ValidationResult validate(Path root, Path base) {
    throw new UnsupportedOperationException("implemented by the rule engine");
  }

  /** Configures a validator. */
  public static final class Builder {
    private final Map<String, String> severities = new LinkedHashMap<>();
    private Limits limits = Limits.DEFAULT;

    private Builder() {}

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
