package dev.ladder.examples.embedding;

import dev.ladder.model.ExpectationId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's evidence: for each expectation id, the links (or short notes) that show it is met.
 * Read from a text file of one entry per line, an expectation id, white space, then the link:
 *
 * <pre>
 * # evidence for Staff Engineer
 * owns-projects https://git.example.com/payments/pull/412
 * owns-projects https://docs.example.com/rfc/payments-v2
 * mentors-engineers Mentored Priya through her first on-call rotation
 * </pre>
 *
 * <p>Blank lines and lines starting with {@code #} are skipped; an id may repeat. UTF-8, a byte
 * order mark tolerated.
 *
 * @param file the file as it was named, for messages
 * @param entries every entry, in file order
 */
record Evidence(String file, List<Entry> entries) {
  /** Files above this size are refused: an evidence list is a few kilobytes. */
  static final long MAX_BYTES = 1 << 20;

  /** One line: the expectation id, the link, and the line number for messages. */
  record Entry(ExpectationId id, String link, int line) {}

  /** A problem with the file that stops the run, said in one line. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  Evidence {
    entries = List.copyOf(entries);
  }

  static Evidence none() {
    return new Evidence("", List.of());
  }

  /** The file at {@code path}, named in messages as {@code path} was given. */
  static Evidence read(Path path) throws Unreadable {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new Unreadable("evidence file " + path + " is a folder");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new Unreadable("evidence file " + path + " is larger than 1 MiB");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new Unreadable("evidence file " + path + " does not exist");
    } catch (AccessDeniedException e) {
      throw new Unreadable("evidence file " + path + " cannot be read: permission denied");
    } catch (IOException e) {
      throw new Unreadable("evidence file " + path + " cannot be read: " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("evidence file " + path + " is not UTF-8 text");
    }
    return parse(path.toString(), text);
  }

  /** Parses the text of an evidence file named {@code file}. */
  static Evidence parse(String file, String text) throws Unreadable {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = 0;
      while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
        space++;
      }
      String id = line.substring(0, space);
      String link = line.substring(space).strip();
      if (link.isEmpty()) {
        throw new Unreadable(
            file
                + ":"
                + (i + 1)
                + ": '"
                + printable(id)
                + "' has no link after it; write one entry a line: <expectation-id> <link>");
      }
      entries.add(new Entry(ExpectationId.of(id), link, i + 1));
    }
    return new Evidence(file, entries);
  }

  /** Each id with evidence, to its links in file order. */
  Map<ExpectationId, List<String>> links() {
    Map<ExpectationId, List<String>> links = new LinkedHashMap<>();
    for (Entry e : entries) {
      links.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(e.link());
    }
    links.replaceAll((id, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(links);
  }

  /** A value from the file made safe to print: control characters as {@code U+0000}. */
  static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("U+%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
