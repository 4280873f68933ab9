package dev.ladder.sheets;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats the engine reads and writes. */
public enum SheetFormat {
  /** RFC 4180 comma-separated values, UTF-8: one file is one table. */
  CSV("csv"),
  /** Office Open XML workbook: several sheets in one zip. */
  XLSX("xlsx");

  private final String extension;

  SheetFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot: {@code csv}, {@code xlsx}. */
  public String extension() {
    return extension;
  }

  /**
   * The format a name stands for, case ignored: {@code csv} or {@code xlsx}.
   *
   * <pre>{@code SheetFormat.parse("XLSX") // Optional[XLSX]}</pre>
   */
  public static Optional<SheetFormat> parse(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    for (SheetFormat format : values()) {
      if (format.extension.equals(lower)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format a file's extension names: {@code ic.csv} is CSV, {@code ladder.xlsx} XLSX. {@code
   * .xlsm} (a workbook with macros) names no format: the import refuses it.
   */
  public static Optional<SheetFormat> ofFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1));
  }
}
