package dev.ladder.site;

import dev.ladder.model.Ladder;
import dev.ladder.model.read.LadderReader;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Sites of the test ladders: the example ladder of the repository and the fixtures under {@code
 * src/test/resources/ladders}, each read and validated as a front end does, then rendered.
 *
 * <pre>{@code
 * Sites.Rendered site = Sites.render(Sites.example(), SiteOptions.defaults(), temp);
 * Document vp = site.page("levels/vp-engineering.html");
 * }</pre>
 */
final class Sites {
  private Sites() {}

  /** {@code examples/engineering-ladder/ladder}. */
  static Path example() {
    return Path.of("..", "examples", "engineering-ladder", "ladder").toAbsolutePath().normalize();
  }

  /** A fixture ladder root: {@code src/test/resources/ladders/<name>/ladder}. */
  static Path fixture(String name) {
    return Path.of("src", "test", "resources", "ladders", name, "ladder").toAbsolutePath();
  }

  static Rendered render(Path root, SiteOptions options, Path out) {
    Ladder ladder = LadderReader.standard().read(root).ladder();
    ValidationResult findings = Validator.builder().build().validate(root);
    return new Rendered(out, Site.render(ladder, findings, options, out), findings);
  }

  /** A rendered site: its folder, what {@link Site#render} returned, and the findings shown. */
  record Rendered(Path out, SiteResult result, ValidationResult findings) {
    Document page(String relative) {
      Path file = out.resolve(relative);
      try {
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String text(String relative) {
      try {
        return Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every HTML page of the site, relative to its folder, sorted. */
    List<String> pages() {
      return result.files().stream().filter(f -> f.endsWith(".html")).toList();
    }

    /** Every file under the site's folder, relative, sorted. */
    List<String> filesOnDisk() {
      try (Stream<Path> walk = Files.walk(out)) {
        return walk.filter(Files::isRegularFile)
            .map(p -> out.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
