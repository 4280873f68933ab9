package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * Lenient access to a parsed tree: a field of the wrong type reads as absent, because the schema
 * check has already reported it.
 */
final class Nodes {
  private Nodes() {}

  static Optional<String> text(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }

  static Optional<BigDecimal> number(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
  }

  /** An integral number that fits an int; anything else is unusable as a rank. */
  static OptionalInt integer(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(node.intValue());
  }

  static Optional<JsonNode> object(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
  }

  static Optional<JsonNode> array(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.isArray() ? Optional.of(node) : Optional.empty();
  }

  /** The text items of a list field, skipping items of other types. */
  static List<String> texts(JsonNode parent, String field) {
    return array(parent, field).map(Nodes::texts).orElse(List.of());
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(
        item -> {
          if (item.isTextual()) {
            out.add(item.textValue());
          }
        });
    return out;
  }

  /** Each member of an object field, in file order. */
  static void members(JsonNode parent, String field, BiConsumer<String, JsonNode> each) {
    object(parent, field).ifPresent(object -> members(object, each));
  }

  /** Each member of an object, in file order. */
  static void members(JsonNode object, BiConsumer<String, JsonNode> each) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      each.accept(member.getKey(), member.getValue());
    }
  }
}
