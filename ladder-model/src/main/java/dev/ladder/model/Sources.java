package dev.ladder.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The source maps of every file of a ladder, by file path relative to the ladder root. */
public final class Sources {
  private final Map<String, SourceMap> files;

  public Sources(Map<String, SourceMap> files) {
    this.files = Map.copyOf(files);
  }

  public static Sources empty() {
    return new Sources(Map.of());
  }

  public Optional<SourceMap> file(String file) {
    return Optional.ofNullable(files.get(file));
  }

  /** The files that were read, sorted. */
  public SortedSet<String> paths() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
  }

  /** The line and column of a node, falling back to its nearest located ancestor. */
  public Location locate(SourceRef ref) {
    SourceMap map = files.get(ref.file());
    Position position = map == null ? Position.START : map.locate(ref.pointer());
    return Location.of(ref.file(), position);
  }

  /** The line and column of the key of an object member, or of its value when it has no key. */
  public Location locateKey(SourceRef ref) {
    SourceMap map = files.get(ref.file());
    if (map == null) {
      return Location.startOf(ref.file());
    }
    return Location.of(
        ref.file(), map.key(ref.pointer()).orElseGet(() -> map.locate(ref.pointer())));
  }
}
