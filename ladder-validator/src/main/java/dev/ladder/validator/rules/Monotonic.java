package dev.ladder.validator.rules;

import dev.ladder.model.Level;
import dev.ladder.model.SourceRef;
import dev.ladder.model.StepUp;
import dev.ladder.model.text.Numbers;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one comparison of the numeric monotonic rules (experience, scope, compensation): on a step
 * up, a value of the higher level below the same value of the lower one, compared only where both
 * levels have it (FORMAT.md section 1), reported at the higher level's own value or, when it
 * inherits the value, at its {@code extends}. The finding's key is the two levels and the value's
 * path ({@code experience/minYears}); the lower level's value is related.
 */
final class Monotonic {
  /** The message of a finding, from the higher level's value and the lower level's. */
  interface Message {
    String of(Level higher, String to, BigDecimal toValue, String from);
  }

  private Monotonic() {}

  /**
   * Reports when {@code higher} is below {@code lower}.
   *
   * @param writesIt whether the higher level's own file writes the value
   * @param node the value's node in the higher level's file
   * @param lowerNode where the lower level's value is written, or its {@code extends}
   * @param hint what to do, before the lower value: {@code "raise it to at least "}
   * @param path the value's path in a level file, for the finding's key: {@code experience,
   *     minYears}
   */
  static void compare(
      RuleContext context,
      StepUp step,
      Optional<BigDecimal> lower,
      Optional<BigDecimal> higher,
      boolean writesIt,
      SourceRef node,
      SourceRef lowerNode,
      Message message,
      String hint,
      String... path) {
    if (lower.isEmpty() || higher.isEmpty() || higher.get().compareTo(lower.get()) >= 0) {
      return;
    }
    Level h = step.higher();
    String from = Numbers.plain(lower.get());
    Object[] key = new Object[path.length + 2];
    key[0] = h.id();
    key[1] = step.lower().id();
    System.arraycopy(path, 0, key, 2, path.length);
    context.report(
        Finding.at(
                h.valueSource(writesIt, node),
                message.of(h, Numbers.plain(higher.get()), higher.get(), from)
                    + " of "
                    + step.lower().label())
            .hint(hint + from)
            .key(key)
            .related(lowerNode));
  }
}
