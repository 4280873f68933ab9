package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.EffectiveLevel;
import dev.ladder.model.Expectation;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.TrackId;
import dev.ladder.model.read.LadderReader;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
  static final Path EXAMPLE = Path.of("../examples/engineering-ladder/ladder");

  static Ladder example() {
    return LadderReader.standard().read(EXAMPLE).ladder();
  }

  @Test
  void importing_the_exported_workbook_gives_every_level_the_same_effective_expectations(
      @TempDir Path dir) throws Exception {
    Ladder ladder = example();
    Path xlsx = dir.resolve("engineering-ladder.xlsx");
    Sheets.export(ladder, SheetFormat.XLSX, xlsx);

    ImportResult result = Sheets.importLadder(xlsx, ImportOptions.defaults());
    assertThat(result.hasErrors()).isFalse();
    // Its refinements change meaning, not words: none is a confident rewording, each a decision.
    assertThat(result.guesses()).isEmpty();
    assertThat(result.decisions()).hasSize(16);
    assertThat(result.findings())
        .extracting(SheetFinding::code)
        .containsOnly(SheetFinding.NEEDS_DECISION, "long-table");
    Ladder imported = result.ladder().orElseThrow();

    assertThat(effective(imported)).isEqualTo(effective(ladder));

    Path root = dir.resolve("ladder");
    result.write(root);
    ValidationResult validation = Validator.builder().build().validate(root, root);
    validation
        .diagnostics()
        .forEach(
            d ->
                System.out.println(d.file() + ":" + d.line() + " " + d.rule() + " " + d.message()));
    assertThat(validation.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("expectation-containment");
    assertThat(effective(LadderReader.standard().read(root).ladder())).isEqualTo(effective(ladder));
  }

  /**
   * Track position and rank to dimension name to the sorted texts: what a reader of the sheet sees.
   */
  static Map<String, Map<String, TreeSet<String>>> effective(Ladder ladder) {
    Map<String, Map<String, TreeSet<String>>> all = new TreeMap<>();
    int t = 0;
    for (TrackId track : ladder.trackIds()) {
      List<Level> levels = ladder.levelsOf(track);
      if (levels.isEmpty()) {
        continue;
      }
      t++;
      for (int r = 0; r < levels.size(); r++) {
        EffectiveLevel e = ladder.effective(levels.get(r));
        Map<String, TreeSet<String>> dims = new TreeMap<>();
        for (Expectation x : e.allExpectations()) {
          dims.computeIfAbsent(ladder.dimensionName(x.dimension()), d -> new TreeSet<>())
              .add(x.text());
        }
        all.put(t + "/" + (r + 1) + " " + levels.get(r).title(), dims);
      }
    }
    return all;
  }
}
