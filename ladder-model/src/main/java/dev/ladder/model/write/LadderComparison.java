package dev.ladder.model.write;

import dev.ladder.model.Attribute;
import dev.ladder.model.Competency;
import dev.ladder.model.Dimension;
import dev.ladder.model.Equivalence;
import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.Range;
import dev.ladder.model.Retirement;
import dev.ladder.model.RuleSetting;
import dev.ladder.model.Scale;
import dev.ladder.model.Track;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether two ladders say the same, whatever files they came from: the content a ladder's files
 * hold, without where each node stands ({@link dev.ladder.model.Sources}, {@link
 * dev.ladder.model.SourceRef}s, file names) and without what the reader could not read ({@link
 * dev.ladder.model.Completeness}). It is the contract of {@link LadderWriter}: a ladder written and
 * read back has the same content. Also for an embedding app or an import that wants to know whether
 * a ladder it built is the one already in git.
 *
 * <pre>{@code
 * Ladder before = LadderReader.standard().read(Path.of("ladder")).ladder();
 * LadderWriter.standard().write(before, Path.of("copy"));
 * Ladder after = LadderReader.standard().read(Path.of("copy")).ladder();
 * LadderComparison.differences(before, after).forEach(System.out::println); // nothing
 * }</pre>
 *
 * <p>Compared: from ladder.yaml the id, name, description, tracks, dimensions, scales, attributes,
 * the competency catalogue (absent is not the same as empty), equivalences and rules, each list in
 * order; and every level, matched by id whatever its file and its place in {@link Ladder#levels()}:
 * title, track, rank, extends, status, summary, experience, ratings, scope, compensation,
 * competencies, expectations (dimension, id, text, refines and owning level, in order; a dimension
 * key with no expectations counts), retires with their reasons, {@code progression.next} and
 * checkpoints. Numbers are compared by value: {@code 2.50} is {@code 2.5}. Maps are compared in
 * order too, as the files keep it.
 */
public final class LadderComparison {
  private LadderComparison() {}

  /** Whether the two ladders hold the same content. */
  public static boolean sameContent(Ladder expected, Ladder actual) {
    return differences(expected, actual).isEmpty();
  }

  /**
   * Every difference in content, one line each, such as {@code level vp-engineering:
   * expectations.delivery[0].text: "Plans" != "Plans work"}; empty when the ladders say the same.
   */
  public static List<String> differences(Ladder expected, Ladder actual) {
    List<String> out = new ArrayList<>();
    compare("ladder.yaml: ", header(expected), header(actual), out);
    Map<LevelId, List<Level>> left = byId(expected);
    Map<LevelId, List<Level>> right = byId(actual);
    Set<LevelId> ids = new LinkedHashSet<>(left.keySet());
    ids.addAll(right.keySet());
    for (LevelId id : ids) {
      List<Level> a = left.getOrDefault(id, List.of());
      List<Level> b = right.getOrDefault(id, List.of());
      String prefix = "level " + id + ": ";
      if (b.isEmpty()) {
        out.add(prefix + "missing");
      } else if (a.isEmpty()) {
        out.add(prefix + "not expected");
      } else if (a.size() == 1 && b.size() == 1) {
        compare(prefix, facts(a.get(0)), facts(b.get(0)), out);
      } else {
        compareRepeated(prefix, a, b, out);
      }
    }
    return List.copyOf(out);
  }

  /** Every difference in content between two levels, one line each. */
  public static List<String> differences(Level expected, Level actual) {
    List<String> out = new ArrayList<>();
    compare("", facts(expected), facts(actual), out);
    return List.copyOf(out);
  }

  /** Whether the two levels hold the same content. */
  public static boolean sameContent(Level expected, Level actual) {
    return facts(expected).equals(facts(actual));
  }

  /** Levels whose id repeats (an invalid ladder): the same contents, in any order. */
  private static void compareRepeated(
      String prefix, List<Level> a, List<Level> b, List<String> out) {
    if (a.size() != b.size()) {
      out.add(prefix + a.size() + " levels with this id != " + b.size());
      return;
    }
    List<Map<String, String>> unmatched =
        new ArrayList<>(b.stream().map(LadderComparison::facts).toList());
    for (Level level : a) {
      Map<String, String> facts = facts(level);
      if (!unmatched.remove(facts)) {
        out.add(prefix + "no level with this id has the content of the one in " + level.file());
      }
    }
  }

  private static Map<LevelId, List<Level>> byId(Ladder ladder) {
    return ladder.levels().stream()
        .collect(Collectors.groupingBy(Level::id, LinkedHashMap::new, Collectors.toList()));
  }

  private static void compare(
      String prefix, Map<String, String> a, Map<String, String> b, List<String> out) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String key : keys) {
      String x = a.getOrDefault(key, "absent");
      String y = b.getOrDefault(key, "absent");
      if (!x.equals(y)) {
        out.add(prefix + key + ": " + x + " != " + y);
      }
    }
  }

  // --- the content, as ordered facts ------------------------------------------------------------

  private static Map<String, String> header(Ladder ladder) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("id", q(ladder.id()));
    facts.put("name", q(ladder.name()));
    facts.put("description", q(ladder.description()));
    list(facts, "tracks", ladder.tracks(), LadderComparison::track);
    list(facts, "dimensions", ladder.dimensions(), LadderComparison::dimension);
    facts.put("scales", names(ladder.scales().keySet().stream().toList()));
    for (Scale scale : ladder.scales().values()) {
      facts.put("scales." + q(scale.name()), names(scale.values()));
    }
    list(facts, "attributes", ladder.attributes(), LadderComparison::attribute);
    Optional<List<Competency>> catalogue = ladder.competencies();
    facts.put("competencies", catalogue.map(c -> c.size() + " entries").orElse("no catalogue"));
    catalogue.ifPresent(c -> items(facts, "competencies", c, LadderComparison::competency));
    list(facts, "equivalences", ladder.equivalences(), LadderComparison::equivalence);
    list(facts, "rules", ladder.rules(), LadderComparison::rule);
    return facts;
  }

  private static Map<String, String> facts(Level level) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("id", q(level.id().value()));
    facts.put("title", q(level.title()));
    facts.put("track", q(level.track().value()));
    facts.put("rank", Integer.toString(level.rank()));
    facts.put("extends", level.parent().map(p -> q(p.value())).orElse("none"));
    facts.put("status", level.status().label());
    facts.put("summary", q(level.summary()));
    facts.put("experience.minYears", number(level.experience().minYears()));
    facts.put("experience.leadershipYears", number(level.experience().leadershipYears()));
    facts.put(
        "ratings",
        level.ratings().entrySet().stream()
            .map(r -> q(r.getKey().value()) + ": " + q(r.getValue()))
            .collect(Collectors.joining(", ", "{", "}")));
    facts.put(
        "scope",
        level.scope().entrySet().stream()
            .map(s -> q(s.getKey()) + ": " + range(s.getValue()))
            .collect(Collectors.joining(", ", "{", "}")));
    facts.put(
        "compensation.currency",
        level.compensation().currency().map(LadderComparison::q).orElse("none"));
    facts.put("compensation", range(level.compensation().band()));
    facts.put("competencies", names(level.competencies().stream().map(c -> c.value()).toList()));
    facts.put(
        "expectations", names(level.expectations().keySet().stream().map(d -> d.value()).toList()));
    level
        .expectations()
        .forEach(
            (dimension, list) ->
                list(
                    facts,
                    "expectations." + q(dimension.value()),
                    list,
                    LadderComparison::expectation));
    list(facts, "retires", level.retires(), LadderComparison::retirement);
    facts.put("progression.next", names(level.next().stream().map(LevelId::value).toList()));
    list(facts, "checkpoints", level.checkpoints(), LadderComparison::q);
    return facts;
  }

  /** A list as its length and one fact per item, so that a difference names the item. */
  private static <T> void list(
      Map<String, String> facts, String name, List<T> items, Function<T, String> fact) {
    facts.put(name + ".size", Integer.toString(items.size()));
    items(facts, name, items, fact);
  }

  private static <T> void items(
      Map<String, String> facts, String name, List<T> items, Function<T, String> fact) {
    for (int i = 0; i < items.size(); i++) {
      facts.put(name + "[" + i + "]", fact.apply(items.get(i)));
    }
  }

  private static String track(Track t) {
    return "{id: "
        + q(t.id().value())
        + ", name: "
        + q(t.name())
        + ", description: "
        + q(t.description())
        + "}";
  }

  private static String dimension(Dimension d) {
    return "{id: "
        + q(d.id().value())
        + ", name: "
        + q(d.name())
        + ", description: "
        + q(d.description())
        + "}";
  }

  private static String attribute(Attribute a) {
    return "{id: "
        + q(a.id().value())
        + ", name: "
        + q(a.name())
        + ", scale: "
        + q(a.scale())
        + ", description: "
        + q(a.description())
        + "}";
  }

  private static String competency(Competency c) {
    return "{id: "
        + q(c.id().value())
        + ", name: "
        + q(c.name())
        + ", description: "
        + q(c.description())
        + "}";
  }

  private static String equivalence(Equivalence e) {
    return names(e.levels().stream().map(LevelId::value).toList());
  }

  private static String rule(RuleSetting r) {
    return q(r.rule()) + ": " + r.level().map(LadderComparison::q).orElse("-") + " " + r.options();
  }

  private static String expectation(Expectation e) {
    return "{id: "
        + q(e.id().value())
        + ", text: "
        + q(e.text())
        + ", dimension: "
        + q(e.dimension().value())
        + ", refines: "
        + names(e.refines().stream().map(r -> r.value()).toList())
        + ", owner: "
        + q(e.owner().value())
        + "}";
  }

  private static String retirement(Retirement r) {
    return "{expectation: " + q(r.expectation().value()) + ", reason: " + q(r.reason()) + "}";
  }

  private static String range(Range range) {
    return "{min: " + number(range.min()) + ", max: " + number(range.max()) + "}";
  }

  private static String number(Optional<BigDecimal> value) {
    return value.map(Scalars::number).orElse("none");
  }

  private static String names(List<String> values) {
    return values.stream().map(LadderComparison::q).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A string in double quotes, with every character a terminal would not show escaped. */
  static String q(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
              } else if (cp == '\n') {
                out.append("\\n");
              } else if (cp == '\t') {
                out.append("\\t");
              } else if (cp == '\r') {
                out.append("\\r");
              } else if (cp < 0x20
                  || (cp >= 0x7F && cp < 0xA0)
                  || Character.getType(cp) == Character.FORMAT
                  || Character.getType(cp) == Character.SURROGATE
                  || Character.getType(cp) == Character.LINE_SEPARATOR
                  || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format(Locale.ROOT, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.append('"').toString();
  }
}
