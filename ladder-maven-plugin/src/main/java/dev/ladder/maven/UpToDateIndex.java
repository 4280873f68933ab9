package dev.ladder.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Remembers the last successful validation, as Spotless and Checkstyle do: one properties file
 * under {@code target/} holding a fingerprint of every ladder file (path, size and content hash),
 * the validator's version and the whole configuration. A run whose fingerprint matches has nothing
 * to do.
 *
 * <pre>{@code
 * UpToDateIndex index = new UpToDateIndex(Path.of("target/ladder/ladder-index.properties"));
 * Optional<Fingerprint> now = UpToDateIndex.fingerprint(Path.of("ladder"), "0.1.0|failOn=error");
 * if (now.isEmpty() || !index.matches(now.get())) { index.forget(); validate(); ... }
 * }</pre>
 */
final class UpToDateIndex {
  private static final String KEY = "fingerprint";
  private static final String FILES = "files";

  private final Path file;

  UpToDateIndex(Path file) {
    this.file = file;
  }

  /** A hash of a ladder root's files and the settings it was checked with. */
  record Fingerprint(String hash, int files) {}

  /**
   * Hashes every regular file under {@code root}, in sorted path order so the hash does not depend
   * on the file system's listing order, together with {@code settings}; empty when {@code root} is
   * not a readable folder, which the validator then reports.
   */
  static Optional<Fingerprint> fingerprint(Path root, String settings) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    MessageDigest digest = sha256();
    digest.update(settings.getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      for (Path path : files) {
        String name = root.relativize(path).toString().replace('\\', '/');
        byte[] content = Files.readAllBytes(path);
        digest.update(
            ("\n" + name + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(sha256().digest(content));
      }
      return Optional.of(new Fingerprint(HexFormat.of().formatHex(digest.digest()), files.size()));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * The code that checks the ladder: {@code version}, and for a snapshot also the size and time of
   * the jars {@code classes} come from, so that rebuilding the plugin or the validator at the same
   * snapshot version counts as a change.
   */
  static String codeVersion(String version, Class<?>... classes) {
    StringBuilder code = new StringBuilder(version);
    if (version.endsWith("-SNAPSHOT")) {
      for (Class<?> type : classes) {
        try {
          Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
          code.append('|').append(jar).append(':').append(Files.size(jar));
          code.append(':').append(Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
          code.append("|unknown:").append(System.nanoTime()); // unknown code is never up to date
        }
      }
    }
    return code.toString();
  }

  boolean matches(Fingerprint fingerprint) {
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
  void record(Fingerprint fingerprint) throws IOException {
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
  void forget() throws IOException {
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
