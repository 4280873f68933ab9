package dev.ladder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The project version the build wrote into {@code version.properties}: reports name the tool with
 * it (SARIF's {@code tool.driver.version}) and {@code --version} prints it. A resource rather than
 * the jar's manifest, so that it is the same in the jar and on a test's class path.
 */
public final class Version implements IVersionProvider {
  private static final String VERSION = load();

  /** {@code 0.1.0}, or {@code 0.1.0-SNAPSHOT} between releases. */
  public static String current() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"ladder " + VERSION};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
