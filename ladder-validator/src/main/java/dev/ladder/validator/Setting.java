package dev.ladder.validator;

import dev.ladder.model.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a rule is set for one validation: {@link Off off}, or reporting at a severity. Written {@code
 * error}, {@code warning}, {@code info} or {@code off} in ladder.yaml and in a front end's
 * configuration, in any case.
 *
 * <pre>{@code
 * Setting setting = Setting.parse("OFF").orElseThrow(); // Setting.OFF
 * setting.severity(); // empty: the rule does not run
 * }</pre>
 */
public sealed interface Setting permits Setting.Off, Setting.Reports {
  /** The rule is turned off: it does not run. */
  Setting OFF = new Off();

  /** The rule runs, and its findings have {@code severity}. */
  static Setting of(Severity severity) {
    return new Reports(severity);
  }

  /**
   * {@code error}, {@code warning}, {@code info} or {@code off}, ignoring case and surrounding
   * blanks; empty for anything else.
   */
  static Optional<Setting> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (word.equals("off")) {
      return Optional.of(OFF);
    }
    return Severity.parse(word).map(Setting::of);
  }

  /** The severity of the rule's findings; empty when it is off. */
  Optional<Severity> severity();

  /** {@code off}, or the severity's label. */
  String label();

  /** A rule that is turned off. */
  record Off() implements Setting {
    @Override
    public Optional<Severity> severity() {
      return Optional.empty();
    }

    @Override
    public String label() {
      return "off";
    }
  }

  /** A rule that runs, reporting at {@code severity}. */
  record Reports(Severity level) implements Setting {
    public Reports {
      Objects.requireNonNull(level, "level");
    }

    @Override
    public Optional<Severity> severity() {
      return Optional.of(level);
    }

    @Override
    public String label() {
      return level.label();
    }
  }
}
