package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The branching fixture: a draft level between Junior and Senior, a deprecated one, pay bands. */
class DraftsAndCompensationTest {
  @TempDir Path out;

  @Test
  void draft_levels_are_left_out_by_default_and_no_link_points_to_them() {
    Sites.Rendered site = Sites.render(Sites.fixture("branching"), SiteOptions.defaults(), out);

    assertThat(site.result().files()).doesNotContain("levels/middle.html");
    for (String page : site.pages()) {
      assertThat(site.page(page).select("a[href*=middle]")).as(page).isEmpty();
    }
    assertThat(site.page("index.html").select(".card-title").eachText())
        .doesNotContain("Engineer in the Making");
  }

  @Test
  void a_hidden_draft_is_stepped_over_so_its_track_still_reads_in_one_piece() {
    Sites.Rendered site = Sites.render(Sites.fixture("branching"), SiteOptions.defaults(), out);

    assertThat(site.result().files())
        .contains("compare/junior--senior.html")
        .doesNotContain("compare/junior--middle.html", "compare/middle--senior.html");
    Document step = site.page("compare/junior--senior.html");
    assertThat(step.select("table.refined td.after").eachText())
        .contains("Designs systems of several parts");
  }

  @Test
  void an_expectation_inherited_from_a_hidden_draft_names_it_without_a_link() {
    Document senior =
        Sites.render(Sites.fixture("branching"), SiteOptions.defaults(), out)
            .page("levels/senior.html");

    assertThat(senior.select(".mark.inherited").eachText())
        .contains("inherited from Engineer in the Making (draft, not published)");
    assertThat(senior.select(".mark.inherited .unlinked")).isNotEmpty();
  }

  @Test
  void draft_levels_are_shown_when_asked_for_with_their_status() {
    Sites.Rendered site =
        Sites.render(Sites.fixture("branching"), SiteOptions.defaults().withDrafts(true), out);

    assertThat(site.result().files())
        .contains(
            "levels/middle.html", "compare/junior--middle.html", "compare/middle--senior.html")
        .doesNotContain("compare/junior--senior.html");
    assertThat(site.page("levels/middle.html").select(".meta .badge").text()).isEqualTo("draft");
  }

  @Test
  void a_deprecated_level_is_shown_and_marked() {
    Document index =
        Sites.render(Sites.fixture("branching"), SiteOptions.defaults(), out).page("index.html");

    assertThat(index.select(".card:has(a[href=levels/old-manager.html]) .badge").text())
        .isEqualTo("deprecated");
  }

  @Test
  void compensation_appears_on_no_page_unless_asked_for() {
    Sites.Rendered site = Sites.render(Sites.fixture("branching"), SiteOptions.defaults(), out);

    for (String page : site.pages()) {
      assertThat(site.page(page).text())
          .as(page)
          .doesNotContain("EUR")
          .doesNotContain("Compensation");
    }
  }

  @Test
  void compensation_is_shown_on_levels_compare_and_track_pages_when_asked_for() {
    Sites.Rendered site =
        Sites.render(
            Sites.fixture("branching"), SiteOptions.defaults().withCompensation(true), out);

    assertThat(site.page("levels/manager.html").select("dl.facts").text())
        .contains("Compensation EUR 70,000\u201390,000");
    assertThat(
            site.page("compare/junior--manager.html")
                .select("table.values tr:contains(Compensation) td")
                .eachText())
        .containsExactly("EUR 41,000\u201352,000", "EUR 70,000\u201390,000", "rises");
    assertThat(site.page("tracks/management.html").select("tr.value-row > th").eachText())
        .contains("Compensation");
  }
}
