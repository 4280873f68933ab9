package dev.ladder.validator;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * A check of a ladder, and the extension point for rules of your own.
 *
 * <p>A rule looks at the {@link Ladder} (its levels, the steps up, each level's effective
 * expectations and values) and reports each finding into the {@link RuleContext}, naming the node
 * that is wrong. The validator attaches file, line and column, applies the severity configured for
 * the rule (or its {@link #defaultSeverity()}), and sorts the output. A rule never throws for a
 * finding; an exception escaping {@link #check} is a bug in the rule, and the validator reports it
 * as an {@code internal} error instead of stopping.
 *
 * <p>Rules beyond the built-in ones are found with {@link java.util.ServiceLoader}: list the class
 * in {@code META-INF/services/dev.ladder.validator.Rule} of a jar on the validator's class path
 * (for the Maven plugin, a dependency of the plugin). Their ids must differ from the built-in ones,
 * and they are configured like any other rule ({@code rules:} in ladder.yaml, {@code <rules>} in
 * the plugin).
 *
 * <pre>{@code
 * public final class TitleCase implements Rule {
 *   public String id() { return "title-case"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public String summary() { return "level titles start with a capital letter"; }
 *
 *   public void check(Ladder ladder, RuleContext context) {
 *     for (Level level : ladder.levels()) {
 *       if (!level.title().isEmpty() && Character.isLowerCase(level.title().charAt(0))) {
 *         context.report(level.source().at("title"), level.label() + " has a lower-case title");
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * Implementations must be stateless (or at least thread-safe): one instance checks many ladders,
 * possibly at the same time.
 */
public interface Rule {
  /** The rule id used in diagnostics and configuration: a slug such as {@code title-case}. */
  String id();

  /** The severity of its findings unless configuration says otherwise. */
  Severity defaultSeverity();

  /** One line that says what the rule checks, shown in rule catalogues and reports. */
  String summary();

  /**
   * Where the rule is documented, for reports that link to it (SARIF's {@code helpUri}, the
   * markdown table): empty by default, and then reports link nowhere.
   */
  default Optional<URI> docsUri() {
    return Optional.empty();
  }

  /**
   * The names of the options this rule takes, read in {@link #check} through {@link
   * RuleContext#options()}; an option it does not name is a configuration error. None by default.
   */
  default Set<String> options() {
    return Set.of();
  }

  /** Reports every finding of this rule in {@code ladder} into {@code context}. */
  void check(Ladder ladder, RuleContext context);
}
