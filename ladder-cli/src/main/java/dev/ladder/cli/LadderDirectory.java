package dev.ladder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * {@code [LADDER_DIR]}: the ladder root, {@code ./ladder} when it is left out. A mixin shared by
 * the commands that read a ladder.
 */
final class LadderDirectory {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "LADDER_DIR",
      defaultValue = "ladder",
      description =
          "The ladder root: the folder that holds ladder.yaml and levels/. Default: ./ladder.")
  Path directory;
}
