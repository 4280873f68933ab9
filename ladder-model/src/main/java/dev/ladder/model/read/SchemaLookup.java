package dev.ladder.model.read;

import java.util.Objects;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/** Finds, in a loaded schema, what a violation message needs to name. */
final class SchemaLookup {
  private SchemaLookup() {}

  /** The allowed values at a pointer, when the schema there is an enum. */
  static EnumSchema enumAt(Schema root, String pointer) {
    return enumOf(schemaAt(root, pointer));
  }

  /** The schema that applies at a pointer, following properties, map values and list items. */
  static Schema schemaAt(Schema root, String pointer) {
    Schema schema = root;
    if (pointer.isEmpty()) {
      return schema;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      while (schema instanceof ReferenceSchema r) {
        schema = r.getReferredSchema();
      }
      if (schema instanceof CombinedSchema c) {
        // A value of several types (a rule's text or object): the part that has members or items.
        schema = container(c);
      }
      if (schema instanceof ObjectSchema o) {
        schema = o.getPropertySchemas().getOrDefault(token, o.getSchemaOfAdditionalProperties());
      } else if (schema instanceof ArraySchema a) {
        schema = a.getAllItemSchema();
      } else {
        return null;
      }
    }
    return schema;
  }

  /** The object or list schema among the parts of a combined one, however deep; else itself. */
  private static Schema container(CombinedSchema combined) {
    for (Schema sub : combined.getSubschemas()) {
      Schema found = sub instanceof CombinedSchema c ? container(c) : sub;
      if (found instanceof ObjectSchema || found instanceof ArraySchema) {
        return found;
      }
    }
    return combined;
  }

  /** The enum a violation is about; for a map's values the library names the map's schema. */
  static EnumSchema enumOf(Schema schema) {
    if (schema instanceof EnumSchema e) {
      return e;
    }
    if (schema instanceof ObjectSchema o) {
      return enumOf(o.getSchemaOfAdditionalProperties());
    }
    if (schema instanceof ReferenceSchema r) {
      return enumOf(r.getReferredSchema());
    }
    if (schema instanceof ConditionalSchema c) {
      return c.getThenSchema().map(SchemaLookup::enumOf).orElse(null);
    }
    if (schema instanceof CombinedSchema c) {
      return c.getSubschemas().stream()
          .map(SchemaLookup::enumOf)
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(null);
    }
    return null;
  }

  /** How the schema library's type names read in a message. */
  static String typeName(String everitType) {
    switch (everitType) {
      case "String":
        return "text";
      case "Integer":
        return "a whole number";
      case "Number":
      case "Long":
      case "BigInteger":
      case "BigDecimal":
      case "Double":
      case "Float":
        return "a number";
      case "JSONObject":
        return "a mapping of keys to values";
      case "JSONArray":
        return "a list";
      case "Boolean":
        return "true or false";
      case "Null":
        return "nothing (null)";
      default:
        return everitType;
    }
  }
}
