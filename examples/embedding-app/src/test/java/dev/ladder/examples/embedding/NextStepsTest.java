package dev.ladder.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code next}: what each step up from a level still needs, given the person's evidence. */
class NextStepsTest {
  // The tests run in target/embedding-docs; the evidence files are test resources.
  private static final String ENGINEER_1 =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/evidence/engineer-1.txt")
          .toString();

  private static GuideRun run(String... args) {
    return GuideRun.of(args);
  }

  private static Path evidence(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("evidence.txt"), text);
  }

  @Test
  void an_engineer_sees_what_engineer_ii_still_needs_by_dimension_new_raised_then_carried() {
    GuideRun run = run("next", "engineer-1", ENGINEER_1);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
            Engineer I (engineer-1), Individual contributor rank 1
            Evidence: 4 entries for 3 expectations

            Next rank: Engineer II (engineer-2), Individual contributor rank 2
              10 of 12 expectations without evidence
              Scope of knowledge
                raised  Knows the team's whole codebase, the services it runs and what they depend on [team-systems]
                        raises team-codebase
                        builds on your evidence for team-codebase
                carried Is familiar with how the team builds, tests and releases its software [is-familiar-with-how-the-team-builds-tests-and-releases-its-software]
              Responsibilities
                new     Takes part in the team's on-call rotation and follows up on incidents [on-call]
                carried Covers the code they change with automated tests [writes-tests]
              Technical leadership
                new     Reviews teammates' pull requests with specific, actionable comments [reviews-code]
                carried Explains their work clearly in writing, from pull requests to status updates [explains-their-work-clearly-in-writing-from-pull-requests-to-status-updates]
              People leadership
                new     Helps newcomers find their feet quickly [helps-newcomers-find-their-feet-quickly]
                carried Treats colleagues with respect and assumes good intent [treats-colleagues-with-respect-and-assumes-good-intent]
              Delivery
                new     Breaks features into small changes that can ship independently [small-changes]
                carried Gives honest estimates for their own tasks and raises blockers the same day [estimates-own-work]
            """);
  }

  @Test
  void a_senior_engineer_sees_both_branches_staff_and_engineering_manager() {
    String out = run("next", "senior-engineer").out();

    assertThat(out)
        .contains("\nNext rank: Staff Engineer (staff-engineer), Individual contributor rank 4\n")
        .contains("\nBranch: Engineering Manager (engineering-manager), People manager rank 1\n");
    assertThat(out.indexOf("Next rank: Staff")).isLessThan(out.indexOf("Branch: Engineering"));
  }

  @Test
  void evidence_for_a_raised_expectation_covers_the_one_it_raises_and_those_below(@TempDir Path dir)
      throws IOException {
    // owns-projects (Senior) refines owns-features (Engineer II), which refines well-defined-tasks.
    Path file = evidence(dir, "owns-projects https://git.example.com/pull/1\n");

    String out = run("next", "engineer-1", file.toString()).out();

    assertThat(out)
        .contains("Evidence: 1 entry for 1 expectation\n")
        .contains("11 of 12 expectations without evidence")
        .doesNotContain("[owns-features]");
  }

  @Test
  void evidence_for_what_a_higher_level_raises_does_not_cover_it_but_is_named(@TempDir Path dir)
      throws IOException {
    Path file = evidence(dir, "designs-team-systems https://docs.example.com/design/ledger\n");

    String out = run("next", "senior-engineer", file.toString()).out();

    assertThat(out)
        .contains(
            "    raised  Sets the technical direction for systems that several teams share"
                + " [shared-systems-direction]\n"
                + "            raises designs-team-systems\n"
                + "            builds on your evidence for designs-team-systems\n");
  }

  @Test
  void without_an_evidence_file_every_expectation_of_every_step_is_listed() {
    GuideRun run = run("next", "senior-engineer");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith(
            "Senior Engineer (senior-engineer), Individual contributor rank 3\n"
                + "Evidence: 0 entries for 0 expectations\n")
        .contains("  20 of 20 expectations without evidence\n")
        .contains("  21 of 21 expectations without evidence\n");
  }

  @Test
  void evidence_for_everything_a_step_expects_says_so(@TempDir Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    for (String id :
        new String[] {
          "team-systems",
          "is-familiar-with-how-the-team-builds-tests-and-releases-its-software",
          "on-call",
          "owns-features",
          "writes-tests",
          "reviews-code",
          "explains-their-work-clearly-in-writing-from-pull-requests-to-status-updates",
          "helps-newcomers-find-their-feet-quickly",
          "treats-colleagues-with-respect-and-assumes-good-intent",
          "asks-for-feedback-early-and-acts-on-it",
          "small-changes",
          "estimates-own-work"
        }) {
      all.append(id).append(" https://example.com/").append(id).append('\n');
    }

    String out = run("next", "engineer-1", evidence(dir, all.toString()).toString()).out();

    assertThat(out).endsWith("\n  Evidence for all 12 expectations.\n");
  }

  @Test
  void the_top_of_a_track_has_no_step_up() {
    GuideRun run = run("next", "cto");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .endsWith(
            "\nNo step up: Chief Technology Officer is the top of its track and names no"
                + " progression.next.\n");
  }

  @Test
  void evidence_for_an_unknown_expectation_is_a_warning_with_the_nearest_id(@TempDir Path dir)
      throws IOException {
    Path file = evidence(dir, "# mine\n\nownz-features https://x.example.com\non-call notes\n");

    GuideRun run = run("next", "engineer-1", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "warning: "
                + file
                + ":3: no expectation ownz-features in the ladder, ignored; did you mean"
                + " owns-features?\n");
    assertThat(run.out()).contains("Evidence: 1 entry for 1 expectation (1 entry ignored)\n");
  }

  @Test
  void the_same_question_gives_the_same_bytes() {
    assertThat(run("next", "senior-engineer", ENGINEER_1).out())
        .isEqualTo(run("next", "senior-engineer", ENGINEER_1).out());
  }

  // --- bad input: one line, exit status 2 -------------------------------------------------------

  @Test
  void an_unknown_level_is_one_line_listing_the_known_ones() {
    GuideRun run = run("next", "senior-enginer");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("no level senior-enginer; known: cto, director-engineering, engineer-1")
        .hasLineCount(1);
  }

  @Test
  void a_missing_evidence_file_is_one_line() {
    GuideRun run = run("next", "engineer-1", "no/such/evidence.txt");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("evidence file no/such/evidence.txt does not exist\n");
  }

  @Test
  void an_evidence_file_that_is_a_folder_is_one_line(@TempDir Path dir) {
    GuideRun run = run("next", "engineer-1", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("evidence file " + dir + " is a folder\n");
  }

  @Test
  void an_evidence_file_that_is_not_utf_8_is_one_line(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("evidence.txt"), new byte[] {'o', 'n', ' ', (byte) 0xFF});

    GuideRun run = run("next", "engineer-1", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("evidence file " + file + " is not UTF-8 text\n");
  }

  @Test
  void an_entry_without_a_link_is_located(@TempDir Path dir) throws IOException {
    Path file = evidence(dir, "on-call https://x.example.com\n  writes-tests  \n");

    GuideRun run = run("next", "engineer-1", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            file
                + ":2: 'writes-tests' has no link after it; write one entry a line:"
                + " <expectation-id> <link>\n");
  }

  @Test
  void a_missing_ladder_root_is_one_line() {
    GuideRun run = run("next", "engineer-1", "--ladder", "no/such/ladder");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("not a ladder root folder: no/such/ladder\n");
  }

  @Test
  void without_arguments_the_usage_is_shown_with_status_2() {
    GuideRun run = run();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("no command\n" + PromotionGuide.USAGE);
  }

  @Test
  void help_is_the_usage_on_standard_output_with_status_0() {
    GuideRun run = run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(PromotionGuide.USAGE);
  }

  @Test
  void an_unknown_command_option_or_count_of_operands_is_a_usage_error() {
    assertThat(run("promote", "engineer-1").err())
        .startsWith("unknown command promote: next or compare\n");
    assertThat(run("next", "engineer-1", "--verbose").err())
        .startsWith("unknown option --verbose\n");
    assertThat(run("next").err())
        .startsWith("next takes a level id and an optional evidence file\n");
    assertThat(run("next", "engineer-1", "--ladder").err())
        .startsWith("--ladder needs the ladder root folder after it\n");
    assertThat(run("compare", "engineer-1").status()).isEqualTo(2);
  }
}
