package dev.ladder.sheets;

import dev.ladder.model.Ladder;
import dev.ladder.validator.ConfigurationException;
import dev.ladder.validator.ValidationResult;
import dev.ladder.validator.run.FileErrors;
import dev.ladder.validator.run.LadderRun;
import dev.ladder.validator.run.RunConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The export as a front end makes it ({@code ladder:export}, {@code ladder export}): the ladder
 * read and validated with the run's rules ({@link LadderRun#check}), written as a spreadsheet, and
 * one line on the run's console saying where it went and how many errors and warnings the ladder
 * has. Findings never fail it; a ladder with errors is exported as far as it was read, and the line
 * says so.
 *
 * <pre>{@code
 * SheetsRun.export(RunConfig.builder(Path.of("ladder")).build(), SheetFormat.XLSX,
 *     Path.of("target/ladder/ladder.xlsx"));
 * }</pre>
 */
public final class SheetsRun {
  private SheetsRun() {}

  /**
   * The format a front end's setting names, case ignored.
   *
   * @param setting how the front end names the setting in its sentence: {@code --format}, {@code
   *     exportFormat}
   * @throws ConfigurationException when it is neither {@code csv} nor {@code xlsx}
   */
  public static SheetFormat format(String value, String setting) {
    return SheetFormat.parse(value == null ? "" : value)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    "unknown " + setting + " '" + value + "'; use csv or xlsx"));
  }

  /**
   * Reads, validates and exports the ladder of {@code config} to {@code out}, replacing it.
   *
   * @return the ladder as exported
   * @throws ConfigurationException on a setting that is not known, a ladder root that is not a
   *     folder, a text that does not fit in a cell, or a file that cannot be written
   */
  public static Ladder export(RunConfig config, SheetFormat format, Path out) {
    LadderRun.Checked checked = LadderRun.check(config);
    Ladder ladder = checked.read().ladder();
    try {
      Sheets.export(ladder, format, out);
    } catch (SheetsException e) {
      throw new ConfigurationException("cannot export " + out + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ConfigurationException("cannot write " + out + ": " + FileErrors.inWords(e));
    }
    config.console().info(summary(ladder, checked.result(), config.display(out)));
    return ladder;
  }

  /**
   * {@code ladder: exported 10 levels to target/ladder/ladder.xlsx; no errors or warnings}, the
   * path relative to the base folder when it is inside it.
   */
  static String summary(Ladder ladder, ValidationResult result, String where) {
    int levels = ladder.levels().size();
    return String.format(
        Locale.ROOT,
        "ladder: exported %d %s to %s; %s",
        levels,
        levels == 1 ? "level" : "levels",
        where,
        findings(result));
  }

  private static String findings(ValidationResult result) {
    long errors = result.errors();
    long warnings = result.warnings();
    if (errors + warnings == 0) {
      return "no errors or warnings";
    }
    return String.format(
        Locale.ROOT,
        "%d %s and %d %s (validation lists them)",
        errors,
        errors == 1 ? "error" : "errors",
        warnings,
        warnings == 1 ? "warning" : "warnings");
  }
}
