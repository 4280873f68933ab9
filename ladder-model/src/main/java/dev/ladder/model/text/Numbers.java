package dev.ladder.model.text;

import java.math.BigDecimal;

/** Numbers as a ladder file writes them. */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code 15}, {@code 2.5}: without trailing zeros or an exponent.
   *
   * <pre>{@code Numbers.plain(new BigDecimal("1.50E+1")) // "15"}</pre>
   */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
