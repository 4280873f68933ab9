package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileCsvTest {
  @TempDir Path dir;

  private static List<String> lines(ImportResult result) {
    return result.findings().stream().map(SheetFinding::toString).toList();
  }

  @Test
  void a_file_that_is_not_utf_8_is_an_error_at_its_line_and_column() throws IOException {
    byte[] latin1 =
        "Dimension,Engineer\nDelivery,Gère les déploiements\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("ic.csv"), latin1);
    ImportResult result = Sheets.importLadder(file, ImportOptions.defaults());
    assertThat(lines(result))
        .containsExactly(
            "ic.csv: line 2, column 11: error: byte 0xE8 (offset 29) is not UTF-8: save the file as \"CSV UTF-8\" [encoding]");
    assertThat(result.ladder()).isEmpty();
  }

  @Test
  void a_utf_8_byte_order_mark_is_fine() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("ic.csv"),
            "\uFEFFDimension,Engineer\nDelivery,Gère les déploiements\n",
            StandardCharsets.UTF_8);
    ImportResult result = Sheets.importLadder(file, ImportOptions.defaults());
    assertThat(result.findings()).isEmpty();
    assertThat(result.ladder().orElseThrow().levels().get(0).ownExpectations().get(0).text())
        .isEqualTo("Gère les déploiements");
  }

  @Test
  void utf_16_and_binary_files_are_not_csv() throws IOException {
    Path utf16 =
        Files.write(dir.resolve("a.csv"), "\uFEFFDimension".getBytes(StandardCharsets.UTF_16LE));
    assertThat(lines(Sheets.importLadder(utf16, ImportOptions.defaults())))
        .containsExactly(
            "a.csv: line 1, column 1: error: the file is UTF-16, not UTF-8: save it as \"CSV UTF-8\" [encoding]");
    Path binary = Files.write(dir.resolve("b.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
    assertThat(lines(Sheets.importLadder(binary, ImportOptions.defaults())))
        .containsExactly(
            "b.csv: line 1, column 5: error: the file holds a NUL character: it is not a CSV text file [not-csv]");
  }

  @Test
  void a_stray_quote_is_an_error_not_a_guess() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("ic.csv"), "Dimension,Engineer\nDelivery,\"Ships \"small\" changes\n");
    assertThat(lines(Sheets.importLadder(file, ImportOptions.defaults())))
        .singleElement()
        .asString()
        .startsWith("ic.csv: error: not valid CSV (RFC 4180): ")
        .endsWith("[not-csv]");
  }

  @Test
  void a_million_rows_stop_at_the_row_limit() throws IOException {
    Path file = dir.resolve("ic.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Dimension,Engineer\n");
      for (int i = 0; i < 1_000_000; i++) {
        out.write("Delivery,Row " + i + "\n");
      }
    }
    ImportResult result = Sheets.importLadder(file, ImportOptions.defaults());
    assertThat(lines(result))
        .containsExactly(
            "ic.csv: line 10001: error: more than 10000 rows: a ladder's sheet has a row per dimension or expectation; is this the right file? [too-many-rows]");
    assertThat(result.ladder()).isEmpty();
  }

  @Test
  void the_long_table_that_export_writes_is_named_for_what_it_is() throws IOException {
    Path file = dir.resolve("ladder.csv");
    Sheets.export(RoundTripTest.example(), SheetFormat.CSV, file);
    ImportResult result = Sheets.importLadder(file, ImportOptions.defaults());
    assertThat(result.findings())
        .extracting(SheetFinding::code)
        .containsExactly("long-table", "no-levels");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void a_semicolon_separated_file_from_a_european_locale_is_read() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("ic.csv"),
            "Dimension;Engineer;Senior\nDelivery;Ships small changes, safely;Ships small changes, safely\n");
    ImportResult result = Sheets.importLadder(file, ImportOptions.defaults());
    assertThat(result.findings()).isEmpty();
    assertThat(result.ladder().orElseThrow().levels()).hasSize(2);
  }

  @Test
  void a_missing_file_or_an_unknown_extension_is_a_finding_not_an_exception() throws IOException {
    assertThat(lines(Sheets.importLadder(dir.resolve("none.csv"), ImportOptions.defaults())))
        .singleElement()
        .asString()
        .startsWith("none.csv: error: no such file");
    Path ods = Files.writeString(dir.resolve("ladder.ods"), "x");
    assertThat(lines(Sheets.importLadder(ods, ImportOptions.defaults())))
        .containsExactly("ladder.ods: error: import reads .csv and .xlsx files [unknown-format]");
  }
}
