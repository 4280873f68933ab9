package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPageTest {
  @TempDir static Path out;
  static Document index;

  @BeforeAll
  static void render() {
    index = Sites.render(Sites.example(), SiteOptions.defaults(), out).page("index.html");
  }

  /** The titles in one column of the overview, top row first. */
  private static java.util.List<String> column(int column) {
    return index.select("table.overview tbody tr").stream()
        .map(row -> row.select("td").get(column).select(".card-title").text())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  @Test
  void tracks_stand_side_by_side_in_the_order_ladder_yaml_declares_them() {
    assertThat(index.select("table.overview thead th").eachText())
        .containsExactly("Individual contributor", "People manager");
    assertThat(index.select("table.overview thead th a").eachAttr("href"))
        .containsExactly("tracks/ic.html", "tracks/management.html");
  }

  @Test
  void each_track_lists_its_levels_by_rank() {
    assertThat(column(0))
        .containsExactly(
            "Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer", "Principal Engineer");
    assertThat(column(1))
        .containsExactly(
            "Engineering Manager",
            "Senior Engineering Manager",
            "Director of Engineering",
            "VP of Engineering",
            "Chief Technology Officer");
  }

  @Test
  void equivalent_levels_share_a_row() {
    Elements rows = index.select("table.overview tbody tr");

    assertThat(rowOf(rows, "Staff Engineer")).isEqualTo(rowOf(rows, "Engineering Manager"));
    assertThat(rowOf(rows, "Principal Engineer")).isEqualTo(rowOf(rows, "Director of Engineering"));
    assertThat(rowOf(rows, "Senior Engineering Manager"))
        .isGreaterThan(rowOf(rows, "Staff Engineer"));
  }

  private static int rowOf(Elements rows, String title) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).select(".card-title").eachText().contains(title)) {
        return i;
      }
    }
    throw new AssertionError(title + " is on no row");
  }

  @Test
  void a_card_names_the_levels_it_is_held_equal_to() {
    Element staff =
        index.select(".card").stream()
            .filter(c -> c.select(".card-title").text().equals("Staff Engineer"))
            .findFirst()
            .orElseThrow();

    assertThat(staff.select(".card-equal a").eachText()).containsExactly("Engineering Manager");
  }

  @Test
  void the_progression_map_is_an_svg_with_a_link_to_every_level_and_track() {
    Element map = index.selectFirst("svg.map");

    assertThat(map).isNotNull();
    assertThat(map.select("a.node").eachAttr("href"))
        .hasSize(10)
        .contains("levels/senior-engineer.html", "levels/cto.html");
    assertThat(map.select("text.map-track").eachText())
        .containsExactly("Individual contributor", "People manager");
    // one edge per step up; the branch from Senior Engineer to Engineering Manager dashed
    assertThat(map.select("path.edge")).hasSize(9);
    assertThat(map.select("path.edge.branch")).hasSize(1);
    assertThat(map.select("path.equal")).hasSize(2);
  }

  @Test
  void a_ladder_without_findings_shows_no_findings_section() {
    assertThat(index.select(".findings-box")).isEmpty();
  }

  @Test
  void the_compare_list_links_every_step_up_and_the_picker_offers_the_same() {
    assertThat(index.select(".steps-list a").eachAttr("href"))
        .hasSize(9)
        .contains(
            "compare/senior-engineer--staff-engineer.html",
            "compare/senior-engineer--engineering-manager.html");
    assertThat(index.select("#compare-picker option").eachAttr("value"))
        .isEqualTo(index.select(".steps-list a").eachAttr("href"));
    assertThat(index.selectFirst("#compare-picker").hasAttr("hidden")).isTrue();
  }
}
