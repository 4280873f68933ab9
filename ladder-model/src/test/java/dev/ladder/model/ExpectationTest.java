package dev.ladder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationTest {
  private static final SourceRef AT = new SourceRef("levels/vp.yaml", "/expectations/people/0");

  private static Expectation refining(String... ids) {
    return new Expectation(
        ExpectationId.of("hires"),
        "Hires managers",
        DimensionId.of("people"),
        List.of(ids).stream().map(ExpectationId::of).toList(),
        LevelId.of("vp"),
        AT);
  }

  @Test
  void refines_keeps_none_one_or_several_ids_in_file_order() {
    assertThat(refining().refines()).isEmpty();
    assertThat(refining("a").refines()).containsExactly(ExpectationId.of("a"));
    assertThat(refining("b", "a").refines())
        .containsExactly(ExpectationId.of("b"), ExpectationId.of("a"));
    assertThat(refining("b", "a").refines(ExpectationId.of("a"))).isTrue();
    assertThat(refining("a").refines(ExpectationId.of("a"))).isTrue();
    assertThat(refining("a").refines(ExpectationId.of("b"))).isFalse();
    assertThat(refining().refines(ExpectationId.of("a"))).isFalse();
  }

  @Test
  void it_is_a_value_of_all_its_parts() {
    assertThat(refining("a")).isEqualTo(refining("a")).hasSameHashCodeAs(refining("a"));
    assertThat(refining("a")).isNotEqualTo(refining("b")).isNotEqualTo(refining());
    assertThat(refining("a", "b")).isEqualTo(refining("a", "b"));
    assertThat(refining("a").source()).isEqualTo(AT);
    assertThat(refining("a").toString())
        .isEqualTo(
            "Expectation[id=hires, text=Hires managers, dimension=people, refines=[a], owner=vp,"
                + " source=levels/vp.yaml#/expectations/people/0]");
  }

  @Test
  void its_lists_cannot_be_changed_from_outside() {
    List<ExpectationId> ids =
        new ArrayList<>(List.of(ExpectationId.of("a"), ExpectationId.of("b")));
    Expectation e =
        new Expectation(ExpectationId.of("x"), "X", DimensionId.of("d"), ids, LevelId.of("l"), AT);
    ids.clear();
    assertThat(e.refines()).hasSize(2);
    assertThatThrownBy(() -> e.refines().add(ExpectationId.of("c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
