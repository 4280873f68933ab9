package dev.ladder.model.read;

import dev.ladder.model.Location;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the files of a ladder root: ladder.yaml and {@code levels/**}{@code /*.yaml|yml|json}, in
 * path order whatever order the file system lists them in. Nothing outside the root is read: a
 * symbolic link that leads outside is reported, never followed, and linked folders are not entered.
 */
final class LadderFiles {
  /** A file to read: its name relative to the root, and the path to open. */
  record Candidate(String name, Path path) {}

  /** What was found; {@code levelsIncomplete} when some level file will not be read at all. */
  record Found(
      Optional<Candidate> header,
      List<Candidate> levels,
      List<Problem> problems,
      List<String> files,
      boolean levelsIncomplete) {}

  private final Path root;
  private final Path realRoot;
  private final Limits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final TreeSet<String> files = new TreeSet<>();
  private boolean levelsIncomplete;

  private LadderFiles(Path root, Limits limits) throws IOException {
    this.root = root;
    this.realRoot = root.toRealPath();
    this.limits = limits;
  }

  static Found find(Path root, Limits limits) throws IOException {
    return new LadderFiles(root, limits).find();
  }

  static boolean isLevelFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private Found find() {
    files.add(LadderReader.HEADER);
    Optional<Candidate> header = Optional.empty();
    Path headerPath = root.resolve(LadderReader.HEADER);
    if (Files.exists(headerPath, LinkOption.NOFOLLOW_LINKS)) {
      header = inside(LadderReader.HEADER, headerPath);
    } else {
      // The format names the file exactly; a near miss is the usual cause, so name it.
      String nearMiss =
          List.of("ladder.yml", "ladder.json", "Ladder.yaml", "LADDER.yaml").stream()
              .filter(n -> Files.exists(root.resolve(n), LinkOption.NOFOLLOW_LINKS))
              .findFirst()
              .map(n -> "; found " + n + ": rename it to ladder.yaml")
              .orElse("");
      problem(
          LadderReader.HEADER,
          "ladder.yaml is missing: a ladder root holds one ladder.yaml" + nearMiss);
    }

    List<String> found = new ArrayList<>();
    Path levels = root.resolve("levels");
    Optional<Candidate> levelsFolder =
        Files.exists(levels, LinkOption.NOFOLLOW_LINKS)
            ? inside("levels", levels)
            : Optional.empty();
    levelsFolder
        .filter(folder -> Files.isDirectory(folder.path()))
        .ifPresent(folder -> walk(folder.path(), found));
    List<String> names = new ArrayList<>(found);
    Collections.sort(names);

    if (names.size() > limits.maxFiles()) {
      String first = names.get(limits.maxFiles());
      files.add(first);
      problem(
          first,
          "more than "
              + limits.maxFiles()
              + " level files; only the first "
              + limits.maxFiles()
              + " in path order are read");
      names = names.subList(0, limits.maxFiles());
      levelsIncomplete = true;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (String name : names) {
      files.add(name);
      Optional<Candidate> candidate = inside(name, root.resolve(name));
      candidate.ifPresent(candidates::add);
      levelsIncomplete |= candidate.isEmpty();
    }
    return new Found(header, candidates, problems, List.copyOf(files), levelsIncomplete);
  }

  private void walk(Path start, List<String> names) {
    try {
      Files.walkFileTree(
          start,
          new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(start) && isLevelFile(dir.getFileName().toString())) {
                names.add(name(start, dir));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isLevelFile(file.getFileName().toString())) {
                names.add(name(start, file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String name = name(start, file);
              files.add(name);
              problem(name, "could not be listed or read; not read");
              levelsIncomplete = true;
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problem("levels", "the levels folder could not be listed");
      files.add("levels");
      levelsIncomplete = true;
    }
  }

  /** The path to open for a file, or a problem when it is a link that leads outside the root. */
  private Optional<Candidate> inside(String name, Path path) {
    if (!Files.isSymbolicLink(path)) {
      return Optional.of(new Candidate(name, path));
    }
    Path target;
    try {
      target = path.toRealPath();
    } catch (IOException e) {
      files.add(name);
      problem(name, Text.quote(name) + " is a symbolic link that leads nowhere; not read");
      return Optional.empty();
    }
    if (!target.startsWith(realRoot)) {
      files.add(name);
      problem(
          name,
          Text.quote(name) + " is a symbolic link to a place outside the ladder root; not read");
      return Optional.empty();
    }
    return Optional.of(new Candidate(name, target));
  }

  /** A walked path as a name relative to the root, {@code /} separated, under {@code levels/}. */
  private static String name(Path start, Path file) {
    StringBuilder name = new StringBuilder("levels");
    for (Path part : start.relativize(file)) {
      name.append('/').append(part);
    }
    return name.toString();
  }

  private void problem(String file, String message) {
    problems.add(new Problem(Problem.PARSE, message, Location.startOf(file)));
  }
}
