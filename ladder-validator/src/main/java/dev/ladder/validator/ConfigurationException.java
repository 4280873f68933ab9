package dev.ladder.validator;

/**
 * A caller's configuration is wrong (an unknown rule id or severity, a ladder root that is not a
 * folder). The message is one sentence a user can act on.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
