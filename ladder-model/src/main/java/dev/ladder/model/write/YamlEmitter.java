package dev.ladder.model.write;

import dev.ladder.model.write.YamlNode.Entry;
import dev.ladder.model.write.YamlNode.Text;

/**
 * Writes a {@link YamlNode} document: 2-space indentation, a list indented under its key, the first
 * key of a mapping in a list on the dash's line, {@code '\n'} line ends, one final line break.
 * Never an anchor, an alias, a tag or a document marker.
 */
final class YamlEmitter {
  /** The longest key written as {@code key:}, well inside SnakeYAML's 1,024 characters. */
  private static final int MAX_IMPLICIT_KEY = 1_000;

  private final StringBuilder out = new StringBuilder(1024);

  private YamlEmitter() {}

  static String document(YamlNode.Map root) {
    YamlEmitter emitter = new YamlEmitter();
    if (root.entries().isEmpty()) {
      return "{}\n";
    }
    emitter.mapping(root, 0, false);
    return emitter.out.toString();
  }

  /**
   * A block mapping at {@code indent}; when {@code afterDash} the first entry continues a {@code -
   * } line that is already written.
   */
  private void mapping(YamlNode.Map map, int indent, boolean afterDash) {
    boolean first = true;
    for (Entry entry : map.entries()) {
      if (!(first && afterDash)) {
        indent(indent);
      }
      first = false;
      key(entry.key(), indent);
      value(entry.value(), indent);
    }
  }

  /**
   * {@code key:}, or for a key too long for a YAML reader to take as an implicit key (SnakeYAML
   * allows 1,024 characters) the explicit form {@code ? key} with {@code :} on the next line.
   */
  private void key(String key, int indent) {
    if (key.equals("<<")) {
      // YAML 1.1 tools merge a mapping there, quoted or not; the reader refuses the key.
      throw new IllegalArgumentException(
          "'<<' cannot be a key of a ladder file: YAML tools read it as a merge key");
    }
    String written = Scalars.block(key);
    if (written.length() <= MAX_IMPLICIT_KEY) {
      out.append(written).append(':');
    } else {
      out.append("? ").append(written).append('\n');
      indent(indent);
      out.append(':');
    }
  }

  /** What follows {@code key:} of a mapping at {@code indent}, up to and with its line break. */
  private void value(YamlNode value, int indent) {
    if (value instanceof YamlNode.Map map && !map.flow() && !map.entries().isEmpty()) {
      out.append('\n');
      mapping(map, indent + 2, false);
    } else if (value instanceof YamlNode.Seq seq && !seq.flow() && !seq.items().isEmpty()) {
      out.append('\n');
      sequence(seq, indent + 2);
    } else if (value instanceof Text text && Scalars.isLiteral(text.value())) {
      out.append(' ');
      literal(text.value(), indent + 2);
    } else {
      out.append(' ').append(inline(value, false)).append('\n');
    }
  }

  private void sequence(YamlNode.Seq seq, int indent) {
    for (YamlNode item : seq.items()) {
      indent(indent);
      out.append('-');
      if (item instanceof YamlNode.Map map && !map.flow() && !map.entries().isEmpty()) {
        out.append(' ');
        mapping(map, indent + 2, true);
      } else if (item instanceof YamlNode.Seq inner && !inner.flow() && !inner.items().isEmpty()) {
        out.append('\n');
        sequence(inner, indent + 2);
      } else if (item instanceof Text text && Scalars.isLiteral(text.value())) {
        out.append(' ');
        literal(text.value(), indent + 2);
      } else {
        out.append(' ').append(inline(item, false)).append('\n');
      }
    }
  }

  /** A literal block: its header, then each line at {@code indent}; empty lines stay empty. */
  private void literal(String text, int indent) {
    out.append(Scalars.literalHeader(text)).append('\n');
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()) {
        indent(indent);
        out.append(line);
      }
      out.append('\n');
    }
  }

  /** A scalar, or a collection in flow style: {@code [a, b]}, {@code {min: 4, max: 8}}. */
  private static String inline(YamlNode node, boolean inFlow) {
    if (node instanceof Text text) {
      return inFlow ? Scalars.flow(text.value()) : Scalars.block(text.value());
    }
    if (node instanceof YamlNode.Number number) {
      return number.literal();
    }
    StringBuilder flow = new StringBuilder();
    if (node instanceof YamlNode.Seq seq) {
      flow.append('[');
      for (int i = 0; i < seq.items().size(); i++) {
        flow.append(i == 0 ? "" : ", ").append(inline(seq.items().get(i), true));
      }
      return flow.append(']').toString();
    }
    YamlNode.Map map = (YamlNode.Map) node;
    flow.append('{');
    for (int i = 0; i < map.entries().size(); i++) {
      Entry entry = map.entries().get(i);
      flow.append(i == 0 ? "" : ", ")
          .append(Scalars.flow(entry.key()))
          .append(": ")
          .append(inline(entry.value(), true));
    }
    return flow.append('}').toString();
  }

  private void indent(int indent) {
    out.append(" ".repeat(indent));
  }
}
