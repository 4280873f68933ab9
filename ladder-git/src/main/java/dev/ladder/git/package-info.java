/**
 * A ladder at a git revision, for pull-request review: {@link dev.ladder.git.GitLadder} reads the
 * ladder root of a commit straight from the repository's object database, as a {@link
 * dev.ladder.model.read.LadderSource} the reader takes like any folder.
 *
 * <pre>{@code
 * try (GitLadder base = GitLadder.at(Path.of("ladder"), "origin/main")) {
 *   ReadResult atBase = LadderReader.standard().read(base);
 * }
 * }</pre>
 */
package dev.ladder.git;
