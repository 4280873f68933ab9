package dev.ladder.validator.rules;

import dev.ladder.model.Ladder;
import dev.ladder.model.Severity;
import dev.ladder.model.read.Problem;
import dev.ladder.validator.RuleContext;

/**
 * {@code schema}: every file validates against the published JSON Schema of its kind. The reader
 * finds these problems while it reads; the validator adds a few of its own under this id (an
 * unknown rule id or severity in {@code rules:} of ladder.yaml). This class only carries the rule's
 * id, severity and summary into the catalogue.
 */
public final class SchemaConformance extends BuiltinRule {
  public static final String ID = Problem.SCHEMA;

  public SchemaConformance() {
    super(
        ID,
        Severity.ERROR,
        "the file validates against the published JSON Schema of its kind (ladder or level)");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    // Reported by the reader, and by the validator for the rules: section of ladder.yaml.
  }
}
