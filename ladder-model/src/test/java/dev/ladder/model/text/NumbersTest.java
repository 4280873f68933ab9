package dev.ladder.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void numbers_read_as_a_ladder_file_writes_them() {
    assertThat(Numbers.plain(new BigDecimal("15"))).isEqualTo("15");
    assertThat(Numbers.plain(new BigDecimal("15.00"))).isEqualTo("15");
    assertThat(Numbers.plain(new BigDecimal("1.50E+1"))).isEqualTo("15");
    assertThat(Numbers.plain(new BigDecimal("2.50"))).isEqualTo("2.5");
    assertThat(Numbers.plain(new BigDecimal("250000"))).isEqualTo("250000");
    assertThat(Numbers.plain(new BigDecimal("0.000"))).isEqualTo("0");
  }
}
