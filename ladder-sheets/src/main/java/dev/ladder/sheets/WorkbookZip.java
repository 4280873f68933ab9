package dev.ladder.sheets;

import dev.ladder.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What the zip of a workbook holds, checked before any spreadsheet library opens it: every entry is
 * inflated here once, through a counting stream that stops at {@link SheetLimits} (the size of one
 * entry, of all, and the ratio of inflated to compressed bytes), so a zip bomb costs at most the
 * limits. On the way it finds what the import refuses or reports: macros ({@code vbaProject.bin},
 * macro sheets), document type declarations (no workbook needs one; an XML reader that expands
 * entities can be made to blow up), external links, and merged cells of each worksheet.
 */
final class WorkbookZip {
  private static final Pattern MERGE =
      Pattern.compile("<(?:\\w+:)?mergeCell\\s[^>]*?ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"");
  private static final Pattern TAG =
      Pattern.compile("<(?:\\w+:)?(sheet|Relationship)\\s([^>]*?)/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)\\s*=\\s*\"([^\"]*)\"");

  /** Merged ranges ({@code B3:D3}) by sheet name, in sheet order. */
  final Map<String, List<String>> merged = new LinkedHashMap<>();

  /** Targets of external links ({@code file:///C:/budget.xlsx}), in entry order. */
  final List<String> externalLinks = new ArrayList<>();

  private WorkbookZip() {}

  /** The checked zip, or empty with an error finding. */
  static Optional<WorkbookZip> check(Path file, SheetLimits limits, List<SheetFinding> findings) {
    String name = file.getFileName().toString();
    WorkbookZip zip = new WorkbookZip();
    Map<String, String> parts = new HashMap<>();
    try (ZipFile archive = new ZipFile(file.toFile())) {
      if (archive.size() > limits.maxEntries()) {
        return fail(
            findings,
            name,
            "zip-bomb",
            "",
            "the workbook's zip has "
                + archive.size()
                + " entries, more than "
                + limits.maxEntries());
      }
      long total = 0;
      List<String> worksheets = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String entryName = entry.getName();
        String lower = entryName.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin")
            || lower.startsWith("xl/macrosheets/")
            || lower.startsWith("xl/dialogsheets/")) {
          return fail(
              findings,
              name,
              "macros",
              entryName,
              "the workbook holds macros ("
                  + entryName
                  + "); macros are never run: save it as an .xlsx workbook without macros and import that");
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (entry.getSize() > limits.maxEntryBytes()) {
          return fail(
              findings,
              name,
              "zip-bomb",
              entryName,
              "the entry says it inflates to "
                  + entry.getSize()
                  + " bytes, more than "
                  + limits.maxEntryBytes());
        }
        boolean keep =
            lower.equals("xl/workbook.xml")
                || lower.equals("xl/_rels/workbook.xml.rels")
                || lower.startsWith("xl/externallinks/_rels/");
        boolean worksheet = lower.startsWith("xl/worksheets/") && lower.endsWith(".xml");
        if (worksheet) {
          worksheets.add(entryName);
        }
        Scan scan = new Scan(keep, worksheet);
        long read;
        try (InputStream in = archive.getInputStream(entry)) {
          read = inflate(in, entry, limits, total, scan);
        } catch (LimitException e) {
          return fail(findings, name, "zip-bomb", entryName, e.getMessage());
        }
        total += read;
        if (scan.doctype) {
          return fail(
              findings,
              name,
              "doctype",
              entryName,
              "the part declares a document type (<!DOCTYPE); no workbook needs one, and entities are never expanded");
        }
        if (keep) {
          parts.put(lower, scan.bytes.toString(StandardCharsets.UTF_8));
        }
        if (worksheet && !scan.merged.isEmpty()) {
          zip.merged.put(entryName, scan.merged);
        }
      }
      parts.forEach(
          (part, text) -> {
            if (part.startsWith("xl/externallinks/_rels/")) {
              for (Map<String, String> rel : tags(text, "Relationship")) {
                zip.externalLinks.add(rel.getOrDefault("Target", "?"));
              }
            }
          });
      if (parts.get("xl/workbook.xml") == null) {
        return fail(
            findings,
            name,
            "not-a-workbook",
            "",
            "the zip holds no xl/workbook.xml: it is not an XLSX workbook");
      }
      zip.nameMergedBySheet(parts);
    } catch (ZipException e) {
      return fail(
          findings,
          name,
          "not-a-workbook",
          "",
          "not a valid zip, so not an XLSX workbook (" + e.getMessage() + ")");
    } catch (IOException e) {
      return fail(findings, name, "unreadable", "", "cannot read the file: " + e.getMessage());
    }
    return Optional.of(zip);
  }

  /** Merged ranges were found by worksheet part; the rest of the import speaks of sheet names. */
  private void nameMergedBySheet(Map<String, String> parts) {
    Map<String, String> targets = new HashMap<>();
    for (Map<String, String> rel :
        tags(parts.getOrDefault("xl/_rels/workbook.xml.rels", ""), "Relationship")) {
      String target = rel.getOrDefault("Target", "");
      String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
      targets.put(rel.getOrDefault("Id", ""), path);
    }
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (Map<String, String> sheet : tags(parts.get("xl/workbook.xml"), "sheet")) {
      String id =
          sheet.entrySet().stream()
              .filter(e -> e.getKey().endsWith(":id"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse("");
      List<String> ranges = merged.get(targets.get(id));
      if (ranges != null) {
        byName.put(xmlText(sheet.getOrDefault("name", "")), ranges);
      }
    }
    merged.clear();
    merged.putAll(byName);
  }

  private static List<Map<String, String>> tags(String xml, String tag) {
    List<Map<String, String>> found = new ArrayList<>();
    Matcher m = TAG.matcher(xml);
    while (m.find()) {
      if (m.group(1).equals(tag)) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(m.group(2));
        while (a.find()) {
          attributes.put(a.group(1), a.group(2));
        }
        found.add(attributes);
      }
    }
    return found;
  }

  private static String xmlText(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** What one entry's scan gathers. */
  private static final class Scan {
    final boolean keep;
    final boolean worksheet;
    final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    final List<String> merged = new ArrayList<>();
    boolean doctype;
    // The end of the previous chunk, so a pattern cut in two by a chunk boundary is still found.
    String tail = "";

    Scan(boolean keep, boolean worksheet) {
      this.keep = keep;
      this.worksheet = worksheet;
    }

    void chunk(byte[] buffer, int length, long offset) {
      // ISO-8859-1 keeps one char per byte: the markup searched for is ASCII.
      String chunk = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
      if (keep) {
        bytes.write(buffer, 0, length);
      }
      String window = tail + chunk;
      long windowStart = offset - tail.length();
      if (window.contains("<!DOCTYPE") || window.contains("<!ENTITY")) {
        doctype = true;
      }
      if (worksheet && window.contains("mergeCell")) {
        Matcher m = MERGE.matcher(window);
        while (m.find()) {
          // A match that lies wholly in the tail was found with the previous chunk.
          if (windowStart + m.end() > offset) {
            merged.add(m.group(1));
          }
        }
      }
      int keepFrom = Math.max(0, window.length() - 256);
      tail = window.substring(keepFrom);
    }
  }

  /** A limit of {@link SheetLimits} met while inflating. */
  private static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  private static long inflate(
      InputStream in, ZipEntry entry, SheetLimits limits, long totalBefore, Scan scan)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    long compressed = Math.max(1, entry.getCompressedSize());
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      scan.chunk(buffer, n, read);
      read += n;
      if (read > limits.maxEntryBytes()) {
        throw new LimitException(
            "the entry inflates to more than " + limits.maxEntryBytes() + " bytes");
      }
      if (totalBefore + read > limits.maxTotalBytes()) {
        throw new LimitException(
            "the workbook inflates to more than " + limits.maxTotalBytes() + " bytes");
      }
      if (read > limits.ratioGraceBytes() && read / compressed > limits.maxRatio()) {
        throw new LimitException(
            "the entry inflates more than "
                + limits.maxRatio()
                + " times its compressed size ("
                + compressed
                + " bytes)");
      }
    }
    return read;
  }

  private static Optional<WorkbookZip> fail(
      List<SheetFinding> findings, String file, String code, String where, String message) {
    findings.add(SheetFinding.in(Severity.ERROR, code, file, where, message));
    return Optional.empty();
  }
}
