package dev.ladder.git;

/**
 * A git base that cannot be read as asked: no repository holds the ladder folder, the revision is
 * not in the repository (the usual cause: a shallow clone in CI), or it names something that is not
 * a commit. The message is one sentence a user can act on; front ends report it as a configuration
 * error, without a stack trace.
 *
 * <pre>{@code
 * try (GitLadder base = GitLadder.at(Path.of("ladder"), "origin/main")) {
 *   ...
 * } catch (GitLadderException e) {
 *   System.err.println("ladder: " + e.getMessage());
 *   System.exit(2);
 * }
 * }</pre>
 */
public final class GitLadderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GitLadderException(String message) {
    super(message);
  }

  public GitLadderException(String message, Throwable cause) {
    super(message, cause);
  }
}
