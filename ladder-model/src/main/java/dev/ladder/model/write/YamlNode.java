package dev.ladder.model.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The few shapes a ladder file is made of, each knowing whether it is written in block or flow
 * style. Built by {@link LadderWriter}, written by {@link YamlEmitter}.
 */
sealed interface YamlNode {
  /** A string, written plain, double-quoted or as a literal block, whichever keeps it exact. */
  record Text(String value) implements YamlNode {}

  /** A number, written as {@link Scalars#number(BigDecimal)} gives it. */
  record Number(String literal) implements YamlNode {
    static Number of(BigDecimal value) {
      return new Number(Scalars.number(value));
    }

    static Number of(int value) {
      return new Number(Integer.toString(value));
    }
  }

  /** A sequence: {@code [a, b]} when {@code flow}, else one {@code - item} per line. */
  record Seq(List<YamlNode> items, boolean flow) implements YamlNode {
    public Seq {
      items = List.copyOf(items);
    }

    static Seq flowOf(List<String> texts) {
      return new Seq(texts.stream().<YamlNode>map(Text::new).toList(), true);
    }

    static Seq blockOf(List<String> texts) {
      return new Seq(texts.stream().<YamlNode>map(Text::new).toList(), false);
    }
  }

  /** A mapping in the order its entries were added: {@code {k: v}} when {@code flow}. */
  record Map(List<Entry> entries, boolean flow) implements YamlNode {
    public Map {
      entries = List.copyOf(entries);
    }
  }

  /** One key and its value. */
  record Entry(String key, YamlNode value) {}

  /** Builds a {@link Map}, leaving out what is absent. */
  final class MapBuilder {
    private final List<Entry> entries = new ArrayList<>();
    private final boolean flow;

    MapBuilder(boolean flow) {
      this.flow = flow;
    }

    static MapBuilder block() {
      return new MapBuilder(false);
    }

    static MapBuilder flow() {
      return new MapBuilder(true);
    }

    MapBuilder put(String key, YamlNode value) {
      entries.add(new Entry(key, value));
      return this;
    }

    MapBuilder text(String key, String value) {
      return put(key, new Text(value));
    }

    /** The entry only when {@code value} is not empty. */
    MapBuilder textUnlessEmpty(String key, String value) {
      return value.isEmpty() ? this : text(key, value);
    }

    MapBuilder number(String key, BigDecimal value) {
      return put(key, Number.of(value));
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }

    Map build() {
      return new Map(entries, flow);
    }
  }
}
