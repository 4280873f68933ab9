package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile fixture writes script, event handlers, raw HTML and {@code javascript:} links into
 * every text a ladder has; every page shows them as text.
 */
class SafetyTest {
  @TempDir static Path out;
  static Sites.Rendered site;

  @BeforeAll
  static void render() {
    site = Sites.render(Sites.fixture("hostile"), new SiteOptions(true, true), out);
  }

  @Test
  void the_hostile_ladder_still_gets_every_page() {
    assertThat(site.pages())
        .containsExactly(
            "compare/one--two.html",
            "index.html",
            "levels/one.html",
            "levels/two.html",
            "tracks/ic.html");
  }

  @Test
  void no_page_has_a_script_but_the_sites_own() {
    for (String page : site.pages()) {
      assertThat(site.page(page).select("script"))
          .as(page)
          .allSatisfy(s -> assertThat(s.attr("src")).endsWith("assets/picker.js"));
    }
  }

  @Test
  void no_element_carries_an_event_handler_or_a_script_url() {
    for (String page : site.pages()) {
      for (Element e : site.page(page).getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).as(page + " " + e.tagName()).doesNotStartWith("on");
          assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT))
              .as(page + " " + e.tagName() + " " + a.getKey())
              .doesNotStartWith("javascript:")
              .doesNotStartWith("data:")
              .doesNotStartWith("vbscript:")
              .doesNotContain("script:");
        }
      }
    }
  }

  @Test
  void no_markup_from_the_ladder_becomes_an_element() {
    for (String page : site.pages()) {
      Document doc = site.page(page);
      assertThat(doc.select("img, iframe, b, div[onclick], object, embed")).as(page).isEmpty();
      // the only SVGs are the site's own pictures
      assertThat(doc.select("svg"))
          .as(page)
          .allSatisfy(s -> assertThat(s.className()).isIn("map", "chart"));
    }
  }

  @Test
  void hostile_texts_read_as_the_text_they_are() {
    Document one = site.page("levels/one.html");

    assertThat(one.selectFirst("h1").text()).isEqualTo("\"><img src=x onerror=alert(1)>");
    assertThat(one.select("ul.expectations .text").eachText())
        .containsExactly("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    assertThat(one.select("section.dimension h3").text())
        .isEqualTo("<iframe src=javascript:alert(3)></iframe>");
    assertThat(one.select("ul.tags li").text()).isEqualTo("<img src=x onerror=alert(7)>");
    assertThat(site.page("index.html").selectFirst("h1").text())
        .isEqualTo("<script>alert(1)</script> Ladder");
    assertThat(site.page("levels/two.html").select("ul.retired .reason").text())
        .isEqualTo("Reason: <iframe src=javascript:alert(11)></iframe>");
  }

  @Test
  void the_summary_keeps_its_markdown_but_not_its_html_or_script_links() {
    Element summary = site.page("levels/one.html").selectFirst(".summary");

    assertThat(summary.select("strong").text()).isEqualTo("Markdown");
    assertThat(summary.select("a").eachAttr("href"))
        .contains("https://example.com/safe", "two.html", "https://example.com/x.png")
        .allSatisfy(
            h -> assertThat(h).doesNotContainIgnoringCase("script:").doesNotStartWith("data:"));
    // raw HTML, block and inline, shows as text
    assertThat(summary.text())
        .contains("<script>alert(4)</script>")
        .contains("<img src=x onerror=alert(3)>")
        .contains("<a href=\"javascript:alert(2)\">raw link</a>");
    // the picture is a link to it, never loaded
    assertThat(summary.select("a:contains(pic)").attr("href"))
        .isEqualTo("https://example.com/x.png");
    // its heading sits below the page's own
    assertThat(summary.select("h3").text()).isEqualTo("A heading");
  }

  @Test
  void findings_quoting_hostile_titles_are_escaped_too() {
    Document index = site.page("index.html");

    assertThat(index.select(".finding .message").eachText())
        .anySatisfy(m -> assertThat(m).contains("<script>alert('two')</script>"));
  }

  @Test
  void svg_texts_from_the_ladder_are_escaped() {
    assertThat(site.text("index.html")).doesNotContain("<script>alert").contains("&lt;script&gt;");
    Element chart = site.page("levels/two.html").selectFirst("svg.chart");
    assertThat(chart.select("desc").text())
        .startsWith("<script>alert(6)</script>: \"><img src=x onerror=alert(5)>");
    assertThat(chart.select("text.chart-value").text()).startsWith("\"><img src=x");
  }
}
