package dev.ladder.validator.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ladder.model.Location;
import dev.ladder.model.Severity;
import dev.ladder.validator.ConfiguredRule;
import dev.ladder.validator.Diagnostic;
import dev.ladder.validator.RuleInfo;
import dev.ladder.validator.Setting;
import dev.ladder.validator.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Validation results built by hand, so report tests do not depend on the rules engine. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String CONTAINMENT_MESSAGE =
      "VP of Engineering (rank 5) drops 'cross-functional-communication' that Director of"
          + " Engineering (rank 4) expects in Scope of knowledge";
  static final String CONTAINMENT_HINT =
      "did you mean 'external-communication' (\"Cross-functional and external communication\")?"
          + " mark it `refines: cross-functional-communication`";

  static final List<RuleInfo> RULES =
      List.of(
          new RuleInfo(
              "schema", Severity.ERROR, true, "The file validates against its JSON Schema"),
          new RuleInfo(
              "expectation-containment",
              Severity.ERROR,
              false,
              "On every step up, the higher level contains every expectation of the lower one"),
          new RuleInfo(
              "placeholder-text", Severity.WARNING, false, "No expectation is a placeholder"),
          new RuleInfo("dangling-reference", Severity.ERROR, false, "Every reference resolves"),
          new RuleInfo(
              "near-duplicate",
              Severity.INFO,
              false,
              "Two expectations are not worded almost alike"),
          new RuleInfo(
              "rating-monotonic", Severity.ERROR, false, "Ratings never drop on a step up"),
          new RuleInfo("no-progression", Severity.WARNING, false, "A level adds something"));

  /** The catalogue of {@link #RULES}, each at its default, but those in {@code off}. */
  static List<ConfiguredRule> ran(Set<String> off) {
    return RULES.stream()
        .map(
            r ->
                new ConfiguredRule(
                    r, off.contains(r.id()) ? Setting.OFF : Setting.of(r.defaultSeverity())))
        .toList();
  }

  /** A result of a validation that ran {@link #RULES}. */
  static ValidationResult result(String ladder, int files, List<Diagnostic> diagnostics) {
    return new ValidationResult(ladder, files, diagnostics, ran(Set.of()));
  }

  /** A result of a validation that ran {@link #RULES}, with those in {@code off} turned off. */
  static ValidationResult result(
      String ladder, int files, List<Diagnostic> diagnostics, Set<String> off) {
    return new ValidationResult(ladder, files, diagnostics, ran(off));
  }

  static Diagnostic diagnostic(
      String rule, Severity severity, String file, int line, int column, String message) {
    return new Diagnostic(
        rule, severity, message, new Location(file, line, column), Optional.empty());
  }

  static Diagnostic diagnostic(
      String rule,
      Severity severity,
      String file,
      int line,
      int column,
      String message,
      String hint) {
    return new Diagnostic(
        rule, severity, message, new Location(file, line, column), Optional.of(hint));
  }

  /** FORMAT.md section 3's example: one finding in a ladder of 12 files. */
  static ValidationResult formatExample() {
    return result(
        "acme-engineering",
        12,
        List.of(
            diagnostic(
                "expectation-containment",
                Severity.ERROR,
                "ladder/levels/vp.yaml",
                14,
                7,
                CONTAINMENT_MESSAGE,
                CONTAINMENT_HINT)));
  }

  static ValidationResult clean() {
    return result("acme-engineering", 12, List.of());
  }

  /** No findings, with the rules in {@code off} turned off. */
  static ValidationResult clean(Set<String> off) {
    return result("acme-engineering", 12, List.of(), off);
  }

  /** Every severity, with and without hints, two findings at one place, quotes and non-ASCII. */
  static List<Diagnostic> mixedDiagnostics() {
    return List.of(
        diagnostic(
            "rating-monotonic",
            Severity.ERROR,
            "ladder/levels/staff.yaml",
            20,
            7,
            "Staff Engineer (rank 3) lowers Technical reach from team to self"),
        diagnostic(
            "near-duplicate",
            Severity.INFO,
            "ladder/levels/staff.yaml",
            20,
            7,
            "Staff Engineer words 'Zoë's \"Ship it\" reviews' and 'Zoë's \"Ship-it\" reviews' almost"
                + " alike in Delivery",
            "merge them, or mark one `refines:` the other"),
        diagnostic(
            "placeholder-text",
            Severity.WARNING,
            "ladder/levels/senior.yaml",
            9,
            7,
            "Senior Engineer has a placeholder expectation 'TBD' in Responsibilities"),
        diagnostic(
            "dangling-reference",
            Severity.ERROR,
            "ladder/ladder.yaml",
            31,
            5,
            "equivalence [staff-engineer, engineering-manager] names 'enginering-manager', which is"
                + " no level",
            "did you mean 'engineering-manager'?"));
  }

  static ValidationResult mixed() {
    return result("acme-engineering", 1, mixedDiagnostics());
  }

  /** {@link #mixed()} with a rule turned off, as the golden files show it. */
  static ValidationResult goldenMixed() {
    return result("acme-engineering", 1, mixedDiagnostics(), Set.of("no-progression"));
  }

  static ValidationResult mixedReversed() {
    List<Diagnostic> reversed = new ArrayList<>(mixedDiagnostics());
    Collections.reverse(reversed);
    return result("acme-engineering", 1, reversed, Set.of("no-progression"));
  }

  static ReportContext context() {
    return ReportContext.builder(ToolInfo.ladder("1.2.3")).build();
  }

  /** Every option set: file links, other docs (with {@link #goldenMixed()}: a rule turned off). */
  static ReportContext goldenContext() {
    return ReportContext.builder(ToolInfo.ladder("1.2.3"))
        .fileLinkBase("https://github.com/acme/ladder/blob/abc123/")
        .docsBaseUri("https://github.com/ladder-dev/ladder/blob/v1.2.3/")
        .build();
  }

  static String render(ReportFormat format, ValidationResult result, ReportContext context) {
    return Reports.toString(format, result, context);
  }

  static String resource(String name) {
    try (InputStream in = ReportFixtures.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /report/" + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
