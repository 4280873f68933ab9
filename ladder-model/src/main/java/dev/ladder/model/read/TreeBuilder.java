package dev.ladder.model.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladder.model.Position;
import dev.ladder.model.SourceMap;
import dev.ladder.model.SourceRef;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Walks the tokens of one file once, building its tree and its source map together, and stops at
 * the first thing the format refuses: a duplicate key, a YAML anchor, alias, tag or merge key, a
 * second document, or a value beyond the limits.
 */
final class TreeBuilder {
  private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final JsonParser parser;
  private final YamlEvents.Parser yaml;
  private final Limits limits;
  private final Lines lines;
  private final SourceMap.Builder sources = new SourceMap.Builder();
  private int nodes;

  TreeBuilder(JsonParser parser, Limits limits, Lines lines) {
    this.parser = parser;
    this.lines = lines;
    this.yaml = parser instanceof YamlEvents.Parser y ? y : null;
    this.limits = limits;
  }

  Parsed build() throws IOException, ParseFailure {
    if (parser.nextToken() == null) {
      throw new ParseFailure("the file is empty", Position.START);
    }
    JsonNode tree = value("", 1);
    if (parser.nextToken() != null) {
      refuseYamlFeatures();
      throw new ParseFailure(
          yaml != null
              ? "a second YAML document starts here; a ladder file holds one document"
              : "a second JSON value starts here; a ladder file holds one value",
          here());
    }
    return new Parsed(tree, sources.build());
  }

  private JsonNode value(String pointer, int depth) throws IOException, ParseFailure {
    refuseYamlFeatures();
    Position position = here();
    if (++nodes > limits.maxNodes()) {
      throw new ParseFailure(
          "more than " + limits.maxNodes() + " values in one file; not read", position);
    }
    sources.value(pointer, position);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        checkDepth(depth, position);
        return object(pointer, depth);
      case START_ARRAY:
        checkDepth(depth, position);
        return array(pointer, depth);
      case VALUE_STRING:
        return NODES.textNode(checkLength(parser.getText(), "a text", position));
      case VALUE_NUMBER_INT:
        return integer();
      case VALUE_NUMBER_FLOAT:
        return decimal(position);
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new ParseFailure("a value of a kind a ladder file cannot hold", position);
    }
  }

  private ObjectNode object(String pointer, int depth) throws IOException, ParseFailure {
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      refuseYamlFeatures();
      Position keyPosition = here();
      if (t != JsonToken.FIELD_NAME) {
        throw new ParseFailure("a key must be plain text", keyPosition);
      }
      String name = checkLength(parser.currentName(), "a key", keyPosition);
      if (yaml != null && name.equals("<<")) {
        throw new ParseFailure(
            "YAML merge keys ('<<') are not supported; write the values out", keyPosition);
      }
      String child = child(pointer, SourceRef.escape(name));
      // The object itself tells a duplicate, and the source map where the first one was: no
      // extra set of keys per object.
      if (object.has(name)) {
        int first = sources.keyAt(child).orElse(keyPosition).line();
        throw new ParseFailure(
            "duplicate key " + Text.quote(name) + " (first at line " + first + ")", keyPosition);
      }
      sources.key(child, keyPosition);
      if (parser.nextToken() == null) {
        throw new ParseFailure("the file ends inside an object", here());
      }
      object.set(name, value(child, depth + 1));
    }
    return object;
  }

  private ArrayNode array(String pointer, int depth) throws IOException, ParseFailure {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        throw new ParseFailure("the file ends inside a list", here());
      }
      array.add(value(child(pointer, Integer.toString(array.size())), depth + 1));
    }
    return array;
  }

  private JsonNode integer() throws IOException {
    switch (parser.getNumberType()) {
      case INT:
        return NODES.numberNode(parser.getIntValue());
      case LONG:
        return NODES.numberNode(parser.getLongValue());
      default:
        return NODES.numberNode(parser.getBigIntegerValue());
    }
  }

  private JsonNode decimal(Position position) throws IOException, ParseFailure {
    String text = parser.getText();
    if (yaml != null && NOT_FINITE.matcher(text).matches()) {
      throw new ParseFailure(
          Text.quote(text) + " is not a finite number; a ladder has no use for it", position);
    }
    return NODES.numberNode(parser.getDecimalValue());
  }

  /**
   * The pointer of a member or item. Interned: every level file has the same few hundred pointers
   * ({@code /expectations/delivery/3/text}), and a ladder keeps its source maps for its whole life.
   */
  private static String child(String pointer, String token) {
    return (pointer + "/" + token).intern();
  }

  private void refuseYamlFeatures() throws ParseFailure {
    YamlEvents.Refused refused = yaml == null ? null : YamlEvents.refused(yaml.event());
    if (refused == null) {
      return;
    }
    switch (refused.kind()) {
      case "alias":
        throw new ParseFailure(
            "YAML aliases are not supported: "
                + Text.quote("*" + refused.name())
                + " would be read as plain text; write the value out",
            here());
      case "anchor":
        throw new ParseFailure(
            "YAML anchors are not supported: "
                + Text.quote("&" + refused.name())
                + "; write the value out where it is used",
            here());
      default:
        throw new ParseFailure(
            "YAML tags are not supported: " + Text.quote(refused.name()) + "; write a plain value",
            here());
    }
  }

  private void checkDepth(int depth, Position position) throws ParseFailure {
    if (depth > limits.maxDepth()) {
      throw new ParseFailure(
          "nested deeper than the limit of " + limits.maxDepth() + " levels; not read", position);
    }
  }

  private String checkLength(String s, String what, Position position) throws ParseFailure {
    if (s.length() > limits.maxStringLength()) {
      throw new ParseFailure(
          what
              + " of "
              + s.length()
              + " characters, more than the limit of "
              + limits.maxStringLength()
              + "; not read",
          position);
    }
    return s;
  }

  private Position here() {
    return position(parser.currentTokenLocation(), lines);
  }

  static Position position(JsonLocation location, Lines lines) {
    if (location == null) {
      return Position.START;
    }
    return lines.clamp(location.getLineNr(), location.getColumnNr());
  }
}
