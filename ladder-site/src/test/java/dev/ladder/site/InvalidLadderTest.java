package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invalid fixture: a repeated level id, a level on an undeclared track, an extends cycle, an
 * equivalence against the ranks and a level extending one that is not there. It still gets a site.
 */
class InvalidLadderTest {
  @TempDir static Path out;
  static Sites.Rendered site;

  @BeforeAll
  static void render() {
    site = Sites.render(Sites.fixture("invalid"), SiteOptions.defaults(), out);
  }

  @Test
  void the_findings_are_listed_on_the_index_with_their_counts() {
    Document index = site.page("index.html");

    assertThat(index.selectFirst("#findings-heading").text())
        .isEqualTo("Findings: " + site.findings().errors() + " errors, 0 warnings, 1 info");
    assertThat(index.select(".finding")).hasSize(site.findings().diagnostics().size());
    assertThat(index.select(".finding .rule").eachText())
        .contains("unique-id", "extends-cycle", "dangling-reference", "equivalence-order");
    assertThat(index.select(".finding .where a").eachAttr("href")).contains("levels/twin_2.html");
  }

  @Test
  void each_level_of_a_repeated_id_gets_a_page_of_its_own() {
    assertThat(site.page("levels/twin.html").selectFirst("h1").text()).isEqualTo("Twin One");
    assertThat(site.page("levels/twin_2.html").selectFirst("h1").text()).isEqualTo("Twin Two");
    assertThat(site.page("levels/twin_2.html").select(".findings .rule").eachText())
        .contains("unique-id");
  }

  @Test
  void a_level_on_an_undeclared_track_gets_a_column_and_a_track_page() {
    Document index = site.page("index.html");

    assertThat(index.select("table.overview thead th").eachText())
        .containsExactly(
            "Individual contributor", "People manager", "phantom not declared in ladder.yaml");
    assertThat(site.page("tracks/phantom.html").select("table.matrix thead a").eachText())
        .containsExactly("Ghost Level");
  }

  @Test
  void levels_of_an_extends_cycle_show_their_own_expectations_only() {
    assertThat(site.page("levels/cycle-b.html").select("ul.expectations .text").eachText())
        .containsExactly("Goes round again");
    assertThat(site.page("levels/cycle-b.html").select(".mark.refining").text())
        .isEqualTo("refining missing-one");
  }

  @Test
  void an_equivalence_against_the_ranks_is_left_out_of_the_layout() {
    Document index = site.page("index.html");

    // high = boss is laid out; low = chief would put Chief above Boss, so it is not
    assertThat(index.select("svg.map path.equal")).hasSize(1);
  }

  @Test
  void a_dangling_extends_or_next_is_named_without_a_link() {
    Document orphan = site.page("levels/orphan.html");

    assertThat(orphan.select("ul.expectations .mark").eachText()).containsExactly("own");
    assertThat(orphan.select("nav.steps a:not(:contains(compare))").eachText()).contains("Low");
  }
}
