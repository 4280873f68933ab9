package dev.ladder.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladder.model.SourceMap;
import java.util.Iterator;
import java.util.Map;

/** The fast path and the full parser on one text, held to the same tree and positions. */
final class BothPaths {
  private BothPaths() {}

  private static final StrictParser FULL = new StrictParser(Limits.DEFAULT);

  /** The full parse of {@code text}, or null when the full parser refuses it. */
  static Parsed full(String text) {
    try {
      return FULL.parseWithJackson(text, false, new Shared());
    } catch (ParseFailure e) {
      return null;
    }
  }

  static Parsed quick(String text) {
    return QuickYaml.parse(text, Limits.DEFAULT, new Shared());
  }

  /** Whether the fast path accepted {@code text}; fails when it disagrees with the full parser. */
  static boolean agrees(String text) {
    Parsed quick = quick(text);
    if (quick == null) {
      return false;
    }
    Parsed full = full(text);
    if (full == null) {
      fail("the fast path accepted what the full parser refuses:%n%s", text);
    }
    assertThat(quick.tree().toString()).as("tree of%n%s", text).isEqualTo(full.tree().toString());
    assertThat(quick.tree()).as("tree of%n%s", text).isEqualTo(full.tree());
    assertSamePositions(text, "", full.tree(), quick.sources(), full.sources());
    assertThat(quick.sources().size()).as("nodes of%n%s", text).isEqualTo(full.sources().size());
    return true;
  }

  private static void assertSamePositions(
      String text, String pointer, JsonNode node, SourceMap quick, SourceMap full) {
    assertThat(quick.value(pointer))
        .as("value at '%s' of%n%s", pointer, text)
        .isEqualTo(full.value(pointer));
    assertThat(quick.key(pointer))
        .as("key at '%s' of%n%s", pointer, text)
        .isEqualTo(full.key(pointer));
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        String child = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        assertSamePositions(text, child, member.getValue(), quick, full);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertSamePositions(text, pointer + "/" + i, node.get(i), quick, full);
      }
    }
  }
}
