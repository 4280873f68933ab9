package dev.ladder.validator.run;

import java.util.Objects;

/**
 * What {@link LadderRun#diff} needs: the run's settings (the ladder root, the project folder,
 * rules, the report folder and formats, the console) and the base to compare with. The formats of a
 * diff are {@code text}, {@code json} and {@code markdown}; a front end's default is all three.
 *
 * <pre>{@code
 * DiffConfig config = new DiffConfig(
 *     RunConfig.builder(Path.of("ladder")).formats("text,json,markdown").build(),
 *     Base.revision("origin/main"));
 * DiffOutcome outcome = LadderRun.diff(config);
 * }</pre>
 */
public record DiffConfig(RunConfig run, Base base) {
  public DiffConfig {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(base, "base");
  }
}
