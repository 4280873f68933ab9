package dev.ladder.validator.rules;

import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.model.text.Similarity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.Locale;
import java.util.Set;

/**
 * {@code placeholder-text}: no expectation text, level title or checkpoint is a placeholder, so an
 * unfinished ladder is not published as finished.
 *
 * <p>A text is a placeholder when, trimmed, it is empty; or has no letter or digit at all ({@code
 * ?}, {@code ...}, {@code …}, {@code -}); or starts with one of the words WIP, TBD, TBC, TBA, TODO,
 * FIXME or N/A (any case, after any opening brackets) followed by nothing or by punctuation: {@code
 * TBD}, {@code tbd.}, {@code TODO: describe}, {@code [WIP] draft}, {@code N/A}. A sentence that
 * only begins with such a word ({@code Todo lists ...}) is not one.
 */
public final class PlaceholderText extends BuiltinRule {
  private static final Set<String> WORDS =
      Set.of("wip", "tbd", "tbc", "tba", "todo", "fixme", "n/a");
  private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

  public PlaceholderText() {
    super(
        "placeholder-text",
        Severity.WARNING,
        "no expectation, title or checkpoint is a placeholder: WIP, TBD, TODO, TBA, N/A, ?, ...,"
            + " or empty");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    String hint = "write the real text, or leave the entry out until it is known";
    for (Level level : ladder.levels()) {
      if (isPlaceholder(level.title())) {
        context.report(
            Finding.at(
                    level.source().at("title"),
                    "level '" + level.id() + "' has the placeholder title " + quote(level.title()))
                .hint(hint)
                .key(level.id(), "title"));
      }
      for (Expectation e : level.ownExpectations()) {
        if (isPlaceholder(e.text())) {
          context.report(
              Finding.at(
                      e.source().at("text"),
                      level.label()
                          + " has the placeholder expectation "
                          + quote(e.text())
                          + " in "
                          + ladder.dimensionName(e.dimension()))
                  .hint(hint)
                  .key(level.id(), e.dimension(), e.id()));
        }
      }
      for (int i = 0; i < level.checkpoints().size(); i++) {
        String checkpoint = level.checkpoints().get(i);
        if (isPlaceholder(checkpoint)) {
          // Keyed without the index: a checkpoint added above it does not make it a new finding.
          context.report(
              Finding.at(
                      level.source().at("checkpoints", i),
                      level.label() + " has the placeholder checkpoint " + quote(checkpoint))
                  .hint(hint)
                  .key(level.id(), "checkpoints"));
        }
      }
    }
  }

  /** Whether {@code text} is a placeholder, as the class documentation defines it. */
  public static boolean isPlaceholder(String text) {
    String t = text.strip();
    if (!hasLetterOrDigit(t)) {
      return true;
    }
    if (!Similarity.ascii(t)) {
      // Lower case may change the length of some letters outside ASCII: scan the lowered text.
      t = t.toLowerCase(Locale.ROOT);
    }
    int start = 0;
    while (start < t.length() && "([{<*_".indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    int end = start;
    while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '/')) {
      end++;
    }
    if (end - start > LONGEST
        || !WORDS.contains(t.substring(start, end).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String rest = t.substring(end).strip();
    return rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0));
  }

  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
