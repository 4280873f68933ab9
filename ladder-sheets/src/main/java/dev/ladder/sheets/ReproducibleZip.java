package dev.ladder.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a workbook's zip with every timestamp fixed, so that the same ladder gives the same bytes:
 * FastExcel writes the time of writing into {@code docProps/core.xml} ({@code dcterms:created}) and
 * leaves the zip entries' times to the zip library. Every entry gets 1980-01-01 00:00 (the first
 * time a zip can hold, with no time zone and no extended timestamp), and {@code dcterms:created}
 * 1980-01-01T00:00:00Z. Entries keep their order, names and contents.
 */
final class ReproducibleZip {
  static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);
  static final String CREATED = "1980-01-01T00:00:00Z";
  private static final Pattern CREATED_ELEMENT =
      Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

  private ReproducibleZip() {}

  static void copy(byte[] zip, OutputStream out) throws IOException {
    // FastExcel's zip writer leaves sizes out of the local headers, which ZipInputStream cannot
    // follow; ZipFile reads the central directory, which has them.
    Path temporary = Files.createTempFile("ladder-export", ".xlsx");
    try {
      Files.write(temporary, zip);
      ZipOutputStream copy = new ZipOutputStream(out);
      try (ZipFile in = new ZipFile(temporary.toFile())) {
        Enumeration<? extends ZipEntry> entries = in.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          byte[] content;
          try (InputStream stream = in.getInputStream(entry)) {
            content = stream.readAllBytes();
          }
          if (entry.getName().equals("docProps/core.xml")) {
            Matcher m = CREATED_ELEMENT.matcher(new String(content, StandardCharsets.UTF_8));
            content = m.replaceFirst("$1" + CREATED + "$2").getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry fixed = new ZipEntry(entry.getName());
          fixed.setTimeLocal(FIXED);
          copy.putNextEntry(fixed);
          copy.write(content);
          copy.closeEntry();
        }
      }
      copy.finish();
      copy.flush();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
