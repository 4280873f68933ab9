package dev.ladder.maven;

import dev.ladder.sheets.SheetFormat;
import dev.ladder.sheets.SheetsRun;
import dev.ladder.validator.ConfigurationException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the ladder as a spreadsheet (FORMAT.md section 8): {@code csv} is the long table, one row
 * per effective expectation; {@code xlsx} adds one matrix sheet per track. Findings never fail this
 * goal ({@code ladder:validate} gates on them); the line it prints counts them.
 *
 * <pre>{@code
 * mvn ladder:export -Dladder.export.format=csv
 * }</pre>
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends AbstractLadderMojo {
  /** {@code csv} or {@code xlsx}. */
  @Parameter(property = "ladder.export.format", defaultValue = "xlsx")
  private String exportFormat;

  /** The file to write; {@code target/ladder/ladder.<format>} when not set. */
  @Parameter(property = "ladder.export.file")
  private File exportFile;

  @Override
  void run() throws MojoExecutionException {
    try {
      SheetFormat format = SheetsRun.format(exportFormat, "exportFormat");
      SheetsRun.export(
          config().build(),
          format,
          exportFile != null
              ? exportFile.toPath()
              : buildPath("ladder", "ladder." + format.extension()));
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }
}
