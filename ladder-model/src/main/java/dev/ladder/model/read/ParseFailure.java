package dev.ladder.model.read;

import dev.ladder.model.Position;

/**
 * Why one file could not be read, and where: thrown inside the reader and always turned into a
 * {@link Problem} before it reaches a caller.
 */
final class ParseFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Position position;

  ParseFailure(String message, Position position) {
    super(message, null, false, false);
    this.position = position;
  }

  Position position() {
    return position;
  }
}
