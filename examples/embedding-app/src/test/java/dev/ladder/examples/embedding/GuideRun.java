package dev.ladder.examples.embedding;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the tool on the example ladder: its exit status, standard output and error. */
record GuideRun(int status, String out, String err) {
  // The tests run in target/embedding-docs, which holds a copy of the example ladder.
  static final String EXAMPLE = "ladder";

  static GuideRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        PromotionGuide.run(
            args,
            EXAMPLE,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new GuideRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
