package dev.ladder.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Site#render} wrote.
 *
 * <pre>{@code
 * SiteResult site = Site.render(ladder, result, SiteOptions.defaults(), out);
 * System.out.println("ladder: site of " + site.levelPages() + " levels in " + site.index());
 * }</pre>
 *
 * @param directory the site's folder, as given
 * @param files every file of the site, relative to {@code directory} with {@code /} separators,
 *     sorted
 * @param levelPages how many level pages the site has
 * @param comparePages how many compare pages (steps up) the site has
 * @param removed files of an earlier site in the same folder that this one no longer has, and that
 *     were deleted; relative and sorted as {@code files}
 */
public record SiteResult(
    Path directory, List<String> files, int levelPages, int comparePages, List<String> removed) {
  public SiteResult {
    Objects.requireNonNull(directory, "directory");
    files = List.copyOf(files);
    removed = List.copyOf(removed);
  }

  /** The page to open: {@code index.html}. */
  public Path index() {
    return directory.resolve(Site.INDEX);
  }
}
