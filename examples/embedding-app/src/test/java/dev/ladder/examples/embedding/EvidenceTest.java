package dev.ladder.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ladder.model.ExpectationId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void one_entry_a_line_an_id_then_its_link_comments_and_blank_lines_skipped() throws Exception {
    Evidence evidence =
        Evidence.parse(
            "e.txt",
            "\uFEFF# mine\r\n\r\non-call\thttps://a.example.com  \r\n  on-call  notes, March\r\n"
                + "reviews-code https://b.example.com/x?y=1#z\n");

    assertThat(evidence.entries())
        .containsExactly(
            new Evidence.Entry(ExpectationId.of("on-call"), "https://a.example.com", 3),
            new Evidence.Entry(ExpectationId.of("on-call"), "notes, March", 4),
            new Evidence.Entry(
                ExpectationId.of("reviews-code"), "https://b.example.com/x?y=1#z", 5));
    assertThat(evidence.links())
        .containsExactly(
            java.util.Map.entry(
                ExpectationId.of("on-call"), List.of("https://a.example.com", "notes, March")),
            java.util.Map.entry(
                ExpectationId.of("reviews-code"), List.of("https://b.example.com/x?y=1#z")));
  }

  @Test
  void an_empty_file_is_no_evidence() throws Exception {
    assertThat(Evidence.parse("e.txt", "").entries()).isEmpty();
    assertThat(Evidence.parse("e.txt", "\n# nothing yet\n").entries()).isEmpty();
  }

  @Test
  void control_characters_of_a_bad_line_are_named_not_printed() {
    assertThatThrownBy(() -> Evidence.parse("e.txt", "ok https://x\nbad\u001B[31m\n"))
        .isInstanceOf(Evidence.Unreadable.class)
        .hasMessage(
            "e.txt:2: 'badU+001B[31m' has no link after it; write one entry a line:"
                + " <expectation-id> <link>");
  }
}
