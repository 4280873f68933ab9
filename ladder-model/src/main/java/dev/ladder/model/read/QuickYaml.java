package dev.ladder.model.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladder.model.SourceMap;

/**
 * A fast path for the YAML that ladder files are made of: block mappings and lists, one-line plain
 * and quoted scalars, one-line flow mappings and lists ({@code {min: 4, max: 10}}), comments and a
 * leading {@code ---}. It reads such a file straight into the tree and source map that {@link
 * TreeBuilder} would build from SnakeYAML's events, without the events.
 *
 * <p>It only ever accepts or declines. On anything outside that subset, and on anything wrong
 * (block scalars, multi-line scalars, escapes, empty values, anchors, aliases, tags, tabs, CR line
 * ends, characters beyond the Basic Multilingual Plane, duplicate keys, a value near a limit, a
 * second document, malformed text), it declines and the caller parses the file with Jackson and
 * SnakeYAML, which also word every error. So the fast path never changes what a file means or where
 * a finding points: {@code QuickYamlTest} holds it to the same tree and the same positions as the
 * full parser on every file it accepts, over the test corpora and generated documents.
 *
 * <p>Why it exists: SnakeYAML is most of the cost of reading a ladder (its scanner, its events and
 * a regular expression per plain scalar to resolve its type), and most of all in a short-lived
 * process, before the JIT compilers have caught up. See docs/performance.md.
 */
final class QuickYaml {
  /** Thrown to leave the fast path from any depth; carries nothing and costs nothing. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  /** Below SnakeYAML's 1,024-character limit on a simple key, with room to spare. */
  private static final int SIMPLE_KEY_SPAN = 1_000;

  private final String text;
  private final int length;
  private final Limits limits;
  private final SourceMap.Builder sources = new SourceMap.Builder();
  private int nodes;

  /**
   * The cursor: an offset into the text, its 1-based line and the offset where that line starts.
   */
  private int pos;

  private int line = 1;
  private int lineStart;

  /** The indentation of the content line the cursor stands at, after {@link #skipToContent}. */
  private int indent;

  private boolean eof;

  private QuickYaml(String text, Limits limits) {
    this.text = text;
    this.length = text.length();
    this.limits = limits;
  }

  /**
   * The file parsed, or {@code null} when the fast path declines it and the full parser must read
   * it.
   */
  static Parsed parse(String text, Limits limits, Shared shared) {
    if (!plainCharacters(text)) {
      return null;
    }
    QuickYaml reader = new QuickYaml(text, limits);
    try {
      JsonNode tree = reader.document(shared.pointers().root());
      return new Parsed(tree, reader.sources.build(shared::shape));
    } catch (Decline e) {
      return null;
    }
  }

  /**
   * Whether every character is one the fast path reads the way SnakeYAML does: no tab, no CR, no
   * other control character, no line break of YAML 1.1 beyond LF, no byte order mark inside the
   * text, and no surrogate (SnakeYAML counts columns in code points, the fast path in chars).
   */
  private static boolean plainCharacters(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\n') {
          return false;
        }
      } else if (c >= 0x7F
          && (c < 0xA0
              || (c >= 0xD800 && c <= 0xDFFF)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF'
              || c >= 0xFFFE)) {
        return false;
      }
    }
    return true;
  }

  private JsonNode document(Pointers.Node root) {
    skipToContent(true);
    if (eof) {
      throw DECLINE;
    }
    if (indent == 0 && text.startsWith("---", pos)) {
      pos += 3;
      if (pos < length && text.charAt(pos) != ' ' && text.charAt(pos) != '\n') {
        throw DECLINE;
      }
      finishLine();
      skipToContent(false);
      if (eof) {
        throw DECLINE;
      }
    }
    if (isEntry()) {
      throw DECLINE;
    }
    JsonNode tree = mapping(root, 1, indent);
    if (!eof) {
      throw DECLINE;
    }
    return tree;
  }

  // ---------------------------------------------------------------- block collections

  /** A block mapping whose first key the cursor stands at, its keys at column {@code column}. */
  private ObjectNode mapping(Pointers.Node pointer, int depth, int column) {
    node(pointer, depth);
    ObjectNode object = TreeBuilder.NODES.objectNode();
    while (true) {
      int keyLine = line;
      int keyColumn = pos - lineStart + 1;
      String name = plainKey();
      Pointers.Node child = member(object, pointer, name, keyLine, keyColumn);
      pos++; // the ':'
      object.set(name, valueAfterIndicator(child, depth + 1, column, true));
      if (eof || indent < column) {
        return object;
      }
      if (indent > column || isEntry()) {
        throw DECLINE;
      }
    }
  }

  /** A block list whose first {@code -} the cursor stands at, in column {@code column}. */
  private ArrayNode list(Pointers.Node pointer, int depth, int column) {
    node(pointer, depth);
    ArrayNode array = TreeBuilder.NODES.arrayNode();
    while (true) {
      Pointers.Node item = pointer.item(array.size());
      pos++; // the '-'
      skipSpaces();
      if (atLineEnd()) {
        finishLine();
        skipToContent(false);
        if (eof || indent <= column) {
          throw DECLINE;
        }
        array.add(blockNode(item, depth + 1));
      } else if (isEntry() || !startsKey()) {
        array.add(valueAfterIndicator(item, depth + 1, column, false));
      } else {
        array.add(mapping(item, depth + 1, pos - lineStart));
      }
      if (eof || indent < column) {
        return array;
      }
      if (indent > column) {
        throw DECLINE;
      }
      if (!isEntry()) {
        return array;
      }
    }
  }

  /** The block mapping or list that starts at the content line of the cursor. */
  private JsonNode blockNode(Pointers.Node pointer, int depth) {
    return isEntry() ? list(pointer, depth, indent) : mapping(pointer, depth, indent);
  }

  /**
   * The value after a key's {@code :} or a list's {@code -}, owned by a collection at column {@code
   * owner}; leaves the cursor at the next content line.
   */
  private JsonNode valueAfterIndicator(
      Pointers.Node pointer, int depth, int owner, boolean inMapping) {
    skipSpaces();
    if (atLineEnd()) {
      finishLine();
      skipToContent(false);
      if (eof) {
        throw DECLINE; // an empty value
      }
      if (indent > owner) {
        return blockNode(pointer, depth);
      }
      if (indent == owner && inMapping && isEntry()) {
        return list(pointer, depth, indent);
      }
      throw DECLINE; // an empty value
    }
    if (isEntry()) {
      throw DECLINE; // a list in a list on one line
    }
    JsonNode value = inlineValue(pointer, depth, false);
    finishLine();
    skipToContent(false);
    if (!eof && indent > owner) {
      throw DECLINE; // maybe a plain scalar that goes on over the next line
    }
    return value;
  }

  // ---------------------------------------------------------------- one-line values

  private JsonNode inlineValue(Pointers.Node pointer, int depth, boolean flow) {
    char c = text.charAt(pos);
    if (c == '{') {
      return flowMapping(pointer, depth);
    }
    if (c == '[') {
      return flowList(pointer, depth);
    }
    if (c == '\'' || c == '"') {
      node(pointer, depth);
      return TreeBuilder.NODES.textNode(checkLength(quoted()));
    }
    if (isIndicator(c)) {
      throw DECLINE;
    }
    node(pointer, depth);
    return scalar(flow ? flowPlain() : blockPlain());
  }

  /** A plain scalar in a block, up to the end of its line or a comment. */
  private String blockPlain() {
    int start = pos;
    int end = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '\n') {
        break;
      }
      if (c == ' ') {
        skipSpaces();
        if (atLineEnd()) {
          break; // trailing spaces, or a comment
        }
        continue;
      }
      if (c == ':' && (pos + 1 == length || isBreakOrSpace(text.charAt(pos + 1)))) {
        throw DECLINE; // a mapping value where none may stand
      }
      pos++;
      end = pos;
    }
    return text.substring(start, end);
  }

  /** A plain scalar inside a flow collection, up to a flow indicator. */
  private String flowPlain() {
    int start = pos;
    int end = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ',' || c == ']' || c == '}') {
        break;
      }
      if (c == '\n' || c == ':' || c == '?' || c == '[' || c == '{') {
        throw DECLINE;
      }
      if (c == ' ') {
        spacesInsideFlow();
        continue;
      }
      pos++;
      end = pos;
    }
    if (end == start) {
      throw DECLINE;
    }
    pos = end;
    return text.substring(start, end);
  }

  /** A one-line quoted scalar; the cursor stands at its opening quote. */
  private String quoted() {
    char quote = text.charAt(pos++);
    int start = pos;
    StringBuilder unescaped = null;
    while (true) {
      if (pos == length) {
        throw DECLINE;
      }
      char c = text.charAt(pos);
      if (c == '\n' || (c == '\\' && quote == '"')) {
        throw DECLINE;
      }
      if (c == quote) {
        if (quote == '\'' && pos + 1 < length && text.charAt(pos + 1) == '\'') {
          if (unescaped == null) {
            unescaped = new StringBuilder();
          }
          unescaped.append(text, start, pos + 1);
          pos += 2;
          start = pos;
          continue;
        }
        String tail = text.substring(start, pos);
        pos++;
        if (pos < length && " \n,]}".indexOf(text.charAt(pos)) < 0) {
          throw DECLINE; // a quoted key, or text glued to the quote
        }
        return unescaped == null ? tail : unescaped.append(tail).toString();
      }
      pos++;
    }
  }

  private ObjectNode flowMapping(Pointers.Node pointer, int depth) {
    node(pointer, depth);
    ObjectNode object = TreeBuilder.NODES.objectNode();
    if (opensEmpty('}')) {
      return object;
    }
    while (true) {
      int keyLine = line;
      int keyColumn = pos - lineStart + 1;
      String name = flowKey();
      Pointers.Node child = member(object, pointer, name, keyLine, keyColumn);
      pos++; // the ':'
      skipSpaces();
      if (pos == length) {
        throw DECLINE;
      }
      object.set(name, inlineValue(child, depth + 1, true));
      if (endOfFlowEntry('}')) {
        return object;
      }
    }
  }

  private ArrayNode flowList(Pointers.Node pointer, int depth) {
    node(pointer, depth);
    ArrayNode array = TreeBuilder.NODES.arrayNode();
    if (opensEmpty(']')) {
      return array;
    }
    while (true) {
      if (pos == length) {
        throw DECLINE;
      }
      array.add(inlineValue(pointer.item(array.size()), depth + 1, true));
      if (endOfFlowEntry(']')) {
        return array;
      }
    }
  }

  /**
   * The pointer of a new member {@code name} of {@code object}, with its key put in the source map;
   * a duplicate key declines, and the full parser words the refusal.
   */
  private Pointers.Node member(
      ObjectNode object, Pointers.Node pointer, String name, int keyLine, int keyColumn) {
    if (object.has(name)) {
      throw DECLINE;
    }
    Pointers.Node child = pointer.member(name);
    sources.key(child.pointer, keyLine, keyColumn);
    return child;
  }

  /** Steps past a flow collection's opening bracket: true when {@code close} follows at once. */
  private boolean opensEmpty(char close) {
    pos++;
    skipSpaces();
    if (pos < length && text.charAt(pos) == close) {
      pos++;
      return true;
    }
    return false;
  }

  /** After a flow entry: true at the closing bracket (consumed), false after a comma. */
  private boolean endOfFlowEntry(char close) {
    skipSpaces();
    if (pos == length) {
      throw DECLINE;
    }
    char c = text.charAt(pos++);
    if (c == close) {
      return true;
    }
    if (c != ',') {
      throw DECLINE;
    }
    skipSpaces();
    if (pos == length || text.charAt(pos) == close || text.charAt(pos) == ',') {
      throw DECLINE; // a trailing or doubled comma
    }
    return false;
  }

  // ---------------------------------------------------------------- keys

  /** A plain key of a block mapping; leaves the cursor at its ':'. */
  private String plainKey() {
    if (isIndicator(text.charAt(pos))) {
      throw DECLINE;
    }
    int start = pos;
    int end = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '\n') {
        throw DECLINE;
      }
      if (c == ' ') {
        skipSpaces();
        if (pos == length || text.charAt(pos) == '#') {
          throw DECLINE; // a comment before any ':': not a key
        }
        continue;
      }
      if (c == ':' && (pos + 1 == length || isBreakOrSpace(text.charAt(pos + 1)))) {
        return key(text.substring(start, end), pos - start);
      }
      pos++;
      end = pos;
    }
    throw DECLINE;
  }

  /** A plain key of a flow mapping; leaves the cursor at its ':'. */
  private String flowKey() {
    if (pos == length || isIndicator(text.charAt(pos))) {
      throw DECLINE;
    }
    int start = pos;
    int end = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ':') {
        if (pos + 1 < length && text.charAt(pos + 1) == ' ') {
          return key(text.substring(start, end), pos - start);
        }
        throw DECLINE;
      }
      if (c == '\n' || c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}') {
        throw DECLINE;
      }
      if (c == ' ') {
        spacesInsideFlow();
        continue;
      }
      pos++;
      end = pos;
    }
    throw DECLINE;
  }

  /**
   * A key {@code span} characters long up to its ':'. SnakeYAML finds no simple key longer than
   * 1,024 characters, so the fast path leaves long ones to it.
   */
  private String key(String name, int span) {
    if (span >= SIMPLE_KEY_SPAN || name.equals("<<")) {
      throw DECLINE; // too long for a key, or a merge key: the full parser words the refusal
    }
    return checkLength(name);
  }

  /**
   * Whether a plain key followed by {@code ": "} starts at the cursor, on this line: a list item
   * that is a mapping ({@code - id: x}).
   */
  private boolean startsKey() {
    if (isIndicator(text.charAt(pos))) {
      return false;
    }
    for (int i = pos; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '#' && text.charAt(i - 1) == ' ')) {
        return false;
      }
      if (c == ':' && (i + 1 == length || isBreakOrSpace(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- scalars

  /**
   * The node of a plain scalar, typed as Jackson types it with SnakeYAML's YAML 1.1 resolver and
   * booleans limited to true and false; anything else it might read as a number, a date or a merge
   * key declines.
   */
  private JsonNode scalar(String value) {
    char first = value.charAt(0);
    switch (first) {
      case 't':
      case 'T':
        if (value.equals("true") || value.equals("True") || value.equals("TRUE")) {
          return TreeBuilder.NODES.booleanNode(true);
        }
        break;
      case 'f':
      case 'F':
        if (value.equals("false") || value.equals("False") || value.equals("FALSE")) {
          return TreeBuilder.NODES.booleanNode(false);
        }
        break;
      case 'n':
      case 'N':
        if (value.equals("null") || value.equals("Null") || value.equals("NULL")) {
          return TreeBuilder.NODES.nullNode();
        }
        break;
      case '~':
        if (value.length() == 1) {
          return TreeBuilder.NODES.nullNode();
        }
        break;
      case '<':
      case '+':
      case '-':
      case '.':
        throw DECLINE;
      default:
        if (first >= '0' && first <= '9') {
          return TreeBuilder.NODES.numberNode(smallInteger(value));
        }
    }
    return TreeBuilder.NODES.textNode(checkLength(value));
  }

  /** A decimal integer of up to nine digits without a leading zero; anything else declines. */
  private static int smallInteger(String value) {
    int n = value.length();
    if (n > 9 || (value.charAt(0) == '0' && n > 1)) {
      throw DECLINE;
    }
    int result = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw DECLINE;
      }
      result = result * 10 + (c - '0');
    }
    return result;
  }

  // ---------------------------------------------------------------- the cursor

  /** One more value, at the cursor: counted, bounded, and put in the source map. */
  private void node(Pointers.Node pointer, int depth) {
    if (++nodes > limits.maxNodes() || depth > limits.maxDepth()) {
      throw DECLINE;
    }
    sources.value(pointer.pointer, line, pos - lineStart + 1);
  }

  private String checkLength(String s) {
    if (s.length() > limits.maxStringLength()) {
      throw DECLINE;
    }
    return s;
  }

  /**
   * Moves to the first character of the next line that holds more than spaces and a comment, and
   * sets {@link #indent}; or sets {@link #eof}. The cursor must stand at the start of a line.
   */
  private void skipToContent(boolean first) {
    while (true) {
      int start = pos;
      while (pos < length && text.charAt(pos) == ' ') {
        pos++;
      }
      if (pos == length) {
        eof = true;
        indent = -1;
        return;
      }
      char c = text.charAt(pos);
      if (c == '\n' || c == '#') {
        finishLine();
        continue;
      }
      indent = pos - start;
      if (indent == 0 && ((!first && text.startsWith("---", pos)) || text.startsWith("...", pos))) {
        throw DECLINE; // a document marker; only a first "---" is read here
      }
      return;
    }
  }

  /** Skips spaces and a comment to the end of the line, and past it; anything else declines. */
  private void finishLine() {
    skipSpaces();
    if (pos < length && text.charAt(pos) == '#') {
      if (pos > lineStart && text.charAt(pos - 1) != ' ') {
        throw DECLINE;
      }
      while (pos < length && text.charAt(pos) != '\n') {
        pos++;
      }
    }
    if (pos == length) {
      return;
    }
    if (text.charAt(pos) != '\n') {
      throw DECLINE;
    }
    pos++;
    line++;
    lineStart = pos;
  }

  /** Skips a run of spaces inside a flow scalar or key, where a comment declines. */
  private void spacesInsideFlow() {
    skipSpaces();
    if (pos < length && text.charAt(pos) == '#') {
      throw DECLINE;
    }
  }

  private void skipSpaces() {
    while (pos < length && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  /** Whether only spaces and a comment are left on this line. */
  private boolean atLineEnd() {
    return pos == length || text.charAt(pos) == '\n' || text.charAt(pos) == '#';
  }

  /** Whether the cursor stands at a block list entry: {@code -} before a space or a line end. */
  private boolean isEntry() {
    return pos < length
        && text.charAt(pos) == '-'
        && (pos + 1 == length || isBreakOrSpace(text.charAt(pos + 1)));
  }

  private static boolean isBreakOrSpace(char c) {
    return c == ' ' || c == '\n';
  }

  /** The characters that cannot start a plain scalar. */
  private static boolean isIndicator(char c) {
    switch (c) {
      case '-':
      case '?':
      case ':':
      case ',':
      case '[':
      case ']':
      case '{':
      case '}':
      case '#':
      case '&':
      case '*':
      case '!':
      case '|':
      case '>':
      case '\'':
      case '"':
      case '%':
      case '@':
      case '`':
        return true;
      default:
        return false;
    }
  }
}
