package dev.ladder.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small XLSX workbooks by hand, part by part, so that a test can put into one exactly the
 * hostile thing it is about (a formula, a merged range, a macro part, a link) and nothing else.
 */
final class Workbooks {
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private final Map<String, byte[]> extra = new LinkedHashMap<>();

  static Workbooks create() {
    return new Workbooks();
  }

  /** A sheet of rows of plain texts (null for an empty cell). */
  Workbooks sheet(String name, List<List<String>> rows) {
    StringBuilder data = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      data.append("<row r=\"").append(r + 1).append("\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) != null) {
          data.append(inline(CellRef.columnName(c + 1) + (r + 1), row.get(c)));
        }
      }
      data.append("</row>");
    }
    return rawSheet(name, data.toString(), "");
  }

  /** A sheet from the XML of its {@code sheetData}, and what follows it (merge cells). */
  Workbooks rawSheet(String name, String sheetData, String after) {
    sheets.put(
        name,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>"
            + sheetData
            + "</sheetData>"
            + after
            + "</worksheet>");
    return this;
  }

  Workbooks entry(String name, byte[] content) {
    extra.put(name, content);
    return this;
  }

  Workbooks entry(String name, String content) {
    return entry(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static String inline(String ref, String text) {
    return "<c r=\""
        + ref
        + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
        + escape(text)
        + "</t></is></c>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      StringBuilder types = new StringBuilder();
      types.append(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
      types.append(
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
      types.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
      types.append(
          "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
      for (int i = 1; i <= sheets.size(); i++) {
        types
            .append("<Override PartName=\"/xl/worksheets/sheet")
            .append(i)
            .append(
                ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      }
      types.append("</Types>");
      put(zip, "[Content_Types].xml", types.toString());
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      StringBuilder workbook =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      StringBuilder rels =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      int i = 1;
      for (String name : sheets.keySet()) {
        workbook
            .append("<sheet name=\"")
            .append(escape(name))
            .append("\" sheetId=\"")
            .append(i)
            .append("\" r:id=\"rId")
            .append(i)
            .append("\"/>");
        rels.append("<Relationship Id=\"rId")
            .append(i)
            .append(
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            .append(i)
            .append(".xml\"/>");
        i++;
      }
      workbook.append("</sheets></workbook>");
      rels.append("</Relationships>");
      put(zip, "xl/workbook.xml", workbook.toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
      i = 1;
      for (String sheet : sheets.values()) {
        put(zip, "xl/worksheets/sheet" + i++ + ".xml", sheet);
      }
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
