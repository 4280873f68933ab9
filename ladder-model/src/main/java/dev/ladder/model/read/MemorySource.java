package dev.ladder.model.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Files held in memory, by path relative to the root; folders are implied by the paths. */
final class MemorySource implements LadderSource {
  private final String description;
  private final Map<String, byte[]> files;

  MemorySource(String description, Map<String, byte[]> files) {
    this.description = Objects.requireNonNull(description, "description");
    Map<String, byte[]> normalized = new TreeMap<>();
    files.forEach((path, bytes) -> normalized.put(normalize(path), bytes.clone()));
    this.files = Collections.unmodifiableMap(normalized);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    TreeSet<String> folders = new TreeSet<>();
    files.forEach(
        (path, bytes) -> {
          entries.add(Entry.file(path, bytes.length));
          for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
          }
        });
    folders.forEach(folder -> entries.add(Entry.of(folder, Kind.FOLDER)));
    return entries;
  }

  @Override
  public InputStream open(String name) throws IOException {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new NoSuchFileException(name);
    }
    return new ByteArrayInputStream(bytes);
  }

  /** {@code /} separators, no {@code .} parts; a path that leaves the root is refused. */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : Objects.requireNonNull(path, "path").replace('\\', '/').split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      boolean drive = parts.isEmpty() && part.endsWith(":");
      if (part.equals("..") || path.startsWith("/") || path.startsWith("\\") || drive) {
        throw new IllegalArgumentException(
            "not a path inside the ladder root: '" + path + "'; use paths like levels/senior.yaml");
      }
      parts.add(part);
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("an empty path names no file of the ladder");
    }
    return String.join("/", parts);
  }
}
