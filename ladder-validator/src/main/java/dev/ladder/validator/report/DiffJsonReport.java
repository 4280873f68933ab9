package dev.ladder.validator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.DimensionId;
import dev.ladder.model.LevelChange;
import dev.ladder.model.LevelChanges;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.LadderDiff;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code ladder-diff.json}, the shape of FORMAT.md section 5, keys in this order, laid out as the
 * json report ({@link Json}):
 *
 * <pre>{@code
 * {
 *   "ladder": "acme-engineering",
 *   "base": "origin/main",
 *   "head": "working tree",
 *   "summary": {"levelsAdded": 1, "levelsRemoved": 0, "levelsChanged": 3,
 *               "newFindings": 1, "fixedFindings": 0, "unchangedFindings": 4},
 *   "levels": [{"id": "vp-engineering", "title": "VP of Engineering", "change": "changed",
 *     "changes": [{"kind": "expectation-reworded", "dimension": "responsibilities",
 *       "id": "owns-org-metrics", "from": "...", "to": "...", "inherited": true}]}],
 *   "findings": {"new": [], "fixed": [], "unchanged": []}
 * }
 * }</pre>
 *
 * <p>Levels are sorted by id, changes as {@link LevelChange#ORDER} says; {@code dimension}, {@code
 * id}, {@code from} and {@code to} are absent where they do not apply. Findings have the diagnostic
 * shape of the json report (section 3); fixed ones are located in the base's files.
 */
final class DiffJsonReport {
  private DiffJsonReport() {}

  static void write(LadderDiff diff, Writer out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("ladder", diff.ladderId());
      json.writeStringField("base", diff.base());
      json.writeStringField("head", diff.head());
      json.writeObjectFieldStart("summary");
      json.writeNumberField("levelsAdded", diff.levelsAdded());
      json.writeNumberField("levelsRemoved", diff.levelsRemoved());
      json.writeNumberField("levelsChanged", diff.levelsChanged());
      json.writeNumberField("newFindings", diff.findings().added().size());
      json.writeNumberField("fixedFindings", diff.findings().fixed().size());
      json.writeNumberField("unchangedFindings", diff.findings().unchanged().size());
      json.writeEndObject();
      json.writeArrayFieldStart("levels");
      for (LevelChanges level : diff.levels().levels()) {
        json.writeStartObject();
        json.writeStringField("id", level.id().value());
        json.writeStringField("title", level.title());
        json.writeStringField("change", level.change().label());
        json.writeArrayFieldStart("changes");
        for (LevelChange change : level.changes()) {
          json.writeStartObject();
          json.writeStringField("kind", change.kind().label());
          if (change.dimension().isPresent()) {
            json.writeStringField("dimension", change.dimension().map(DimensionId::value).get());
          }
          if (change.id().isPresent()) {
            json.writeStringField("id", change.id().get());
          }
          if (change.from().isPresent()) {
            json.writeStringField("from", change.from().get());
          }
          if (change.to().isPresent()) {
            json.writeStringField("to", change.to().get());
          }
          json.writeBooleanField("inherited", change.inherited());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("findings");
      findings(json, "new", diff.findings().added());
      findings(json, "fixed", diff.findings().fixed());
      findings(json, "unchanged", diff.findings().unchanged());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void findings(JsonGenerator json, String name, List<Diagnostic> diagnostics)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Diagnostic d : diagnostics) {
      JsonReport.diagnostic(json, d);
    }
    json.writeEndArray();
  }
}
