/**
 * The run every front end makes, without Maven: {@link dev.ladder.validator.run.LadderRun} resolves
 * a {@link dev.ladder.validator.run.RunConfig}, validates, writes the reports, applies the
 * threshold and the up-to-date index, and returns a {@link dev.ladder.validator.run.RunOutcome}.
 * The Maven goals and the command line are thin adapters over it.
 */
package dev.ladder.validator.run;
