package dev.ladder.model.read;

import dev.ladder.model.Position;
import java.util.Arrays;

/**
 * The line lengths of one file's text, to keep every reported position inside the file: parsers
 * disagree on odd line ends (a lone {@code \r} at the very end, for one) and may point one past.
 */
final class Lines {
  private final int[] lengths;

  Lines(String text) {
    int[] found = new int[64];
    int count = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i - start;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    found = Arrays.copyOf(found, count + 1);
    found[count] = text.length() - start;
    lengths = found;
  }

  /** The position, moved back to the end of the file or of its line when a parser points past. */
  Position clamp(int line, int column) {
    int l = Math.min(Math.max(1, line), lengths.length);
    int c = Math.min(Math.max(1, column), lengths[l - 1] + 1);
    return new Position(l, c);
  }
}
