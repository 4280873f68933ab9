package dev.ladder.sheets;

import java.util.Objects;
import java.util.Optional;

/**
 * How to import a spreadsheet. By default the ladder's id is the slug of the file's name and its
 * name the file's name without the extension.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.defaults().withLadderId("acme-engineering").withLadderName("Acme");
 * }</pre>
 *
 * @param ladderId the id of the ladder written to ladder.yaml, a slug
 * @param ladderName its name
 */
public record ImportOptions(
    Optional<String> ladderId, Optional<String> ladderName, SheetLimits limits) {
  public ImportOptions {
    Objects.requireNonNull(ladderId, "ladderId");
    Objects.requireNonNull(ladderName, "ladderName");
    Objects.requireNonNull(limits, "limits");
  }

  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), Optional.empty(), SheetLimits.DEFAULT);
  }

  public ImportOptions withLadderId(String id) {
    return new ImportOptions(Optional.of(id), ladderName, limits);
  }

  public ImportOptions withLadderName(String name) {
    return new ImportOptions(ladderId, Optional.of(name), limits);
  }

  public ImportOptions withLimits(SheetLimits newLimits) {
    return new ImportOptions(ladderId, ladderName, newLimits);
  }
}
