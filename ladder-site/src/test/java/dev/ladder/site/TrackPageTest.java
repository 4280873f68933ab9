package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackPageTest {
  @TempDir static Path out;
  static Document ic;

  @BeforeAll
  static void render() {
    ic = Sites.render(Sites.example(), SiteOptions.defaults(), out).page("tracks/ic.html");
  }

  @Test
  void levels_go_across_in_rank_order() {
    assertThat(ic.select("table.matrix thead th a").eachText())
        .containsExactly(
            "Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer", "Principal Engineer");
  }

  @Test
  void dimensions_go_down_in_ladder_order_then_the_values() {
    assertThat(ic.select("table.matrix tbody tr.dimension-row > th").eachText())
        .containsExactly(
            "Scope of knowledge",
            "Responsibilities",
            "Technical leadership",
            "People leadership",
            "Delivery");
    assertThat(ic.select("table.matrix tbody tr.value-row > th").eachText())
        .startsWith("Technical reach", "Leadership reach", "Autonomy", "Experience");
  }

  @Test
  void each_cell_holds_the_levels_effective_expectations_with_its_own_ones_marked() {
    Element delivery = ic.select("table.matrix tbody tr.dimension-row").get(4);
    Element senior = delivery.select("td").get(2);

    assertThat(senior.select("li.own").eachText())
        .contains("Plans projects, and tells stakeholders early when a date is at risk refined");
    assertThat(senior.select("li.inherited")).isNotEmpty();
  }

  @Test
  void the_track_page_is_named_after_the_track() {
    assertThat(ic.selectFirst("h1").text()).isEqualTo("Individual contributor");
  }
}
