package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladder.model.AttributeId;
import dev.ladder.model.Compensation;
import dev.ladder.model.CompetencyId;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Range;
import dev.ladder.model.Retirement;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.TrackId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed level file to a {@link Level}. Lenient: every field of the right type is kept, the rest
 * is left out (the schema check reported it). A level without a usable id, title, track and rank is
 * left out of the ladder.
 */
final class LevelMapper {
  /** The level, or why not: the id when the file has one, so checks know the level exists. */
  record Mapped(Optional<Level> level, Optional<String> id) {}

  /**
   * One object per expectation id of a read: every id is written twice in a ladder (where it is
   * defined, and in the {@code refines} of the level above), and a ladder keeps both for its whole
   * life. Files are mapped side by side, hence a concurrent map; it lives as long as the read.
   */
  private final ConcurrentHashMap<String, ExpectationId> ids = new ConcurrentHashMap<>();

  /** Maps the level files of one read. */
  LevelMapper() {}

  Mapped map(JsonNode root, String file) {
    if (!root.isObject()) {
      return new Mapped(Optional.empty(), Optional.empty());
    }
    Optional<String> id = Nodes.text(root, "id");
    Optional<String> title = Nodes.text(root, "title");
    Optional<String> track = Nodes.text(root, "track");
    OptionalInt rank = Nodes.integer(root, "rank");
    if (id.isEmpty() || title.isEmpty() || track.isEmpty() || rank.isEmpty()) {
      return new Mapped(Optional.empty(), id);
    }
    LevelId owner = LevelId.of(id.get());
    SourceRef source = SourceRef.root(file);
    Level level =
        new Level(
            owner,
            title.get(),
            TrackId.of(track.get()),
            rank.getAsInt(),
            Nodes.text(root, "extends").map(LevelId::of),
            Nodes.text(root, "status").flatMap(Status::parse).orElse(Status.ACTIVE),
            Nodes.text(root, "summary").orElse(""),
            experience(root),
            ratings(root),
            scope(root),
            compensation(root),
            Nodes.texts(root, "competencies").stream()
                .map(c -> CompetencyId.of(c.intern()))
                .toList(),
            expectations(root, owner, file),
            retires(root, file),
            Nodes.object(root, "progression")
                .map(p -> Nodes.texts(p, "next").stream().map(LevelId::of).toList())
                .orElse(List.of()),
            Nodes.texts(root, "checkpoints"),
            source);
    return new Mapped(Optional.of(level), id);
  }

  private static Experience experience(JsonNode root) {
    return Nodes.object(root, "experience")
        .map(e -> new Experience(Nodes.number(e, "minYears"), Nodes.number(e, "leadershipYears")))
        .orElse(Experience.NONE);
  }

  private static Map<AttributeId, String> ratings(JsonNode root) {
    Map<AttributeId, String> ratings = new LinkedHashMap<>();
    Nodes.members(
        root,
        "ratings",
        (attribute, value) -> {
          if (value.isTextual()) {
            ratings.put(AttributeId.of(attribute.intern()), value.textValue().intern());
          }
        });
    return ratings;
  }

  private static Map<String, Range> scope(JsonNode root) {
    Map<String, Range> scope = new LinkedHashMap<>();
    Nodes.members(
        root,
        "scope",
        (key, value) -> {
          if (value.isObject()) {
            scope.put(
                key.intern(), new Range(Nodes.number(value, "min"), Nodes.number(value, "max")));
          }
        });
    return scope;
  }

  private static Compensation compensation(JsonNode root) {
    return Nodes.object(root, "compensation")
        .map(
            c ->
                new Compensation(
                    Nodes.text(c, "currency"),
                    new Range(Nodes.number(c, "min"), Nodes.number(c, "max"))))
        .orElse(Compensation.NONE);
  }

  private Map<DimensionId, List<Expectation>> expectations(
      JsonNode root, LevelId owner, String file) {
    Map<DimensionId, List<Expectation>> expectations = new LinkedHashMap<>();
    Nodes.members(
        root,
        "expectations",
        (dimension, list) -> {
          if (!list.isArray()) {
            return;
          }
          DimensionId dimensionId = DimensionId.of(dimension.intern());
          List<Expectation> own = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            SourceRef at = SourceRef.root(file).at("expectations", dimension, i);
            expectation(list.get(i), dimensionId, owner, at).ifPresent(own::add);
          }
          expectations.put(dimensionId, own);
        });
    return expectations;
  }

  private Optional<Expectation> expectation(
      JsonNode item, DimensionId dimension, LevelId owner, SourceRef at) {
    if (item.isTextual()) {
      String text = item.textValue();
      return Optional.of(
          new Expectation(
              id(ExpectationId.slugOf(text).value()), text, dimension, List.of(), owner, at));
    }
    Optional<String> text = item.isObject() ? Nodes.text(item, "text") : Optional.empty();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    ExpectationId id =
        id(Nodes.text(item, "id").orElseGet(() -> ExpectationId.slugOf(text.get()).value()));
    JsonNode refines = item.get("refines");
    List<ExpectationId> refined = new ArrayList<>();
    if (refines != null && refines.isTextual()) {
      refined.add(id(refines.textValue()));
    } else if (refines != null && refines.isArray()) {
      Nodes.texts(refines).forEach(r -> refined.add(id(r)));
    }
    return Optional.of(new Expectation(id, text.get(), dimension, refined, owner, at));
  }

  private ExpectationId id(String value) {
    ExpectationId known = ids.get(value);
    return known != null ? known : ids.computeIfAbsent(value, ExpectationId::of);
  }

  private List<Retirement> retires(JsonNode root, String file) {
    List<Retirement> retires = new ArrayList<>();
    Nodes.array(root, "retires")
        .ifPresent(
            list -> {
              for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (item.isObject()) {
                  int index = i;
                  Nodes.text(item, "expectation")
                      .ifPresent(
                          e ->
                              retires.add(
                                  new Retirement(
                                      id(e),
                                      Nodes.text(item, "reason").orElse(""),
                                      SourceRef.root(file).at("retires", index))));
                }
              }
            });
    return retires;
  }
}
