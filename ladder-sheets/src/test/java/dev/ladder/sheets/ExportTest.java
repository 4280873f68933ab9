package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.Ladder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  private static final Ladder EXAMPLE = RoundTripTest.example();

  static byte[] export(Ladder ladder, SheetFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Sheets.export(ladder, format, out);
    return out.toByteArray();
  }

  @Test
  void the_csv_is_the_long_table_with_one_row_per_effective_expectation() throws IOException {
    String csv = new String(export(EXAMPLE, SheetFormat.CSV), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith(
            "\uFEFFtrack,rank,level id,level title,dimension,expectation id,text,source\r\n");
    long rows = csv.lines().count() - 1;
    long effective =
        EXAMPLE.levels().stream()
            .mapToLong(l -> EXAMPLE.effective(l).allExpectations().size())
            .sum();
    assertThat(rows).isEqualTo(effective);
    assertThat(csv)
        .contains(
            "\r\nic,1,engineer-1,Engineer I,scope-of-knowledge,team-codebase,\"Learns the parts of the team's codebase they change, and asks where to find the rest\",own\r\n")
        .contains(
            ",vp-engineering,VP of Engineering,responsibilities,engineering-budget,\"Owns the engineering budget, including vendor contracts and tooling spend\",refines org-budget\r\n")
        .doesNotContain(",vp-engineering,VP of Engineering,responsibilities,org-budget,")
        .doesNotContain(",vp-engineering,VP of Engineering,people-leadership,drives-em-growth,")
        .contains(
            "management,1,engineering-manager,Engineering Manager,scope-of-knowledge,team-systems,\"Knows the team's whole codebase, the services it runs and what they depend on\",inherited from engineer-2\r\n");
  }

  @Test
  void an_exported_workbook_has_a_matrix_sheet_per_track_and_the_long_table_last()
      throws IOException {
    Path file = Files.createTempFile("export", ".xlsx");
    try {
      Files.write(file, export(EXAMPLE, SheetFormat.XLSX));
      try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
        List<Sheet> sheets = workbook.getSheets().toList();
        assertThat(sheets)
            .extracting(Sheet::getName)
            .containsExactly("Individual contributor", "People manager", "Expectations");
        var ic = sheets.get(0).read();
        assertThat(ic.get(0).getCellText(0)).isEqualTo("Dimension");
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(c -> ic.get(0).getCellText(c)).toList())
            .containsExactly(
                "Engineer I",
                "Engineer II",
                "Senior Engineer",
                "Staff Engineer",
                "Principal Engineer");
        // A row is one expectation growing up the track: Engineer II's refinement takes its row.
        assertThat(ic.get(1).getCellText(0)).isEqualTo("Scope of knowledge");
        assertThat(ic.get(1).getCellText(1)).startsWith("Learns the parts of the team's codebase");
        assertThat(ic.get(1).getCellText(2)).startsWith("Knows the team's whole codebase");
        var table = sheets.get(2).read();
        long effective =
            EXAMPLE.levels().stream()
                .mapToLong(l -> EXAMPLE.effective(l).allExpectations().size())
                .sum();
        assertThat(table).hasSize((int) effective + 1);
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void the_same_ladder_gives_the_same_bytes_with_every_timestamp_fixed() throws Exception {
    byte[] first = export(EXAMPLE, SheetFormat.XLSX);
    Thread.sleep(2_100); // past the two seconds of a zip time and the milliseconds of docProps
    byte[] second = export(EXAMPLE, SheetFormat.XLSX);
    assertThat(second).isEqualTo(first);
    assertThat(export(EXAMPLE, SheetFormat.CSV)).isEqualTo(export(EXAMPLE, SheetFormat.CSV));

    Path file = Files.createTempFile("export", ".xlsx");
    try {
      Files.write(file, first);
      List<String> names = new ArrayList<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          names.add(entry.getName());
          assertThat(entry.getTimeLocal())
              .as(entry.getName())
              .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
          try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as(entry.getName()).doesNotContain("<f>").doesNotContain("<f ");
            if (entry.getName().equals("docProps/core.xml")) {
              assertThat(text).contains(">1980-01-01T00:00:00Z</dcterms:created>");
            }
          }
        }
      }
      assertThat(names).contains("docProps/core.xml", "xl/workbook.xml");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void a_text_a_spreadsheet_would_run_is_written_with_an_apostrophe_and_read_back_without(
      @TempDir Path dir) throws IOException {
    Ladder ladder =
        LadderFixtures.oneTrack(
            "IC",
            List.of("Engineer", "Senior"),
            List.of(
                List.of(
                    "=HYPERLINK(\"http://x\",\"click\")",
                    "+1 for each review",
                    "@mentions the team"),
                List.of(
                    "=HYPERLINK(\"http://x\",\"click\")",
                    "+1 for each review",
                    "@mentions the team",
                    "-2 bugs a week",
                    "'= kept as typed")));
    String csv = new String(export(ladder, SheetFormat.CSV), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",")
        .contains(",'+1 for each review,")
        .contains(",'@mentions the team,")
        .contains(",'-2 bugs a week,")
        .contains(",''= kept as typed,");

    Path xlsx = dir.resolve("ic.xlsx");
    Sheets.export(ladder, SheetFormat.XLSX, xlsx);
    try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows.get(1).getCell(1).getFormula()).isNull();
      assertThat(rows.get(1).getCellText(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
    }
    ImportResult back = Sheets.importLadder(xlsx, ImportOptions.defaults());
    assertThat(RoundTripTest.effective(back.ladder().orElseThrow()))
        .isEqualTo(RoundTripTest.effective(ladder));
  }

  @Test
  void a_text_longer_than_a_cell_holds_is_refused_with_its_length_and_start() {
    String longText = "Writes " + "a very long sentence ".repeat(2_000);
    Ladder ladder = LadderFixtures.oneTrack("IC", List.of("Engineer"), List.of(List.of(longText)));

    assertThatThrownBy(() -> export(ladder, SheetFormat.XLSX))
        .isInstanceOf(SheetsException.class)
        .hasMessage(
            "a text of "
                + longText.length()
                + " characters does not fit in a spreadsheet cell (at most 32767): \""
                + longText.substring(0, 60)
                + "...\"");
  }
}
