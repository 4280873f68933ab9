package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladder.model.Attribute;
import dev.ladder.model.AttributeId;
import dev.ladder.model.Competency;
import dev.ladder.model.CompetencyId;
import dev.ladder.model.Dimension;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Equivalence;
import dev.ladder.model.Ladder;
import dev.ladder.model.LevelId;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.Scale;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A parsed ladder.yaml into a {@link Ladder.Builder}. Lenient like {@link LevelMapper}: an entry
 * without a usable id is left out, every other field of the right type is kept.
 */
final class HeaderMapper {
  private HeaderMapper() {}

  /** Maps the header; false when the file is not an object at all, so nothing of it is known. */
  static boolean map(JsonNode root, SourceRef header, Ladder.Builder ladder) {
    if (!root.isObject()) {
      return false;
    }
    ladder.header(header);
    Nodes.text(root, "id").ifPresent(ladder::id);
    Nodes.text(root, "name").ifPresent(ladder::name);
    Nodes.text(root, "description").ifPresent(ladder::description);
    entries(
        root,
        "tracks",
        (item, at) ->
            Nodes.text(item, "id")
                .ifPresent(
                    id ->
                        ladder.track(
                            new Track(TrackId.of(id), name(item), description(item), at))));
    entries(
        root,
        "dimensions",
        (item, at) ->
            Nodes.text(item, "id")
                .ifPresent(
                    id ->
                        ladder.dimension(
                            new Dimension(DimensionId.of(id), name(item), description(item), at))));
    Nodes.members(
        root,
        "scales",
        (name, values) -> {
          if (values.isArray()) {
            ladder.scale(new Scale(name, Nodes.texts(values), header.at("scales", name)));
          }
        });
    entries(
        root,
        "attributes",
        (item, at) ->
            Nodes.text(item, "id")
                .ifPresent(
                    id ->
                        ladder.attribute(
                            new Attribute(
                                AttributeId.of(id),
                                name(item),
                                Nodes.text(item, "scale").orElse(""),
                                description(item),
                                at))));
    Nodes.array(root, "competencies")
        .ifPresent(
            list -> {
              List<Competency> catalogue = new ArrayList<>();
              entries(
                  root,
                  "competencies",
                  (item, at) ->
                      Nodes.text(item, "id")
                          .ifPresent(
                              id ->
                                  catalogue.add(
                                      new Competency(
                                          CompetencyId.of(id),
                                          name(item),
                                          description(item),
                                          at))));
              ladder.competencies(catalogue);
            });
    Nodes.array(root, "equivalences")
        .ifPresent(
            list -> {
              for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isArray()) {
                  List<LevelId> levels =
                      Nodes.texts(list.get(i)).stream().map(LevelId::of).toList();
                  ladder.equivalence(new Equivalence(levels, header.at("equivalences", i)));
                }
              }
            });
    Nodes.members(
        root,
        "rules",
        (rule, value) -> {
          SourceRef at = header.at("rules", rule);
          if (value.isTextual()) {
            ladder.rule(new RuleSetting(rule, value.textValue(), at));
          } else if (value.isObject()) {
            Map<String, List<String>> options = new LinkedHashMap<>();
            Nodes.members(
                value,
                (name, option) -> {
                  if (!name.equals("severity")) {
                    options.put(name, scalars(option));
                  }
                });
            ladder.rule(new RuleSetting(rule, Nodes.text(value, "severity"), options, at));
          }
        });
    return true;
  }

  /** A scalar, or the scalars of a list, as text: an option's values. */
  private static List<String> scalars(JsonNode value) {
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(
          item -> {
            if (item.isValueNode() && !item.isNull()) {
              values.add(item.asText());
            }
          });
    } else if (value.isValueNode() && !value.isNull()) {
      values.add(value.asText());
    }
    return values;
  }

  /** Each object item of a list field, with its source. */
  private static void entries(JsonNode root, String field, BiConsumer<JsonNode, SourceRef> each) {
    SourceRef header = SourceRef.root(LadderFiles.HEADER);
    Nodes.array(root, field)
        .ifPresent(
            list -> {
              for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                  each.accept(list.get(i), header.at(field, i));
                }
              }
            });
  }

  private static String name(JsonNode item) {
    return Nodes.text(item, "name").orElse("");
  }

  private static String description(JsonNode item) {
    return Nodes.text(item, "description").orElse("");
  }
}
