package dev.ladder.sheets;

/**
 * What an export cannot write, with a message that says why in the ladder's words (a text too long
 * for a spreadsheet cell). Never thrown for a problem of an imported sheet: those are {@link
 * SheetFinding}s.
 */
public final class SheetsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SheetsException(String message) {
    super(message);
  }
}
