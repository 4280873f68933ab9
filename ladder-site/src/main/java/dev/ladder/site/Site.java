package dev.ladder.site;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.StepUp;
import dev.ladder.model.TrackId;
import dev.ladder.validator.ValidationResult;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders a ladder as a static website (FORMAT.md section 6), from the same model the rules check:
 *
 * <pre>
 * index.html                      tracks side by side, the progression map, the ladder's findings
 * levels/&lt;level-id&gt;.html          a level's effective expectations, values and steps
 * compare/&lt;lower&gt;--&lt;higher&gt;.html  one page per step up: what the higher level changes
 * tracks/&lt;track-id&gt;.html          a track as a matrix: dimensions down, levels across
 * assets/                         site.css and picker.js
 * </pre>
 *
 * <p>The site opens from {@code file://} and from any static host: relative links only, nothing
 * loaded from outside it, and every page reads in full with scripts off. Every text from the ladder
 * is escaped. The same ladder, findings and options always give the same bytes.
 *
 * <pre>{@code
 * Ladder ladder = LadderReader.standard().read(root).ladder();
 * ValidationResult findings = Validator.builder().build().validate(root);
 * SiteResult site = Site.render(ladder, findings, SiteOptions.defaults(), Path.of("target/ladder/site"));
 * System.out.println("open " + site.index().toUri());
 * }</pre>
 */
public final class Site {
  /** The overview page, at the top of the site. */
  public static final String INDEX = "index.html";

  /** The folders the site owns: files in them that a render does not write are removed. */
  static final List<String> FOLDERS = List.of("levels", "compare", "tracks", "assets");

  static final List<String> ASSETS = List.of("site.css", "picker.js");

  // Precompiled at build time: loading the generated classes is all a render costs.
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Site.class.getClassLoader(), "dev.ladder.site");

  private Site() {}

  /**
   * Writes every page of the site of {@code ladder} into {@code outDir}, creating it if needed. A
   * ladder with findings still gets its site, with the findings listed on the index; an invalid one
   * (repeated ids, undeclared tracks, an extends cycle) gets one as well, laid out as far as its
   * files allow. Files of an earlier site in the folders the site owns ({@code levels/}, {@code
   * compare/}, {@code tracks/}, {@code assets/}) that this site no longer has are removed (pages,
   * and the CSS and scripts of {@code assets/}, nothing of another kind); nothing else in {@code
   * outDir} is touched.
   *
   * @param findings the validation of the same ladder, listed on the index and on each level's page
   * @throws IllegalArgumentException when {@code outDir} holds a ladder ({@code ladder.yaml}): its
   *     {@code levels/} folder would be the site's
   * @throws UncheckedIOException when a file cannot be written
   */
  public static SiteResult render(
      Ladder ladder, ValidationResult findings, SiteOptions options, Path outDir) {
    Objects.requireNonNull(ladder, "ladder");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(options, "options");
    Path root = outDir.toAbsolutePath().normalize();
    if (Files.exists(root.resolve(Ladder.HEADER_FILE))) {
      throw new IllegalArgumentException(
          "the site's folder "
              + outDir
              + " holds a ladder ("
              + Ladder.HEADER_FILE
              + "); write the site to a folder of its own, such as target/ladder/site");
    }
    SiteModel site = new SiteModel(ladder, options);
    Pages pages = new Pages(site, findings);
    Output out = new Output(root);
    try {
      Files.createDirectories(root);
      for (String folder : FOLDERS) {
        Files.createDirectories(root.resolve(folder));
      }
      out.write(INDEX, render("index.jte", pages.index()));
      for (Level level : site.levels) {
        out.write(site.levelPath(level), render("level.jte", pages.level(level)));
      }
      for (StepUp step : site.steps) {
        out.write(site.comparePath(step), render("compare.jte", pages.compare(step)));
      }
      for (TrackId track : site.tracks.keySet()) {
        out.write(site.trackPath(track), render("track.jte", pages.track(track)));
      }
      for (String asset : ASSETS) {
        out.write("assets/" + asset, asset(asset));
      }
      List<String> removed = out.removeStale();
      return new SiteResult(outDir, out.written(), site.levels.size(), site.steps.size(), removed);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the site to " + outDir + ": " + e.getMessage(), e);
    }
  }

  private static byte[] render(String template, Object page) {
    // UTF-8 straight from the templates, never a page-sized String to encode.
    Utf8ByteOutput output = new Utf8ByteOutput();
    TEMPLATES.render(template, page, output);
    return output.toByteArray();
  }

  private static byte[] asset(String name) throws IOException {
    try (InputStream in = Site.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the site's asset " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  /** Writes files under one folder, and never outside it. */
  private static final class Output {
    private final Path root;
    private final Set<String> written = new TreeSet<>();

    Output(Path root) {
      this.root = root;
    }

    void write(String relative, byte[] bytes) throws IOException {
      Path target = root.resolve(relative).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        // Names are made safe before they get here: this only guards against a bug.
        throw new IllegalStateException("page " + relative + " would be written outside " + root);
      }
      if (!written.add(relative)) {
        throw new IllegalStateException("page " + relative + " would be written twice");
      }
      // An unchanged page keeps its file (and its time), so a static host or rsync sees no
      // change; rewriting it would also cost more than reading it on most file systems.
      if (!sameBytes(target, bytes)) {
        Files.write(target, bytes);
      }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
      return Files.isRegularFile(file)
          && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    List<String> written() {
      return List.copyOf(written);
    }

    // Only what a site writes: a file of another kind in a folder of the same name is not ours.
    private static boolean isSitePage(String relative) {
      return relative.startsWith("assets/")
          ? relative.endsWith(".css") || relative.endsWith(".js")
          : relative.endsWith(".html");
    }

    List<String> removeStale() throws IOException {
      List<String> removed = new ArrayList<>();
      for (String folder : FOLDERS) {
        Path dir = root.resolve(folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
          files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          String relative = folder + "/" + file.getFileName();
          if (!written.contains(relative) && isSitePage(relative)) {
            Files.delete(file);
            removed.add(relative);
          }
        }
      }
      return removed;
    }
  }
}
