package dev.ladder.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * The sample sheets of examples/spreadsheets are what export and this class write today: the export
 * of the example ladder, and a small matrix made the way people make them by hand (a row per
 * dimension, several bullet lines per cell). Run {@link #main} to write them again.
 */
class ExampleSheetsTest {
  static final Path FOLDER = Path.of("../examples/spreadsheets");

  @Test
  void the_committed_sample_sheets_are_the_ones_written_today() throws IOException {
    assertThat(Files.readAllBytes(FOLDER.resolve("engineering-ladder.xlsx")))
        .isEqualTo(ExportTest.export(RoundTripTest.example(), SheetFormat.XLSX));
    assertThat(Files.readAllBytes(FOLDER.resolve("engineering-ladder.csv")))
        .isEqualTo(ExportTest.export(RoundTripTest.example(), SheetFormat.CSV));
    assertThat(Files.readAllBytes(FOLDER.resolve("hand-made-ladder.xlsx"))).isEqualTo(handMade());
    assertThat(Files.readString(FOLDER.resolve("hand-made-ic.csv"), StandardCharsets.UTF_8))
        .isEqualTo(handMadeCsv());
  }

  static final List<String> ENGINEERING_TITLES =
      List.of("Engineer", "Senior Engineer", "Staff Engineer");

  static final List<List<String>> ENGINEERING =
      List.of(
          List.of(
              "Craft",
              "\u2022 Writes clear, tested code\n\u2022 Reviews pull requests from teammates",
              "\u2022 Writes clear, tested code\n\u2022 Reviews pull requests from teammates within one working day\n\u2022 Designs the team's services",
              "\u2022 Writes clear, tested code\n\u2022 Reviews pull requests from teammates within one working day\n\u2022 Sets the technical direction for systems several teams share"),
          List.of(
              "Delivery",
              "\u2022 Estimates their own tasks\n\u2022 Ships small changes safely",
              "\u2022 Ships small changes safely\n\u2022 Plans projects of several engineers",
              "\u2022 Ships small changes safely\n\u2022 Plans projects of several engineers\n\u2022 Unblocks cross-team projects"),
          List.of(
              "People",
              "\u2022 Asks for feedback early",
              "\u2022 Asks for feedback early\n\u2022 Mentors junior engineers",
              "\u2022 Asks for feedback early\n\u2022 Mentors junior and mid-level engineers\n\u2022 Sponsors senior engineers for promotion"));

  static final List<String> MANAGEMENT_TITLES = List.of("Engineering Manager", "Director");

  static final List<List<String>> MANAGEMENT =
      List.of(
          List.of(
              "Delivery",
              "\u2022 Runs the weekly planning meeting\n\u2022 Keeps the team's priorities visible",
              "\u2022 Runs the weekly planning and the quarterly review meeting\n\u2022 Keeps the team's priorities visible\n\u2022 Owns the budget of their organization"),
          List.of(
              "People",
              "\u2022 Coaches direct reports in one-on-ones\n\u2022 Hires engineers for the team",
              "\u2022 Coaches direct reports in one-on-ones\n\u2022 Plans hiring across their teams and trains the people who interview"));

  static byte[] handMade() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(raw, "ladder", "1.0");
    sheet(workbook.newWorksheet("Engineering"), ENGINEERING_TITLES, ENGINEERING);
    sheet(workbook.newWorksheet("Management"), MANAGEMENT_TITLES, MANAGEMENT);
    workbook.finish();
    ByteArrayOutputStream fixed = new ByteArrayOutputStream();
    ReproducibleZip.copy(raw.toByteArray(), fixed);
    return fixed.toByteArray();
  }

  private static void sheet(Worksheet sheet, List<String> titles, List<List<String>> rows) {
    sheet.value(0, 0, "");
    for (int c = 0; c < titles.size(); c++) {
      sheet.value(0, c + 1, titles.get(c));
      sheet.width(c + 1, 50);
    }
    sheet.width(0, 16);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        sheet.value(r + 1, c, rows.get(r).get(c));
      }
    }
    sheet
        .range(1, 0, rows.size(), titles.size())
        .style()
        .wrapText(true)
        .verticalAlignment("top")
        .set();
  }

  /** One track as a CSV matrix: the Engineering sheet, as a file named by its track. */
  static String handMadeCsv() {
    StringBuilder csv = new StringBuilder("Dimension");
    ENGINEERING_TITLES.forEach(t -> csv.append(',').append(t));
    csv.append("\r\n");
    for (List<String> row : ENGINEERING) {
      for (int c = 0; c < row.size(); c++) {
        csv.append(c == 0 ? "" : ",")
            .append('"')
            .append(row.get(c).replace("\"", "\"\""))
            .append('"');
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  public static void main(String[] args) throws IOException {
    Files.createDirectories(FOLDER);
    Files.write(
        FOLDER.resolve("engineering-ladder.xlsx"),
        ExportTest.export(RoundTripTest.example(), SheetFormat.XLSX));
    Files.write(
        FOLDER.resolve("engineering-ladder.csv"),
        ExportTest.export(RoundTripTest.example(), SheetFormat.CSV));
    Files.write(FOLDER.resolve("hand-made-ladder.xlsx"), handMade());
    Files.writeString(FOLDER.resolve("hand-made-ic.csv"), handMadeCsv(), StandardCharsets.UTF_8);
  }
}
