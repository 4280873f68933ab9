package dev.ladder.validator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of a head compared with those of a base (FORMAT.md section 5): a finding is the same
 * at both when its {@linkplain Diagnostic#identity() identity} (rule id, file, key) is equal; line,
 * column and wording play no part. A head finding with a match is {@code unchanged}, one without is
 * {@code new}, and a base finding with no match at the head is {@code fixed}. When one identity
 * occurs several times, as many are paired as both sides have, in report order.
 *
 * <pre>{@code
 * FindingChanges findings = FindingChanges.between(base.diagnostics(), head.diagnostics());
 * System.out.println(findings.added().size() + " new, " + findings.fixed().size() + " fixed");
 * }</pre>
 *
 * @param added the head's findings that the base does not have, marked {@code new}
 * @param fixed the base's findings that the head does not have, marked {@code absent}
 * @param unchanged the head's findings that the base has too, marked {@code unchanged}
 */
public record FindingChanges(
    List<Diagnostic> added, List<Diagnostic> fixed, List<Diagnostic> unchanged) {
  public FindingChanges {
    added = sorted(added);
    fixed = sorted(fixed);
    unchanged = sorted(unchanged);
  }

  /** Compares the findings of {@code head} with those of {@code base}. */
  public static FindingChanges between(List<Diagnostic> base, List<Diagnostic> head) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Map<Diagnostic.Identity, Deque<Diagnostic>> atBase = new HashMap<>();
    for (Diagnostic d : sorted(base)) {
      atBase.computeIfAbsent(d.identity(), i -> new ArrayDeque<>()).add(d);
    }
    List<Diagnostic> added = new ArrayList<>();
    List<Diagnostic> unchanged = new ArrayList<>();
    for (Diagnostic d : sorted(head)) {
      Deque<Diagnostic> same = atBase.get(d.identity());
      if (same != null && !same.isEmpty()) {
        same.removeFirst();
        unchanged.add(d.withBaseline(BaselineState.UNCHANGED));
      } else {
        added.add(d.withBaseline(BaselineState.NEW));
      }
    }
    List<Diagnostic> fixed = new ArrayList<>();
    for (Diagnostic d : sorted(base)) {
      Deque<Diagnostic> left = atBase.get(d.identity());
      if (left.remove(d)) {
        fixed.add(d.withBaseline(BaselineState.ABSENT));
      }
    }
    return new FindingChanges(added, fixed, unchanged);
  }

  /** The head's findings, each marked {@code new} or {@code unchanged}, in report order. */
  public List<Diagnostic> head() {
    List<Diagnostic> all = new ArrayList<>(added);
    all.addAll(unchanged);
    return sorted(all);
  }

  private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
