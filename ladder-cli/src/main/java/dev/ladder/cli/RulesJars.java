package dev.ladder.cli;

import dev.ladder.validator.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import picocli.CommandLine.Option;

/**
 * {@code --rules-jar JAR}, repeatable: jars of rules of a team's own, found with {@code
 * ServiceLoader} ({@code META-INF/services/dev.ladder.validator.Rule}) as the plugin finds them
 * among its dependencies. A mixin, so that every command that runs or lists rules takes it alike.
 */
final class RulesJars {
  @Option(
      names = "--rules-jar",
      paramLabel = "JAR",
      description =
          "A jar of extra rules, listed in META-INF/services/dev.ladder.validator.Rule. Repeatable.")
  List<Path> jars = new ArrayList<>();

  /**
   * A class loader over the jars, whose parent is the command line's own; empty without jars, and
   * then the validator looks on its own class path.
   *
   * @throws ConfigurationException when a jar is missing or is not a jar
   */
  Loaded load() {
    if (jars.isEmpty()) {
      return new Loaded(List.of(), Optional.empty());
    }
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = url(jars.get(i));
    }
    return new Loaded(
        List.copyOf(jars),
        Optional.of(new URLClassLoader("ladder-rules", urls, RulesJars.class.getClassLoader())));
  }

  /** The jars and the loader over them, closed when the command is done. */
  record Loaded(List<Path> jars, Optional<URLClassLoader> loader) implements AutoCloseable {
    @Override
    public void close() {
      if (loader.isPresent()) {
        try {
          loader.get().close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static URL url(Path jar) {
    if (!Files.exists(jar)) {
      throw new ConfigurationException("rules jar " + jar + " does not exist");
    }
    if (!Files.isRegularFile(jar)) {
      throw new ConfigurationException("rules jar " + jar + " is not a file");
    }
    try (JarFile ignored = new JarFile(jar.toFile())) {
      return jar.toAbsolutePath().normalize().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new ConfigurationException("rules jar " + jar + " cannot be named as a URL");
    } catch (IOException e) {
      throw new ConfigurationException("rules jar " + jar + " is not a readable jar");
    }
  }
}
