package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelPageTest {
  @TempDir static Path out;
  static Sites.Rendered site;
  static Document vp;

  @BeforeAll
  static void render() {
    site = Sites.render(Sites.example(), SiteOptions.defaults(), out);
    vp = site.page("levels/vp-engineering.html");
  }

  /** The expectation whose text starts so. */
  private static Element item(Document page, String start) {
    return page.select("ul.expectations > li").stream()
        .filter(li -> li.selectFirst(".text").text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no expectation starting " + start));
  }

  @Test
  void every_level_of_the_ladder_has_a_page() {
    assertThat(site.pages())
        .filteredOn(p -> p.startsWith("levels/"))
        .containsExactly(
            "levels/cto.html",
            "levels/director-engineering.html",
            "levels/engineer-1.html",
            "levels/engineer-2.html",
            "levels/engineering-manager.html",
            "levels/principal-engineer.html",
            "levels/senior-engineer.html",
            "levels/senior-engineering-manager.html",
            "levels/staff-engineer.html",
            "levels/vp-engineering.html");
  }

  @Test
  void the_page_names_the_level_its_track_and_rank() {
    assertThat(vp.selectFirst("h1").text()).isEqualTo("VP of Engineering");
    assertThat(vp.selectFirst(".meta").text()).isEqualTo("People manager, rank 4");
    assertThat(vp.title()).isEqualTo("VP of Engineering \u2013 Example Engineering Ladder");
  }

  @Test
  void effective_expectations_are_grouped_by_dimension_in_ladder_order() {
    assertThat(vp.select("section.dimension > h3").eachText())
        .containsExactly(
            "Scope of knowledge",
            "Responsibilities",
            "Technical leadership",
            "People leadership",
            "Delivery");
  }

  @Test
  void an_expectation_the_level_writes_is_marked_own() {
    Element own = item(vp, "Takes part in company-wide decisions");

    assertThat(own.select(".mark").eachText()).containsExactly("own");
  }

  @Test
  void an_inherited_expectation_names_and_links_the_level_that_writes_it() {
    Element inherited = item(vp, "Is familiar with how the team builds");

    assertThat(inherited.select(".mark.inherited").text()).isEqualTo("inherited from Engineer I");
    assertThat(inherited.select(".mark.inherited a").attr("href"))
        .isEqualTo("../levels/engineer-1.html");
  }

  @Test
  void a_refining_expectation_shows_the_wording_it_replaces() {
    Element refining = item(vp, "Speaks for engineering to the executive team");

    assertThat(refining.select(".mark").eachText())
        .containsExactly(
            "own",
            "refining Communicates plans and trade-offs across engineering, product, design and sales");
    assertThat(refining.selectFirst(".mark.refining a").attr("href"))
        .startsWith("../levels/")
        .endsWith("#x-cross-functional-communication");
  }

  @Test
  void a_retired_expectation_is_listed_with_its_reason() {
    Element retired = vp.selectFirst("ul.retired > li");

    assertThat(retired.selectFirst(".reason").text())
        .isEqualTo(
            "Reason: Directors own the growth of engineering managers; the VP grows the directors.");
    assertThat(retired.select(".mark").text()).isEqualTo("retired here");
    assertThat(vp.select("ul.expectations > li").eachAttr("id")).doesNotContain(retired.id());
  }

  @Test
  void a_retirement_inherited_from_below_names_the_level_that_retired_it() {
    Document cto = site.page("levels/cto.html");

    assertThat(cto.select("ul.retired .mark.inherited").eachText())
        .contains("retired at VP of Engineering");
  }

  @Test
  void ratings_are_an_svg_chart_that_reads_without_sight() {
    Element chart = vp.selectFirst("svg.chart");

    assertThat(chart.attr("role")).isEqualTo("img");
    assertThat(chart.selectFirst("title").text()).isEqualTo("Ratings of VP of Engineering");
    assertThat(chart.selectFirst("desc").text())
        .contains("Technical reach: organization (4 of 6 on reach)")
        .contains("Leadership reach: company (5 of 6 on reach)");
    assertThat(chart.select("text.chart-label").eachText())
        .containsExactly("Technical reach", "Leadership reach", "Autonomy");
  }

  @Test
  void experience_scope_competencies_and_checkpoints_are_shown() {
    assertThat(vp.select("dl.facts dt").eachText())
        .containsExactly(
            "Experience", "Leadership experience", "Teams", "Direct reports", "Headcount");
    assertThat(vp.select("dl.facts dd").eachText())
        .startsWith("15 years", "7 years", "8\u201340", "5\u201310", "50\u2013400");
    assertThat(vp.select("ul.tags li").eachText())
        .contains("Strategic thinking", "Business acumen");
    assertThat(vp.select("#checkpoints-heading + p + ul li").eachText())
        .containsExactly(
            "Has led an engineering organization of fifty or more people through directors",
            "Has presented engineering plans and results to the board");
  }

  @Test
  void compensation_is_left_out_unless_asked_for() {
    assertThat(vp.text()).doesNotContain("Compensation").doesNotContain("250,000");
  }

  @Test
  void a_level_that_branches_links_every_step_up_with_its_compare_page() {
    Document senior = site.page("levels/senior-engineer.html");
    Element up = senior.selectFirst("nav.steps > div");

    assertThat(up.select("li > a:first-child").eachText())
        .containsExactly("Staff Engineer", "Engineering Manager");
    assertThat(up.select("li a:contains(compare)").eachAttr("href"))
        .containsExactly(
            "../compare/senior-engineer--staff-engineer.html",
            "../compare/senior-engineer--engineering-manager.html");
    assertThat(up.select(".kind").eachText())
        .containsExactly("(next rank in Individual contributor)", "(branch to People manager)");
  }

  @Test
  void the_steps_down_link_the_level_below() {
    Element down = vp.select("nav.steps > div").get(1);

    assertThat(down.select("li > a:first-child").eachText())
        .containsExactly("Director of Engineering");
  }

  @Test
  void the_summary_is_rendered_from_markdown() {
    assertThat(vp.selectFirst(".summary p").text()).startsWith("Same as Director of Engineering");
  }
}
