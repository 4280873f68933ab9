package dev.ladder.validator.run;

import dev.ladder.model.read.LadderSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Remembers the last successful validation, as Spotless and Checkstyle do: one properties file
 * under the build folder holding a fingerprint of the ladder as the reader took it in (every ladder
 * file's name and bytes, {@link LadderSnapshot#digest()}), the code that checked it and the whole
 * configuration. A run whose fingerprint matches has nothing to do.
 *
 * <pre>{@code
 * UpToDateIndex index = new UpToDateIndex(Path.of("target/ladder/ladder-index.properties"));
 * Fingerprint now = UpToDateIndex.fingerprint(snapshot, "0.1.0|failOn=error");
 * if (!index.matches(now)) { index.forget(); validate(); ... index.record(now); }
 * }</pre>
 */
public final class UpToDateIndex {
  private static final String KEY = "fingerprint";
  private static final String FILES = "files";

  private final Path file;

  public UpToDateIndex(Path file) {
    this.file = file;
  }

  /** A hash of a ladder's files and the settings it was checked with. */
  public record Fingerprint(String hash, int files) {}

  /** The fingerprint of what {@code snapshot} holds, checked with {@code settings}. */
  public static Fingerprint fingerprint(LadderSnapshot snapshot, String settings) {
    MessageDigest digest = sha256();
    digest.update(settings.getBytes(StandardCharsets.UTF_8));
    digest.update(("\n" + snapshot.digest()).getBytes(StandardCharsets.UTF_8));
    return new Fingerprint(HexFormat.of().formatHex(digest.digest()), snapshot.files().size());
  }

  /**
   * The code that checks the ladder: {@code version}, and for a snapshot also the size and time of
   * the jars {@code classes} come from, so that rebuilding the plugin or the validator at the same
   * snapshot version counts as a change.
   */
  public static String codeVersion(String version, Class<?>... classes) {
    StringBuilder code = new StringBuilder(version);
    if (version.endsWith("-SNAPSHOT")) {
      for (Class<?> type : classes) {
        try {
          code.append('|')
              .append(
                  stamp(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())));
        } catch (URISyntaxException | RuntimeException e) {
          code.append("|unknown:").append(System.nanoTime()); // unknown code is never up to date
        }
      }
    }
    return code.toString();
  }

  /**
   * {@code code} and the path, size and time of each of {@code jars}: the jars of rules that take
   * part (a plugin's dependencies, a command line's {@code --rules-jar}), which may change whatever
   * the library's version.
   */
  public static String withJars(String code, Collection<Path> jars) {
    StringBuilder all = new StringBuilder(code);
    jars.stream().sorted().forEach(jar -> all.append('|').append(stamp(jar)));
    return all.toString();
  }

  /** Path, size and time of a file; a file that cannot be read is never up to date. */
  public static String stamp(Path jar) {
    try {
      return jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
    } catch (IOException | RuntimeException e) {
      return "unknown:" + System.nanoTime();
    }
  }

  public boolean matches(Fingerprint fingerprint) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    Properties stored = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      stored.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return false; // an unreadable index only costs one validation
    }
    return fingerprint.hash().equals(stored.getProperty(KEY));
  }

  /** Called only after a successful run: a failing ladder must be checked again next time. */
  public void record(Fingerprint fingerprint) throws IOException {
    Properties properties = new Properties();
    properties.setProperty(KEY, fingerprint.hash());
    properties.setProperty(FILES, Integer.toString(fingerprint.files()));
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "ladder:validate up-to-date index");
    }
  }

  /**
   * Drops the index before a run, so that a run that fails after overwriting the reports never
   * leaves an older success on record.
   */
  public void forget() throws IOException {
    Files.deleteIfExists(file);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
