package dev.ladder.validator.run;

import dev.ladder.validator.LadderDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LadderRun#diff} did: the diff it made and the report files it wrote. A diff never
 * fails a build on findings; it shows them.
 */
public record DiffOutcome(LadderDiff diff, List<Path> reports) {
  public DiffOutcome {
    Objects.requireNonNull(diff, "diff");
    reports = List.copyOf(reports);
  }
}
