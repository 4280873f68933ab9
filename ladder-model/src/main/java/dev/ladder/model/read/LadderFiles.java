package dev.ladder.model.read;

import dev.ladder.model.Ladder;
import dev.ladder.model.Location;
import dev.ladder.model.read.LadderSource.Entry;
import dev.ladder.model.read.LadderSource.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which entries of a source are ladder files: ladder.yaml and {@code levels/**}{@code
 * /*.yaml|yml|json}, in path order whatever order the source lists them in, at most {@link
 * Limits#maxFiles()} level files. The same for every source.
 */
final class LadderFiles {
  /** The one ladder file at the root. */
  static final String HEADER = Ladder.HEADER_FILE;

  /** The folder of the level files. */
  static final String LEVELS = "levels";

  /** Near misses of the header's name, the usual cause of a missing one. */
  private static final List<String> NEAR_MISSES =
      List.of("ladder.yml", "ladder.json", "Ladder.yaml", "LADDER.yaml");

  /**
   * What was found: the header and the level files to read (each an entry the source can open, or
   * the problem that keeps it from being read), the problems of the listing itself, and every file
   * considered.
   */
  record Found(
      Optional<Entry> header,
      List<Entry> levels,
      List<Problem> problems,
      List<String> files,
      boolean levelsIncomplete) {}

  private final Limits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final TreeSet<String> files = new TreeSet<>();
  private boolean levelsIncomplete;

  private LadderFiles(Limits limits) {
    this.limits = limits;
  }

  static Found select(List<Entry> entries, Limits limits) {
    return new LadderFiles(limits).select(entries);
  }

  static boolean isLevelFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private Found select(List<Entry> all) {
    Map<String, Entry> byName = new HashMap<>();
    TreeMap<String, Entry> levelEntries = new TreeMap<>();
    for (Entry entry : all) {
      byName.putIfAbsent(entry.name(), entry);
      if (entry.name().startsWith(LEVELS + "/")) {
        levelEntries.putIfAbsent(entry.name(), entry);
      }
    }

    files.add(HEADER);
    Optional<Entry> header = Optional.empty();
    Entry headerEntry = byName.get(HEADER);
    if (headerEntry != null) {
      header = readable(headerEntry);
    } else {
      String nearMiss =
          NEAR_MISSES.stream()
              .filter(byName::containsKey)
              .findFirst()
              .map(n -> "; found " + n + ": rename it to ladder.yaml")
              .orElse("");
      problem(HEADER, "ladder.yaml is missing: a ladder root holds one ladder.yaml" + nearMiss);
    }

    boolean levelsUnlisted =
        all.stream().anyMatch(e -> e.name().equals(LEVELS) && e.kind() == Kind.UNREADABLE);
    Entry levels = byName.get(LEVELS);
    if (levelsUnlisted) {
      files.add(LEVELS);
      problem(LEVELS, "the levels folder could not be listed");
      levelsIncomplete = true;
    } else if (levels != null) {
      readable(levels);
    }

    List<Entry> candidates = new ArrayList<>();
    for (Entry entry : levelEntries.values()) {
      boolean named = isLevelFile(entry.name().substring(entry.name().lastIndexOf('/') + 1));
      if (entry.kind() == Kind.UNREADABLE) {
        files.add(entry.name());
        problem(entry.name(), "could not be listed or read; not read");
        levelsIncomplete = true;
      } else if (named) {
        candidates.add(entry);
      }
    }
    if (candidates.size() > limits.maxFiles()) {
      String first = candidates.get(limits.maxFiles()).name();
      files.add(first);
      problem(
          first,
          "more than "
              + limits.maxFiles()
              + " level files; only the first "
              + limits.maxFiles()
              + " in path order are read");
      candidates = candidates.subList(0, limits.maxFiles());
      levelsIncomplete = true;
    }
    List<Entry> readable = new ArrayList<>();
    for (Entry entry : candidates) {
      files.add(entry.name());
      Optional<Entry> ok = readable(entry);
      ok.ifPresent(readable::add);
      levelsIncomplete |= ok.isEmpty();
    }
    return new Found(header, readable, problems, List.copyOf(files), levelsIncomplete);
  }

  /** The entry, when it is one to open or to report as unreadable while loading. */
  private Optional<Entry> readable(Entry entry) {
    String name = entry.name();
    switch (entry.kind()) {
      case LINK_OUTSIDE:
        files.add(name);
        problem(
            name,
            Text.quote(name) + " is a symbolic link to a place outside the ladder root; not read");
        return Optional.empty();
      case BROKEN_LINK:
        files.add(name);
        problem(name, Text.quote(name) + " is a symbolic link that leads nowhere; not read");
        return Optional.empty();
      default:
        return Optional.of(entry);
    }
  }

  private void problem(String file, String message) {
    problems.add(new Problem(Problem.PARSE, message, Location.startOf(file)));
  }
}
