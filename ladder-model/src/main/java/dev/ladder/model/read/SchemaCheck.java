package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladder.model.Location;
import dev.ladder.model.Position;
import dev.ladder.model.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Validates a parsed file against the published JSON Schema of its kind, loaded once from this jar,
 * and turns each violation into a {@code schema} problem at the offending node.
 */
final class SchemaCheck {
  static final String SCHEMA_FOLDER = "/dev/ladder/schema/";

  private static final Map<FileKind, Schema> SCHEMAS =
      Map.of(FileKind.LADDER, load(FileKind.LADDER), FileKind.LEVEL, load(FileKind.LEVEL));

  private SchemaCheck() {}

  /** The located schema problems of one file, sorted by line, column and message. */
  static List<Problem> check(Parsed parsed, FileKind kind, String file) {
    List<SchemaMessages.Violation> violations = new ArrayList<>();
    try {
      SCHEMAS.get(kind).validate(toOrgJson(parsed.tree()));
    } catch (ValidationException e) {
      new SchemaMessages(parsed.tree(), kind, SCHEMAS.get(kind)).collect(e, violations);
    }
    TreeSet<Problem> problems =
        new TreeSet<>(Comparator.comparing(Problem::location).thenComparing(Problem::message));
    for (SchemaMessages.Violation v : violations) {
      problems.add(
          new Problem(
              Problem.SCHEMA,
              v.message(),
              Location.of(file, position(parsed.sources(), v)),
              v.pointer() + " " + v.kind()));
    }
    return List.copyOf(problems);
  }

  private static Position position(SourceMap sources, SchemaMessages.Violation v) {
    return v.atKey()
        ? sources.key(v.pointer()).orElseGet(() -> sources.locate(v.pointer()))
        : sources.locate(v.pointer());
  }

  /** Loads a schema from the jar with a client that refuses every URL. */
  static Schema load(FileKind kind) {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_FOLDER + kind.schema())) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + SCHEMA_FOLDER + kind.schema());
      }
      JSONObject json = new JSONObject(new JSONTokener(in));
      return SchemaLoader.builder()
          .schemaClient(new RefusingSchemaClient())
          .draftV7Support()
          .schemaJson(json)
          .build()
          .load()
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree as org.json values, which the schema library validates; depth is already bounded. */
  static Object toOrgJson(JsonNode node) {
    if (node.isObject()) {
      JSONObject object = new JSONObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        object.put(member.getKey(), toOrgJson(member.getValue()));
      }
      return object;
    }
    if (node.isArray()) {
      JSONArray array = new JSONArray();
      node.forEach(item -> array.put(toOrgJson(item)));
      return array;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isInt()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return JSONObject.NULL;
  }
}
