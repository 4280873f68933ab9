package dev.ladder.model.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled pairs of {@code labelled-pairs.tsv}: reworded or different, lower then higher. */
record LabelledPairs(boolean reworded, String a, String b) {
  static List<LabelledPairs> read() {
    try (InputStream in = LabelledPairs.class.getResourceAsStream("labelled-pairs.tsv")) {
      List<LabelledPairs> pairs = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 3
            || !(fields[0].equals("reworded") || fields[0].equals("different"))) {
          throw new IllegalStateException("not a labelled pair: " + line);
        }
        pairs.add(new LabelledPairs(fields[0].equals("reworded"), fields[1], fields[2]));
      }
      return pairs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
