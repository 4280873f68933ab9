package dev.ladder.model.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A ladder root in the file system. Nothing outside the root is read: a symbolic link that leads
 * outside is reported, never followed, and linked folders are not entered.
 */
final class FolderSource implements LadderSource {
  private final Path root;

  FolderSource(Path root) {
    this.root = root;
  }

  /** The folder, as given. */
  Path root() {
    return root;
  }

  @Override
  public String description() {
    return root.toString();
  }

  @Override
  public List<Entry> entries() throws IOException {
    Path realRoot = root.toRealPath();
    List<Entry> entries = new ArrayList<>();
    Entry levels = null;
    try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
      for (Path path : top) {
        Entry entry = classify(path.getFileName().toString(), path, realRoot);
        entries.add(entry);
        if (entry.name().equals(LadderFiles.LEVELS)) {
          levels = entry;
        }
      }
    }
    if (levels != null && levels.kind() == Kind.FOLDER) {
      walk(root.resolve(LadderFiles.LEVELS).toRealPath(), realRoot, entries);
    }
    return entries;
  }

  @Override
  public InputStream open(String name) throws IOException {
    Path path = root.resolve(name).normalize();
    if (!path.toRealPath().startsWith(root.toRealPath())) {
      throw new IOException("outside the ladder root");
    }
    return Files.newInputStream(path);
  }

  private void walk(Path levels, Path realRoot, List<Entry> entries) {
    try {
      Files.walkFileTree(
          levels,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(levels)) {
                entries.add(Entry.of(name(levels, dir), Kind.FOLDER));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              entries.add(classify(name(levels, file), file, realRoot));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              entries.add(Entry.of(name(levels, file), Kind.UNREADABLE));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      entries.add(Entry.of(LadderFiles.LEVELS, Kind.UNREADABLE));
    }
  }

  /** What {@code path} is, following a symbolic link only when it stays inside the root. */
  private static Entry classify(String name, Path path, Path realRoot) {
    try {
      if (Files.isSymbolicLink(path)) {
        Path target;
        try {
          target = path.toRealPath();
        } catch (IOException e) {
          return Entry.of(name, Kind.BROKEN_LINK);
        }
        if (!target.startsWith(realRoot)) {
          return Entry.of(name, Kind.LINK_OUTSIDE);
        }
        return kindOf(name, Files.readAttributes(target, BasicFileAttributes.class));
      }
      return kindOf(
          name, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Entry.of(name, Kind.UNREADABLE);
    }
  }

  private static Entry kindOf(String name, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return Entry.of(name, Kind.FOLDER);
    }
    return attributes.isRegularFile()
        ? Entry.file(name, attributes.size())
        : Entry.of(name, Kind.OTHER);
  }

  /** A walked path as a name relative to the root, {@code /} separated, under {@code levels/}. */
  private static String name(Path levels, Path file) {
    StringBuilder name = new StringBuilder(LadderFiles.LEVELS);
    for (Path part : levels.relativize(file)) {
      name.append('/').append(part);
    }
    return name.toString();
  }
}
