package dev.ladder.validator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The options one rule runs with, by name, each a list of texts: from {@code rules:} in ladder.yaml
 * ({@code required-dimensions: {dimensions: [delivery, people]}}), and from the front end ({@code
 * <rules><required-dimensions.dimensions>delivery,people</required-dimensions.dimensions>} in the
 * plugin, {@code --rule required-dimensions.dimensions=delivery,people} on the command line), which
 * wins option by option. A rule names the options it takes in {@link Rule#options()}; any other is
 * refused before it runs.
 *
 * <pre>{@code
 * List<String> required = context.options().values("dimensions");
 * }</pre>
 */
public final class RuleOptions {
  /** No options. */
  public static final RuleOptions NONE = new RuleOptions(Map.of());

  private final Map<String, List<String>> values;

  public RuleOptions(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new TreeMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    this.values = Collections.unmodifiableMap(copy);
  }

  /** The values of an option, in the order written; empty when it is not set. */
  public List<String> values(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** The first value of an option, when it is set. */
  public Optional<String> value(String name) {
    return values(name).stream().findFirst();
  }

  /** Whether the option is set (possibly to an empty list). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The names of the options that are set, sorted. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Every option, by name. */
  public Map<String, List<String>> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleOptions other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
