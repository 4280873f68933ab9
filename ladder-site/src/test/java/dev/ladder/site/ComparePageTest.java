package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.read.LadderReader;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparePageTest {
  @TempDir static Path out;
  static Sites.Rendered site;
  static Document directorToVp;

  @BeforeAll
  static void render() {
    site = Sites.render(Sites.example(), SiteOptions.defaults(), out);
    directorToVp = site.page("compare/director-engineering--vp-engineering.html");
  }

  @Test
  void there_is_one_compare_page_per_step_up() {
    List<String> steps =
        LadderReader.standard().read(Sites.example()).ladder().stepsUp().stream()
            .map(s -> "compare/" + s.lower().id() + "--" + s.higher().id() + ".html")
            .sorted()
            .toList();

    assertThat(site.pages()).filteredOn(p -> p.startsWith("compare/")).isEqualTo(steps);
  }

  @Test
  void the_heading_links_both_levels() {
    assertThat(directorToVp.select("h1 a").eachAttr("href"))
        .containsExactly("../levels/director-engineering.html", "../levels/vp-engineering.html");
    assertThat(directorToVp.selectFirst(".meta").text()).contains("next rank in People manager");
  }

  @Test
  void what_the_higher_level_adds_is_listed_by_dimension() {
    assertThat(directorToVp.select("ul.added li").eachText())
        .contains(
            "Understands organizational design and how the shape of teams shapes what they build",
            "Takes part in company-wide decisions as a member of the executive team");
    assertThat(directorToVp.select("#adds-heading ~ h3").eachText())
        .startsWith("Scope of knowledge");
  }

  @Test
  void a_refinement_shows_the_old_and_the_new_wording_side_by_side() {
    Element budget =
        directorToVp.select("table.refined tbody tr").stream()
            .filter(
                tr -> tr.selectFirst("td.after").text().startsWith("Owns the engineering budget"))
            .findFirst()
            .orElseThrow();

    assertThat(budget.selectFirst("th").text()).isEqualTo("Responsibilities");
    assertThat(budget.selectFirst("td.before").text())
        .isEqualTo("Owns the budget and headcount plan of their organization");
    assertThat(directorToVp.select("table.refined thead th").eachText())
        .containsExactly("Dimension", "Director of Engineering", "VP of Engineering");
  }

  @Test
  void a_retired_expectation_comes_with_its_reason() {
    Element retired = directorToVp.selectFirst("ul.retired li");

    assertThat(retired.selectFirst(".dimension-name").text()).isEqualTo("People leadership:");
    assertThat(retired.selectFirst(".reason").text())
        .startsWith("Reason: Directors own the growth");
  }

  @Test
  void every_value_that_rises_is_listed_with_both_sides() {
    assertThat(directorToVp.select("table.values tbody tr.trend-rises th").eachText())
        .contains("Experience", "Leadership experience", "Leadership reach", "Teams", "Headcount");
    Element experience = directorToVp.selectFirst("table.values tbody tr");
    assertThat(experience.select("th, td").eachText())
        .containsExactly("Experience", "10 years", "15 years", "rises");
    assertThat(directorToVp.select("table.values tbody tr:not(.trend-rises)")).isEmpty();
  }

  @Test
  void the_counts_in_short_match_the_lists() {
    assertThat(directorToVp.select(".in-short dd").eachText())
        .startsWith(
            directorToVp.select("ul.added li").size() + " expectations",
            directorToVp.select("table.refined tbody tr").size() + " expectations",
            directorToVp.select("ul.retired li").size() + " expectation");
  }

  @Test
  void what_is_carried_unchanged_is_folded_away_but_readable_without_script() {
    Element details = directorToVp.selectFirst("details");

    assertThat(details.selectFirst("summary").text())
        .endsWith("hold at VP of Engineering as they are");
    assertThat(details.select("li")).isNotEmpty();
  }

  @Test
  void a_branch_is_compared_like_a_rank_step() {
    Document branch = site.page("compare/senior-engineer--engineering-manager.html");

    assertThat(branch.selectFirst(".meta").text()).contains("branch to People manager");
    assertThat(branch.select("table.refined td.after").eachText())
        .contains(
            "Answers for what the team delivers and how it works, from planning through launch");
  }

  @Test
  void the_picker_offers_the_nearby_steps_with_this_one_selected() {
    Element selected = directorToVp.selectFirst("#compare-picker option[selected]");

    assertThat(selected.text()).isEqualTo("Director of Engineering \u2192 VP of Engineering");
    assertThat(directorToVp.select("#compare-picker option").eachAttr("value"))
        .contains("../compare/vp-engineering--cto.html");
  }
}
