package dev.ladder.validator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.Location;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The json report of FORMAT.md section 3: one object with the ladder id, the file count, a summary
 * of counts and every diagnostic, keys in this order, {@code hint} absent when there is none.
 * Pretty-printed with two spaces and '\n', ending in a newline:
 *
 * <pre>{@code
 * {
 *   "ladder": "acme-engineering",
 *   "files": 12,
 *   "summary": {
 *     "errors": 1,
 *     "warnings": 0,
 *     "infos": 0
 *   },
 *   "diagnostics": [
 *     {
 *       "rule": "expectation-containment",
 *       "severity": "error",
 *       "file": "ladder/levels/vp.yaml",
 *       "line": 14,
 *       "column": 7,
 *       "message": "...",
 *       "hint": "...",
 *       "related": [
 *         {
 *           "file": "ladder/levels/director.yaml",
 *           "line": 9,
 *           "column": 7
 *         }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code related} (FORMAT.md section 5) lists the places in other files that cause the finding,
 * and is absent when there are none.
 */
public final class JsonReport {
  private JsonReport() {}

  static void write(ValidationResult result, Writer out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("ladder", result.ladderId());
      json.writeNumberField("files", result.files());
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", result.errors());
      json.writeNumberField("warnings", result.warnings());
      json.writeNumberField("infos", result.infos());
      json.writeEndObject();
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        diagnostic(json, d);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** One diagnostic in the shape of FORMAT.md section 3, shared with the changes report. */
  static void diagnostic(JsonGenerator json, Diagnostic d) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", d.rule());
    json.writeStringField("severity", d.severity().label());
    json.writeStringField("file", d.file());
    json.writeNumberField("line", d.line());
    json.writeNumberField("column", d.column());
    json.writeStringField("message", d.message());
    if (d.hint().isPresent()) {
      json.writeStringField("hint", d.hint().get());
    }
    if (!d.related().isEmpty()) {
      json.writeArrayFieldStart("related");
      for (Location r : d.related()) {
        json.writeStartObject();
        json.writeStringField("file", r.file());
        json.writeNumberField("line", r.line());
        json.writeNumberField("column", r.column());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }
}
