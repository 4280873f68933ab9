package dev.ladder.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code rules:} in ladder.yaml: a rule id, the level it is set to ({@code error},
 * {@code warning}, {@code info} or {@code off}) when the entry sets one, and the rule's options
 * when the entry is an object.
 *
 * <pre>{@code
 * rules:
 *   placeholder-text: error          # level "error", no options
 *   required-dimensions:             # level "warning", option dimensions = [delivery, people]
 *     severity: warning
 *     dimensions: [delivery, people]
 * }</pre>
 *
 * @param level the severity as written; empty when an object entry sets only options
 * @param options option name to its values as written (a single value is a list of one), in file
 *     order
 */
public record RuleSetting(
    String rule, Optional<String> level, Map<String, List<String>> options, SourceRef source) {
  public RuleSetting {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    options.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    options = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(source, "source");
  }

  /** An entry that sets a level only: {@code placeholder-text: error}. */
  public RuleSetting(String rule, String level, SourceRef source) {
    this(rule, Optional.of(level), Map.of(), source);
  }
}
