package dev.ladder.model;

import java.util.Objects;

/** The id of a {@link Expectation}: a slug such as {@code organizational-design}. */
public record ExpectationId(String value) implements Comparable<ExpectationId> {
  public ExpectationId {
    Objects.requireNonNull(value, "value");
  }

  public static ExpectationId of(String value) {
    return new ExpectationId(value);
  }

  /**
   * The id of an expectation written as plain text: lower case, every run of characters outside
   * {@code [a-z0-9]} becomes one {@code -}, trimmed of {@code -}.
   *
   * <pre>{@code ExpectationId.slugOf("Organizational design") // organizational-design}</pre>
   */
  public static ExpectationId slugOf(String text) {
    StringBuilder slug = new StringBuilder(text.length());
    boolean dash = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        dash = false;
        slug.append(c);
      } else {
        dash = true;
      }
    }
    return new ExpectationId(slug.toString());
  }

  // Written out: ids are hashed and compared on every containment check, and the generated record
  // methods are slower there.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ExpectationId other && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ExpectationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
