package dev.ladder.model.write;

import dev.ladder.model.ExpectationId;
import dev.ladder.model.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which file each level is written to. A level keeps the path it was read from when that is a plain
 * relative path under {@code levels/} ending in {@code .yaml} or {@code .yml} (a {@code .json} file
 * keeps its folder and name with {@code .yaml} instead, as the writer writes YAML); any other
 * level, and a level whose path is already taken, goes to {@code levels/<track>/<id>.yaml}, then
 * {@code levels/<track>/<id>-2.yaml} and so on. Paths are compared ignoring case, so that two files
 * never collide on a file system that ignores it.
 */
final class LevelPaths {
  /** A folder or file name: no separators, no leading dot, nothing a shell or Windows minds. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_SLUG = 100;

  private LevelPaths() {}

  /** The path of each level, relative to the ladder root, in the order of {@code levels}. */
  static List<String> assign(List<Level> levels) {
    List<String> paths = new ArrayList<>(levels.size());
    Set<String> taken = new HashSet<>();
    // Kept paths first, so that a fresh path never takes the one a later level had.
    for (Level level : levels) {
      String kept = kept(level.file());
      paths.add(kept != null && taken.add(kept.toLowerCase(Locale.ROOT)) ? kept : null);
    }
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i) == null) {
        paths.set(i, fresh(levels.get(i), taken));
      }
    }
    return paths;
  }

  /** The level's own path when it may be kept, with a {@code .json} name turned {@code .yaml}. */
  static String kept(String file) {
    String path = file.endsWith(".json") ? file.substring(0, file.length() - 5) + ".yaml" : file;
    if (!path.startsWith("levels/") || !(path.endsWith(".yaml") || path.endsWith(".yml"))) {
      return null;
    }
    String[] segments = path.split("/", -1);
    if (segments.length < 2 || segments.length > 16) {
      return null;
    }
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        return null;
      }
    }
    return path;
  }

  private static String fresh(Level level, Set<String> taken) {
    String folder = "levels/" + slug(level.track().value(), "track") + "/";
    String name = slug(level.id().value(), "level");
    String path = folder + name + ".yaml";
    for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
      path = folder + name + "-" + n + ".yaml";
    }
    return path;
  }

  /** An id as a file or folder name: itself when it is a slug, else its slug, else a fallback. */
  private static String slug(String id, String fallback) {
    String slug = SLUG.matcher(id).matches() ? id : ExpectationId.slugOf(id).value();
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? fallback : slug;
  }
}
