package dev.ladder.cli;

import dev.ladder.cli.testrule.TitleCase;
import dev.ladder.validator.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Writes a jar of rules as a team would ship one: the rule's class and its service entry. */
final class RuleJar {
  private RuleJar() {}

  static Path write(Path jar) throws IOException {
    return write(jar, TitleCase.class);
  }

  /** A jar of {@code rule} alone. */
  static Path write(Path jar, Class<? extends Rule> rule) throws IOException {
    String classFile = rule.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        InputStream bytes = rule.getClassLoader().getResourceAsStream(classFile)) {
      out.putNextEntry(new JarEntry(classFile));
      bytes.transferTo(out);
      out.closeEntry();
      out.putNextEntry(new JarEntry("META-INF/services/" + Rule.class.getName()));
      out.write((rule.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
