package dev.ladder.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The diagnostics a fixture ladder says it should give, read from the fixture itself.
 *
 * <p>In YAML files, a comment {@code # expect: rule-id} or {@code # expect: rule-id: words from the
 * message} on the line above a node expects a diagnostic of that rule on the next line that is not
 * an expect comment (several expect comments may stack above one node). JSON has no comments: a
 * sidecar {@code expected.txt} in the ladder root lists {@code file:line rule-id[: words]}, the
 * file relative to the ladder root.
 *
 * <p>{@link #assertExactly} asserts that exactly those diagnostics appear, at exactly those lines,
 * and no others.
 */
final class ExpectedDiagnostics {
  private static final Pattern COMMENT =
      Pattern.compile("^\\s*#\\s*expect:\\s*([a-z0-9-]+)\\s*(?::\\s*(.*?))?\\s*$");
  private static final Pattern SIDECAR =
      Pattern.compile("^(\\S+):(\\d+)\\s+([a-z0-9-]+)\\s*(?::\\s*(.*?))?\\s*$");

  /** One expected diagnostic; {@code words} is empty when any message will do. */
  record Expected(String file, int line, String rule, String words) {
    boolean matches(Diagnostic d) {
      return d.file().equals(file)
          && d.line() == line
          && d.rule().equals(rule)
          && d.message().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + rule + (words.isEmpty() ? "" : ": " + words);
    }
  }

  private ExpectedDiagnostics() {}

  /** Every expectation written in the fixture under {@code root}; files relative to it. */
  static List<Expected> scan(Path root) {
    List<Expected> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          expected.addAll(comments(relative, Files.readAllLines(file, StandardCharsets.UTF_8)));
        } else if (relative.equals("expected.txt")) {
          expected.addAll(sidecar(Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  private static List<Expected> comments(String file, List<String> lines) {
    List<Expected> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = COMMENT.matcher(lines.get(i));
      if (m.matches()) {
        pending.add(m);
        continue;
      }
      for (Matcher p : pending) {
        expected.add(new Expected(file, i + 1, p.group(1), nullToEmpty(p.group(2))));
      }
      pending.clear();
    }
    assertThat(pending).as("expect comments at the end of %s point at nothing", file).isEmpty();
    return expected;
  }

  private static List<Expected> sidecar(List<String> lines) {
    List<Expected> expected = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SIDECAR.matcher(line);
      assertThat(m.matches())
          .as("expected.txt line '%s' reads file:line rule[: words]", line)
          .isTrue();
      expected.add(
          new Expected(
              m.group(1), Integer.parseInt(m.group(2)), m.group(3), nullToEmpty(m.group(4))));
    }
    return expected;
  }

  /**
   * Asserts that {@code result}, from validating the fixture under {@code root} with paths relative
   * to {@code root}, has exactly the diagnostics the fixture expects.
   */
  static void assertExactly(Path root, ValidationResult result) {
    List<Expected> missing = new ArrayList<>(scan(root));
    List<Diagnostic> unexpected = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      Expected match = missing.stream().filter(e -> e.matches(d)).findFirst().orElse(null);
      if (match == null) {
        unexpected.add(d);
      } else {
        missing.remove(match);
      }
    }
    StringBuilder all = new StringBuilder();
    result.diagnostics().forEach(d -> all.append("\n  ").append(describe(d)));
    assertThat(missing)
        .as("expected diagnostics that did not appear in %s; it gave:%s", root, all)
        .isEmpty();
    assertThat(unexpected.stream().map(ExpectedDiagnostics::describe).toList())
        .as("diagnostics of %s that no expect comment announces", root)
        .isEmpty();
  }

  static String describe(Diagnostic d) {
    return d.location()
        + " "
        + d.severity().label()
        + " ["
        + d.rule()
        + "] "
        + d.message()
        + d.hint().map(h -> " (hint: " + h + ")").orElse("");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
