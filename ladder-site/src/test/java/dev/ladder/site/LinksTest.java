package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of every test ladder: links resolve inside the site, and nothing comes from outside.
 */
class LinksTest {
  private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:)?//");

  private static Sites.Rendered site(String name, Path out) {
    Path root = name.equals("example") ? Sites.example() : Sites.fixture(name);
    return Sites.render(root, new SiteOptions(true, true), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example", "branching", "invalid", "hostile"})
  void every_link_of_every_page_points_to_a_file_of_the_site(
      String name, @org.junit.jupiter.api.io.TempDir Path out) {
    Sites.Rendered site = site(name, out);
    List<String> broken = new ArrayList<>();
    for (String page : site.pages()) {
      Document doc = site.page(page);
      for (Element link : doc.select("[href], [src]")) {
        String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (link.closest(".summary") != null && EXTERNAL.matcher(target).lookingAt()) {
          continue; // a web link a level's summary writes: a link, never loaded
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        Path file =
            out.resolve(page)
                .getParent()
                .resolve(path.isEmpty() ? page.substring(page.lastIndexOf('/') + 1) : path)
                .normalize();
        if (URI.create(target.replace(" ", "%20")).isAbsolute()
            || target.startsWith("/")
            || !file.startsWith(out)
            || !Files.isRegularFile(file)) {
          broken.add(page + ": " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"example", "branching", "invalid", "hostile"})
  void no_file_of_the_site_loads_anything_from_outside_it(
      String name, @org.junit.jupiter.api.io.TempDir Path out) throws Exception {
    Sites.Rendered site = site(name, out);
    List<String> external = new ArrayList<>();
    for (String file : site.filesOnDisk()) {
      String text = Files.readString(out.resolve(file));
      if (file.endsWith(".html")) {
        Document doc = site.page(file);
        // what a browser loads on its own: only the site's stylesheet and its one script
        for (Element e :
            doc.select(
                "[src], link, [srcset], [poster], object, embed, iframe, img, base, video, audio, source")) {
          boolean ours =
              (e.tagName().equals("script") && e.attr("src").endsWith("assets/picker.js"))
                  || (e.tagName().equals("link") && e.attr("href").endsWith("assets/site.css"));
          if (!ours || EXTERNAL.matcher(e.attr("src") + e.attr("href")).lookingAt()) {
            external.add(file + ": " + e.outerHtml());
          }
        }
        doc.select("[style], style")
            .forEach(e -> external.add(file + ": inline style " + e.tagName()));
        doc.select("script:not([src])").forEach(e -> external.add(file + ": inline script"));
        // An http(s) URL only in an anchor of a summary: the one place ladder text writes links.
        doc.select(".summary").remove();
        if (Pattern.compile("(?i)https?://").matcher(doc.outerHtml()).find()) {
          external.add(file + ": an http(s) URL outside a summary");
        }
      } else {
        // the stylesheet and the script: no @import, url(), font or request of any kind
        if (Pattern.compile("(?i)https?://|@import|url\\(|@font-face|fetch\\(|XMLHttpRequest")
            .matcher(text)
            .find()) {
          external.add(file + ": may request something");
        }
      }
    }
    assertThat(external).isEmpty();
  }
}
