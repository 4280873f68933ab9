package dev.ladder.sheets;

/**
 * How much of a spreadsheet the import reads before it stops with a clear error: a workbook is a
 * zip, and a zip or a CSV file can claim or hold far more than a ladder ever needs. Every limit is
 * checked before the bytes it guards are read: entry sizes and the compression ratio before a
 * spreadsheet library inflates anything.
 *
 * <pre>{@code
 * ImportOptions.defaults().withLimits(SheetLimits.DEFAULT.withMaxRows(500));
 * }</pre>
 *
 * @param maxFileBytes the spreadsheet file itself
 * @param maxEntries entries in a workbook's zip
 * @param maxEntryBytes one entry, inflated
 * @param maxTotalBytes every entry together, inflated
 * @param maxRatio inflated bytes per compressed byte of one entry, checked once it passes {@code
 *     ratioGraceBytes} (small entries compress unevenly)
 * @param maxSheets sheets of a workbook
 * @param maxRows rows of one sheet or CSV file (a ladder's sheet has one or a few per dimension)
 * @param maxColumns columns of one sheet (one per level, plus the dimensions)
 * @param maxCellChars characters of one cell (a spreadsheet program holds at most 32,767)
 */
public record SheetLimits(
    long maxFileBytes,
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxRatio,
    long ratioGraceBytes,
    int maxSheets,
    int maxRows,
    int maxColumns,
    int maxCellChars) {
  /** 64 MiB files, 256 MiB inflated, a ratio of 100, 10,000 rows and 16,384 columns a sheet. */
  public static final SheetLimits DEFAULT =
      new SheetLimits(
          64L << 20, 10_000, 256L << 20, 512L << 20, 100, 1L << 20, 256, 10_000, 16_384, 32_767);

  public SheetLimits {
    if (maxFileBytes < 1
        || maxEntries < 1
        || maxEntryBytes < 1
        || maxTotalBytes < 1
        || maxRatio < 1
        || ratioGraceBytes < 0
        || maxSheets < 1
        || maxRows < 1
        || maxColumns < 2
        || maxCellChars < 1) {
      throw new IllegalArgumentException("every limit must be positive (columns at least 2)");
    }
  }

  public SheetLimits withMaxRows(int rows) {
    return new SheetLimits(
        maxFileBytes,
        maxEntries,
        maxEntryBytes,
        maxTotalBytes,
        maxRatio,
        ratioGraceBytes,
        maxSheets,
        rows,
        maxColumns,
        maxCellChars);
  }

  public SheetLimits withMaxEntryBytes(long bytes) {
    return new SheetLimits(
        maxFileBytes,
        maxEntries,
        bytes,
        maxTotalBytes,
        maxRatio,
        ratioGraceBytes,
        maxSheets,
        maxRows,
        maxColumns,
        maxCellChars);
  }

  public SheetLimits withMaxFileBytes(long bytes) {
    return new SheetLimits(
        bytes,
        maxEntries,
        maxEntryBytes,
        maxTotalBytes,
        maxRatio,
        ratioGraceBytes,
        maxSheets,
        maxRows,
        maxColumns,
        maxCellChars);
  }
}
