package dev.ladder.model.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text: where the fast path accepts it, the full parser accepts it too and reads the same tree
 * with the same positions. Runs on the committed seed corpus in every build; {@code JAZZER_FUZZ=1}
 * fuzzes (see docs/security.md).
 */
class QuickYamlFuzzTest {
  @FuzzTest
  void where_the_fast_path_reads_a_text_it_reads_what_the_full_parser_reads(byte[] data) {
    BothPaths.agrees(new String(data, StandardCharsets.UTF_8));
  }
}
