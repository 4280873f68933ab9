package dev.ladder.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Compensation;
import dev.ladder.model.Dimension;
import dev.ladder.model.DimensionId;
import dev.ladder.model.Expectation;
import dev.ladder.model.ExpectationId;
import dev.ladder.model.Experience;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.LevelId;
import dev.ladder.model.SourceRef;
import dev.ladder.model.Status;
import dev.ladder.model.Track;
import dev.ladder.model.TrackId;
import dev.ladder.validator.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  @TempDir Path temp;

  @Test
  void the_same_ladder_gives_the_same_bytes() throws Exception {
    Sites.Rendered a =
        Sites.render(Sites.example(), new SiteOptions(true, true), temp.resolve("a"));
    Sites.Rendered b =
        Sites.render(Sites.example(), new SiteOptions(true, true), temp.resolve("b"));

    assertThat(b.filesOnDisk()).isEqualTo(a.filesOnDisk()).isEqualTo(a.result().files());
    for (String file : a.filesOnDisk()) {
      assertThat(Files.readAllBytes(b.out().resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(a.out().resolve(file)));
    }
  }

  @Test
  void pages_an_earlier_site_had_and_this_one_has_not_are_removed_and_nothing_else()
      throws Exception {
    Path out = temp.resolve("site");
    Files.createDirectories(out.resolve("levels"));
    Files.writeString(out.resolve("levels/gone.html"), "old");
    Files.writeString(out.resolve("CNAME"), "ladder.example.com");

    Sites.Rendered site = Sites.render(Sites.example(), SiteOptions.defaults(), out);

    assertThat(site.result().removed()).containsExactly("levels/gone.html");
    assertThat(out.resolve("levels/gone.html")).doesNotExist();
    assertThat(out.resolve("CNAME")).hasContent("ladder.example.com");
  }

  @Test
  void files_of_another_kind_in_the_sites_folders_are_kept() throws Exception {
    Path out = temp.resolve("site");
    Files.createDirectories(out.resolve("levels"));
    Files.writeString(out.resolve("levels/notes.yaml"), "kept: true");
    Files.writeString(out.resolve("levels/gone.html"), "old");

    Sites.Rendered site = Sites.render(Sites.example(), SiteOptions.defaults(), out);

    assertThat(site.result().removed()).containsExactly("levels/gone.html");
    assertThat(out.resolve("levels/notes.yaml")).hasContent("kept: true");
  }

  @Test
  void a_folder_that_holds_a_ladder_is_refused_and_left_as_it_was() throws Exception {
    Path copy = temp.resolve("ladder");
    Files.createDirectories(copy.resolve("levels"));
    Files.writeString(copy.resolve("ladder.yaml"), "format: 1");
    Files.writeString(copy.resolve("levels/ic1.yaml"), "id: ic1");

    assertThatThrownBy(() -> Sites.render(Sites.example(), SiteOptions.defaults(), copy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "holds a ladder (ladder.yaml); write the site to a folder of its own");
    try (Stream<Path> files = Files.walk(copy)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> copy.relativize(f).toString()))
          .containsExactlyInAnyOrder("ladder.yaml", "levels/ic1.yaml");
    }
  }

  @Test
  void the_result_counts_the_pages_and_points_at_the_index() {
    Sites.Rendered site = Sites.render(Sites.example(), SiteOptions.defaults(), temp);

    assertThat(site.result().levelPages()).isEqualTo(10);
    assertThat(site.result().comparePages()).isEqualTo(9);
    assertThat(site.result().index()).isEqualTo(temp.resolve("index.html")).exists();
  }

  @Test
  void ids_that_are_not_slugs_never_lead_a_file_out_of_the_site() throws Exception {
    Path out = temp.resolve("deep/site");
    Ladder ladder =
        Ladder.builder()
            .id("built")
            .name("Built in code")
            .track(
                new Track(TrackId.of("../../escape"), "Escape", "", SourceRef.root("ladder.yaml")))
            .dimension(
                new Dimension(DimensionId.of("craft"), "Craft", "", SourceRef.root("ladder.yaml")))
            .level(level("../../../etc/passwd", "../../escape", 1, "a.yaml"))
            .level(level("C:\\Windows\\win.ini", "../../escape", 2, "b.yaml"))
            .level(level("/absolute", "../../escape", 3, "c.yaml"))
            .level(level("", "../../escape", 4, "d.yaml"))
            .build();

    SiteResult result =
        Site.render(
            ladder, new ValidationResult("built", 5, List.of()), SiteOptions.defaults(), out);

    try (Stream<Path> all = Files.walk(temp)) {
      assertThat(all.filter(Files::isRegularFile))
          .allSatisfy(p -> assertThat(p.normalize()).startsWith(out));
    }
    assertThat(result.files())
        .allSatisfy(
            f -> assertThat(f).matches("[a-z]+/[a-z0-9_\\-]+\\.html|index\\.html|assets/[a-z.]+"))
        // the levels, the steps up between them, the one track, the index and the two assets
        .hasSize(4 + 3 + 1 + 1 + 2);
  }

  private static Level level(String id, String track, int rank, String file) {
    SourceRef root = SourceRef.root("levels/" + file);
    return new Level(
        LevelId.of(id),
        "Level " + rank,
        TrackId.of(track),
        rank,
        Optional.empty(),
        Status.ACTIVE,
        "",
        Experience.NONE,
        Map.of(),
        Map.of(),
        Compensation.NONE,
        List.of(),
        Map.of(
            DimensionId.of("craft"),
            List.of(
                new Expectation(
                    ExpectationId.of("e" + rank),
                    "Does " + rank,
                    DimensionId.of("craft"),
                    List.of(),
                    LevelId.of(id),
                    root.at("expectations", "craft", 0)))),
        List.of(),
        List.of(),
        List.of(),
        root);
  }
}
