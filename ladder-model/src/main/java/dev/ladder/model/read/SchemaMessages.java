package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladder.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/**
 * Turns the schema library's violations into short messages in the ladder's words, one per real
 * mistake: a failed {@code oneOf} reports the branch the value was evidently meant for.
 */
final class SchemaMessages {
  /**
   * One violation: the node it concerns, whether to point at the member's key, and its kind (the
   * schema keyword, and the missing key of {@code required}), which with the pointer identifies it
   * whatever the message says.
   */
  record Violation(String pointer, String message, boolean atKey, String kind) {
    Violation(String pointer, String message, boolean atKey) {
      this(pointer, message, atKey, "");
    }

    Violation withKind(String kind) {
      return new Violation(pointer, message, atKey, kind);
    }
  }

  private static final Pattern EXTRANEOUS =
      Pattern.compile("extraneous key \\[(.*)] is not permitted");
  private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)] not found");
  private static final Pattern TYPE = Pattern.compile("expected type: (\\w+), found: (\\w+)");
  private static final Pattern STRING =
      Pattern.compile("string \\[(.*)] does not match pattern (.*)");
  private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private final JsonNode tree;
  private final FileKind kind;
  private final Schema root;

  SchemaMessages(JsonNode tree, FileKind kind, Schema root) {
    this.tree = tree;
    this.kind = kind;
    this.root = root;
  }

  void collect(ValidationException e, List<Violation> out) {
    String keyword = e.getKeyword();
    if (("oneOf".equals(keyword) || "anyOf".equals(keyword))
        && !e.getCausingExceptions().isEmpty()) {
      oneOf(e, out);
    } else if (e.getCausingExceptions().isEmpty()) {
      out.add(leaf(e).withKind(kindOf(e)));
    } else {
      e.getCausingExceptions().forEach(cause -> collect(cause, out));
    }
  }

  /**
   * A value that matched no branch: the branches whose type it has say what is wrong with it; when
   * it has the type of none, say which types would do.
   */
  private void oneOf(ValidationException e, List<Violation> out) {
    String pointer = pointer(e);
    Set<String> expected = new LinkedHashSet<>();
    String found = null;
    for (ValidationException branch : e.getCausingExceptions()) {
      List<Violation> leaves = new ArrayList<>();
      List<ValidationException> raw = new ArrayList<>();
      leafExceptions(branch, raw);
      boolean typeMismatch = true;
      for (ValidationException leaf : raw) {
        Matcher m = TYPE.matcher(String.valueOf(leaf.getErrorMessage()));
        if ("type".equals(leaf.getKeyword()) && pointer(leaf).equals(pointer) && m.matches()) {
          expected.add(SchemaLookup.typeName(m.group(1)));
          found = SchemaLookup.typeName(m.group(2));
        } else {
          typeMismatch = false;
        }
      }
      if (!typeMismatch) {
        collect(branch, leaves);
        out.addAll(leaves);
        return;
      }
    }
    out.add(
        new Violation(
            pointer,
            subject(pointer) + ": expected " + String.join(" or ", expected) + ", found " + found,
            false,
            "type"));
  }

  /** The keyword a leaf violates; for {@code required}, with the key that is missing. */
  private static String kindOf(ValidationException e) {
    String keyword = String.valueOf(e.getKeyword());
    Matcher m = REQUIRED.matcher(String.valueOf(e.getErrorMessage()));
    return keyword.equals("required") && m.matches() ? keyword + " " + m.group(1) : keyword;
  }

  private static void leafExceptions(ValidationException e, List<ValidationException> out) {
    if (e.getCausingExceptions().isEmpty()) {
      out.add(e);
    } else {
      e.getCausingExceptions().forEach(c -> leafExceptions(c, out));
    }
  }

  private Violation leaf(ValidationException e) {
    String pointer = pointer(e);
    String keyword = String.valueOf(e.getKeyword());
    String message = String.valueOf(e.getErrorMessage());
    Matcher m;
    switch (keyword) {
      case "additionalProperties":
        if ((m = EXTRANEOUS.matcher(message)).matches()) {
          return new Violation(
              pointer + "/" + SourceRef.escape(m.group(1)),
              "unknown key " + Text.quote(m.group(1)) + " in " + where(pointer),
              true);
        }
        break;
      case "required":
        if ((m = REQUIRED.matcher(message)).matches()) {
          return new Violation(
              pointer,
              "missing required key "
                  + Text.quote(m.group(1))
                  + (pointer.isEmpty() ? "" : " in " + where(pointer)),
              false);
        }
        break;
      case "type":
        if ((m = TYPE.matcher(message)).matches()) {
          return new Violation(
              pointer,
              subject(pointer)
                  + ": expected "
                  + SchemaLookup.typeName(m.group(1))
                  + ", found "
                  + SchemaLookup.typeName(m.group(2)),
              false);
        }
        break;
      case "pattern":
        if ((m = STRING.matcher(message)).matches()) {
          return pattern(pointer, m.group(1), m.group(2));
        }
        break;
      case "enum":
        EnumSchema allowedValues = SchemaLookup.enumAt(root, pointer);
        if (allowedValues != null) {
          List<String> allowed =
              allowedValues.getPossibleValuesAsList().stream().map(String::valueOf).toList();
          return new Violation(
              pointer,
              subject(pointer)
                  + ": "
                  + shown(pointer)
                  + " is not one of "
                  + String.join(", ", allowed),
              false);
        }
        break;
      case "const":
        if (e.getViolatedSchema() instanceof ConstSchema schema) {
          return new Violation(
              pointer,
              subject(pointer)
                  + " must be "
                  + schema.getPermittedValue()
                  + ", not "
                  + constShown(pointer, schema.getPermittedValue()),
              false);
        }
        break;
      case "minimum":
        if (e.getViolatedSchema() instanceof NumberSchema schema) {
          return new Violation(
              pointer, subject(pointer) + " must be at least " + schema.getMinimum(), false);
        }
        break;
      case "maximum":
        if (e.getViolatedSchema() instanceof NumberSchema schema) {
          return new Violation(
              pointer, subject(pointer) + " must be at most " + schema.getMaximum(), false);
        }
        break;
      case "minLength":
        return new Violation(pointer, subject(pointer) + " must not be empty", false);
      case "minItems":
        if (e.getViolatedSchema() instanceof ArraySchema schema) {
          return new Violation(
              pointer,
              subject(pointer) + " needs at least " + schema.getMinItems() + " item(s)",
              false);
        }
        break;
      case "uniqueItems":
        return new Violation(pointer, subject(pointer) + " names the same item twice", false);
      default:
        break;
    }
    return new Violation(pointer, subject(pointer) + ": " + Text.message(message), false);
  }

  private Violation pattern(String pointer, String value, String regex) {
    String what =
        regex.equals(SLUG)
            ? "is not an id: use lower-case letters and digits joined by single hyphens"
            : regex.equals("^[A-Z]{3}$")
                ? "is not a currency code such as USD"
                : "does not match " + Text.quote(regex);
    JsonNode node = node(pointer);
    String last =
        pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    if (!pointer.isEmpty()
        && last.equals(value)
        && (node == null || !node.isTextual() || !node.textValue().equals(value))) {
      // propertyNames: the key itself is wrong.
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      return new Violation(
          pointer, "key " + Text.quote(value) + " in " + where(parent) + " " + what, true);
    }
    if (node != null && node.isObject() && node.has(value)) {
      // propertyNames: the key itself is wrong.
      return new Violation(
          pointer + "/" + SourceRef.escape(value),
          "key " + Text.quote(value) + " in " + where(pointer) + " " + what,
          true);
    }
    return new Violation(pointer, subject(pointer) + ": " + Text.quote(value) + " " + what, false);
  }

  private static String pointer(ValidationException e) {
    String p = e.getPointerToViolation();
    if (p == null || p.equals("#")) {
      return "";
    }
    return p.startsWith("#") ? p.substring(1) : p;
  }

  private String where(String pointer) {
    return pointer.isEmpty() ? kind.label() : subject(pointer);
  }

  /** {@code /tracks/0/name} as people write it: {@code tracks[0].name}. */
  private String subject(String pointer) {
    if (pointer.isEmpty()) {
      return kind.label();
    }
    StringBuilder out = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        out.append('[').append(token).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(Text.printable(token));
      }
    }
    String s = out.toString();
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  /** A quoted number such as {@code "1"} reads like the value it should be: say it is text. */
  private String constShown(String pointer, Object permitted) {
    JsonNode node = node(pointer);
    if (node != null && node.isTextual() && node.textValue().equals(String.valueOf(permitted))) {
      return "the text " + Text.quote(node.textValue()) + " (write it without quotes)";
    }
    return shown(pointer);
  }

  private String shown(String pointer) {
    JsonNode node = node(pointer);
    if (node == null) {
      return "this value";
    }
    return node.isTextual() ? Text.quote(node.textValue()) : Text.quote(node.toString());
  }

  private JsonNode node(String pointer) {
    try {
      JsonNode node = tree.at(pointer);
      return node.isMissingNode() ? null : node;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
