package dev.ladder.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache.FileKey;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/** Finds and opens the repository that holds a ladder, as git itself would find it. */
final class Repositories {
  private Repositories() {}

  /** An opened repository, the folder it was found in (its top), and the ladder's path in it. */
  record Found(Repository repository, Path top, List<String> ladderPath) {}

  /**
   * The repository of the nearest folder, from {@code ladderRoot} up, that holds a {@code .git}
   * folder or a {@code .git} file (a linked worktree, a submodule).
   */
  static Found holding(Path ladderRoot) {
    Path real = realPath(ladderRoot);
    for (Path folder = real; folder != null; folder = folder.getParent()) {
      Optional<File> gitDir = gitDir(folder);
      if (gitDir.isPresent()) {
        List<String> path = new ArrayList<>();
        folder.relativize(real).forEach(part -> path.add(part.toString()));
        path.removeIf(String::isEmpty);
        return new Found(open(gitDir.get(), folder), folder, List.copyOf(path));
      }
    }
    throw new GitLadderException(
        "no git repository holds the folder "
            + ladderRoot
            + " (no .git in it or in any folder above it); run in a clone of the repository, or"
            + " give the base as a folder");
  }

  /** The repository at {@code repository}: a folder with a {@code .git}, or a git folder itself. */
  static Found at(Path repository, List<String> ladderPath) {
    Path top = realPath(repository);
    Optional<File> gitDir = gitDir(top);
    if (gitDir.isEmpty() && Files.isDirectory(top) && isRepository(top.toFile())) {
      gitDir = Optional.of(top.toFile()); // a bare repository, or a .git folder named directly
    }
    if (gitDir.isEmpty()) {
      throw new GitLadderException(
          repository
              + " is not a git repository: it holds no .git and is not a repository folder"
              + " itself; name the folder of a clone, or its .git folder");
    }
    return new Found(open(gitDir.get(), top), top, ladderPath);
  }

  /** The git folder that {@code folder/.git} names, when it is a repository. */
  private static Optional<File> gitDir(Path folder) {
    Path dotGit = folder.resolve(".git");
    if (Files.isDirectory(dotGit)) {
      return isRepository(dotGit.toFile()) ? Optional.of(dotGit.toFile()) : Optional.empty();
    }
    if (Files.isRegularFile(dotGit)) {
      // "gitdir: <path>", the path relative to the folder that holds the file
      String text;
      try (InputStream in = Files.newInputStream(dotGit)) {
        text = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return Optional.empty();
      }
      String line = text.lines().findFirst().orElse("");
      if (!line.startsWith("gitdir:")) {
        return Optional.empty();
      }
      File target = folder.resolve(line.substring("gitdir:".length()).trim()).normalize().toFile();
      return isRepository(target) ? Optional.of(target) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean isRepository(File folder) {
    QuietJGit.install();
    return FileKey.isGitRepository(folder, FS.DETECTED);
  }

  private static Repository open(File gitDir, Path top) {
    QuietJGit.install();
    QuietJGit.knowFileSystemOf(gitDir);
    try {
      Repository repository =
          new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
      QuietJGit.knowFileSystemOf(repository.getCommonDirectory());
      QuietJGit.knowFileSystemOf(new File(repository.getCommonDirectory(), "objects"));
      return repository;
    } catch (IOException | RuntimeException e) {
      throw new GitLadderException(
          "the git repository at " + top + " cannot be opened (" + reason(e) + ")", e);
    }
  }

  static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /**
   * The real path of {@code path}; for a path that does not exist (yet), the real path of its
   * nearest existing folder with the rest appended, so a ladder removed from the work tree can
   * still be read at a revision.
   */
  private static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
