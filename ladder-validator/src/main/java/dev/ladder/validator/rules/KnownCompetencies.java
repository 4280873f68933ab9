package dev.ladder.validator.rules;

import dev.ladder.model.CompetencyId;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Severity;
import dev.ladder.validator.Finding;
import dev.ladder.validator.RuleContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code unknown-competency}: when ladder.yaml has a {@code competencies} catalogue, every
 * competency a level names is in it. The hint names the nearest catalogue id, which catches typos.
 * Without a catalogue, levels may name any competency.
 */
public final class KnownCompetencies extends BuiltinRule {
  public KnownCompetencies() {
    super(
        "unknown-competency",
        Severity.ERROR,
        "competencies named by levels are in the catalogue, when ladder.yaml has one");
  }

  @Override
  public void check(Ladder ladder, RuleContext context) {
    if (!ladder.completeness().headerRead() || ladder.competencies().isEmpty()) {
      return;
    }
    Set<String> catalogue = new TreeSet<>();
    ladder.competencies().get().forEach(c -> catalogue.add(c.id().value()));
    for (Level level : ladder.levels()) {
      List<CompetencyId> named = level.competencies();
      for (int i = 0; i < named.size(); i++) {
        String id = named.get(i).value();
        if (catalogue.contains(id)) {
          continue;
        }
        String didYouMean = Findings.didYouMean(id, catalogue);
        context.report(
            Finding.at(
                    level.source().at("competencies", i),
                    level.label()
                        + " names competency '"
                        + id
                        + "', which the competencies catalogue of ladder.yaml does not list")
                .hint(didYouMean != null ? didYouMean : "add it to competencies: in ladder.yaml")
                .key(level.id(), "competencies", id));
      }
    }
  }
}
