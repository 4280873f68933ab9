package dev.ladder.model.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two texts read: the one measure behind the {@code refines} hint of
 * expectation-containment, the near-duplicate rule, the "did you mean" hints for ids, and the
 * {@code refines} guesses of the spreadsheet import.
 *
 * <p>Both texts are normalized (lower case, every run of white space one space, trimmed). The
 * similarity is the larger of two scores, each from 0 to 1:
 *
 * <ul>
 *   <li>{@link #byEdits by edits}: {@code 1 - d / n}, where {@code d} is the Levenshtein edit
 *       distance of Apache Commons Text and {@code n} the length of the longer normalized text. It
 *       sees typos, spelling and small changes of words.
 *   <li>{@link #byWords by words}: when every word of the shorter text (of at least {@value
 *       #MIN_KEPT_WORDS} words; a word is a run of letters and digits) appears in the longer one in
 *       the same order, {@code (s / l)^(1/4)} for {@code s} and {@code l} the words of the shorter
 *       and the longer; otherwise 0. It sees a rewording that keeps the old sentence and inserts
 *       words into it ("Runs the weekly planning meeting" to "Runs the weekly planning and the
 *       quarterly review meeting": 0.56 by edits, 0.86 by words), which edits alone score low
 *       however natural the insertion.
 * </ul>
 *
 * <p>It is 1 for texts that normalize to the same, and 0 for texts with nothing in common.
 * Deterministic, and symmetric. Near-duplicates ({@link #NEAR_DUPLICATE}) are judged by edits
 * alone: a sentence with a clause added is a refinement, not a copy. The precision and recall of
 * {@link #HINT} and {@link #CONFIDENT} on a labelled set of pairs are in docs/spreadsheets.md.
 *
 * <pre>{@code
 * Similarity.of("Owns the team's roadmap", "Owns the teams roadmap") // 0.956...
 * Similarity.of("Runs the weekly planning meeting",
 *     "Runs the weekly planning and the quarterly review meeting") // 0.863...
 * }</pre>
 */
public final class Similarity {
  /** From this similarity up, two expectations are near-duplicates (at most 1 edit in 10). */
  public static final double NEAR_DUPLICATE = 0.9;

  /** From this similarity up, a text or id is offered as a "did you mean" hint. */
  public static final double HINT = 0.5;

  /**
   * From this similarity up, a reworded expectation is taken for the one it replaces without asking
   * (the spreadsheet import marks it {@code refines}, and lists the guess for a person to check).
   */
  public static final double CONFIDENT = 0.8;

  /** Texts shorter than this many words are scored by edits alone. */
  public static final int MIN_KEPT_WORDS = 3;

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Similarity() {}

  /** Lower case, every run of white space one space, trimmed. */
  public static String normalize(String text) {
    // Lower case char by char is only the same as for the whole text in ASCII.
    String lower = ascii(text) ? text : text.toLowerCase(Locale.ROOT);
    char[] normalized = new char[lower.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      // The white space of \s: space, tab, new line, vertical tab, form feed, carriage return.
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (!space) {
          normalized[length++] = ' ';
        }
        space = true;
      } else {
        normalized[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        space = false;
      }
    }
    return new String(normalized, 0, length).strip();
  }

  /** Whether every character is ASCII, where lower case char by char is exact. */
  public static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The similarity of two texts, from 0 (nothing alike) to 1 (the same once normalized). */
  public static double of(String a, String b) {
    return ofNormalized(normalize(a), normalize(b));
  }

  /** The edits score alone of two texts: {@code 1 - d / n}. */
  public static double byEdits(String a, String b) {
    return editsNormalized(normalize(a), normalize(b));
  }

  /**
   * The words score alone of two texts: {@code (s / l)^(1/4)} when every word of the shorter is in
   * the longer in order, else 0.
   */
  public static double byWords(String a, String b) {
    return wordsNormalized(normalize(a), normalize(b));
  }

  /**
   * Whether two texts are at least {@code threshold} alike: the same answer as {@code of(a, b) >=
   * threshold}, cheaper for pairs that are not, as the edit distance is only computed up to the
   * bound.
   */
  public static boolean atLeast(String a, String b, double threshold) {
    return atLeast(Text.normalizing(a), Text.normalizing(b), threshold);
  }

  /**
   * {@link #atLeast(String, String, double)} for texts normalized once: for callers that compare
   * each text with many others. The words score is tried first; then the same filters as {@link
   * #nearDuplicate} rule most pairs out before any distance is computed.
   */
  public static boolean atLeast(Text a, Text b, double threshold) {
    String x = a.text;
    String y = b.text;
    int longer = Math.max(x.length(), y.length());
    if (longer == 0) {
      return threshold <= 1.0;
    }
    if (wordsScore(a.words(), b.words()) >= threshold) {
      return true;
    }
    // 1 - d / n >= t  <=>  d <= (1 - t) n; the bound is rounded down and the answer checked with
    // the
    // same arithmetic as the score, so both agree to the last bit.
    int limit = (int) Math.floor((1.0 - threshold) * longer + 1e-9);
    if (limit < 0
        || Math.abs(x.length() - y.length()) > limit
        || Text.bitsDiffer(a, b, 2 * limit, 4 * limit)
        || Text.differ(a.chars, b.chars, 2 * limit)
        || Text.differ(a.bigrams, b.bigrams, 4 * limit)) {
      return false;
    }
    int distance = new LevenshteinDistance(limit).apply(x, y);
    return distance >= 0 && 1.0 - (double) distance / longer >= threshold;
  }

  private static double ofNormalized(String a, String b) {
    return Math.max(editsNormalized(a, b), wordsNormalized(a, b));
  }

  private static double editsNormalized(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1.0;
    }
    return 1.0 - (double) DISTANCE.apply(a, b) / longer;
  }

  private static double wordsNormalized(String a, String b) {
    return wordsScore(words(a), words(b));
  }

  private static double wordsScore(List<String> x, List<String> y) {
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    if (shorter.size() < MIN_KEPT_WORDS || !inOrder(shorter, longer)) {
      return 0.0;
    }
    return Math.sqrt(Math.sqrt((double) shorter.size() / longer.size()));
  }

  /** Whether every word of {@code shorter} appears in {@code longer}, in the same order. */
  private static boolean inOrder(List<String> shorter, List<String> longer) {
    // Greedy matching is exact for a subsequence test: taking each word at its first place left
    // never leaves fewer places for the words after it.
    int next = 0;
    for (String word : shorter) {
      while (next < longer.size() && !longer.get(next).equals(word)) {
        next++;
      }
      if (next == longer.size()) {
        return false;
      }
      next++;
    }
    return true;
  }

  /** The runs of letters and digits of a normalized text. */
  private static List<String> words(String normalized) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean letter = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(normalized.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /**
   * Whether two normalized texts are at least {@link #NEAR_DUPLICATE} alike by edits. Cheap for
   * texts that are not: the length difference alone rules most pairs out, and the distance is only
   * computed up to the bound.
   */
  public static boolean nearDuplicateNormalized(String a, String b) {
    return nearDuplicate(Text.of(a), Text.of(b));
  }

  /**
   * A normalized text with two histograms, so that most pairs that are not alike are ruled out
   * without computing a distance. Of its characters: every edit changes at most two counts by one,
   * so the distance is at least half the sum of the differences of the counts. Of its bigrams
   * (pairs of neighbouring characters): every edit removes at most two bigrams and adds at most
   * two, so the distance is at least a quarter of the sum of their differences; this one tells
   * apart texts built from the same words, as the expectations of one ladder are.
   *
   * <p>Both are hashed into buckets, with counts that stop at 255: merged buckets and capped counts
   * only make the differences smaller, so the bounds stay true.
   */
  public static final class Text {
    private static final int CHARS = 64;
    private static final int BIGRAMS = 256;
    final String text;
    private final byte[] chars = new byte[CHARS];
    private final byte[] bigrams = new byte[BIGRAMS];

    /**
     * Which buckets are not empty, a bit each: a bucket that is empty in one text and not in the
     * other differs by at least one, so the bits that differ never exceed the sum of the
     * differences, and bound the distance from below as that sum does, in a few instructions.
     */
    private final long charBits;

    private final long[] bigramBits = new long[BIGRAMS / 64];

    // Only made when a words score is asked for: the near-duplicate rule never needs them. An
    // immutable list, so that a text shared between threads publishes it safely.
    private List<String> words;

    /** The normalized text. */
    public String text() {
      return text;
    }

    private List<String> words() {
      if (words == null) {
        words = List.copyOf(Similarity.words(text));
      }
      return words;
    }

    private Text(String normalized) {
      this.text = normalized;
      long seen = 0;
      for (int i = 0; i < normalized.length(); i++) {
        char c = normalized.charAt(i);
        increment(chars, c % CHARS);
        seen |= 1L << (c % CHARS);
        if (i > 0) {
          int bigram = (normalized.charAt(i - 1) * 31 + c) & (BIGRAMS - 1);
          increment(bigrams, bigram);
          bigramBits[bigram >>> 6] |= 1L << bigram;
        }
      }
      this.charBits = seen;
    }

    /** How many buckets are empty in exactly one of the two texts: characters, then bigrams. */
    private static boolean bitsDiffer(Text a, Text b, int charBound, int bigramBound) {
      if (Long.bitCount(a.charBits ^ b.charBits) > charBound) {
        return true;
      }
      int differing = 0;
      for (int i = 0; i < a.bigramBits.length; i++) {
        differing += Long.bitCount(a.bigramBits[i] ^ b.bigramBits[i]);
      }
      return differing > bigramBound;
    }

    private static void increment(byte[] counts, int bucket) {
      if (counts[bucket] != (byte) 255) {
        counts[bucket]++;
      }
    }

    /** Whether the counts differ by more than {@code bound} in all; stops as soon as they do. */
    private static boolean differ(byte[] a, byte[] b, int bound) {
      int difference = 0;
      for (int i = 0; i < a.length; i++) {
        difference += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        if (difference > bound) {
          return true;
        }
      }
      return false;
    }

    public static Text of(String normalized) {
      return new Text(normalized);
    }

    public static Text normalizing(String text) {
      return new Text(normalize(text));
    }
  }

  /**
   * Whether two texts are at least {@link #NEAR_DUPLICATE} alike by edits (the words score plays no
   * part: a sentence with a clause added is a refinement, not a copy).
   */
  public static boolean nearDuplicate(Text a, Text b) {
    int longer = Math.max(a.text.length(), b.text.length());
    if (longer == 0) {
      return false;
    }
    // d / n <= 1 - 0.9  <=>  10 d <= n, in integers to stay exact.
    int limit = longer / 10;
    if (Math.abs(a.text.length() - b.text.length()) > limit) {
      return false;
    }
    // (difference + 1) / 2 > limit  <=>  difference > 2 limit; (difference + 3) / 4 > limit  <=>
    // difference > 4 limit.
    if (Text.bitsDiffer(a, b, 2 * limit, 4 * limit)
        || Text.differ(a.chars, b.chars, 2 * limit)
        || Text.differ(a.bigrams, b.bigrams, 4 * limit)) {
      return false;
    }
    return new LevenshteinDistance(limit).apply(a.text, b.text) >= 0;
  }

  /**
   * The candidate whose text is most like {@code target}, if any reaches {@link #HINT}; ties go to
   * the earlier candidate, so callers pass candidates in a stable order.
   */
  public static <T> Optional<T> nearest(
      String target, Collection<T> candidates, Function<T, String> text) {
    String normalizedTarget = normalize(target);
    T best = null;
    double bestScore = HINT;
    for (T candidate : candidates) {
      double score = ofNormalized(normalizedTarget, normalize(text.apply(candidate)));
      if (score > bestScore || (best == null && score >= bestScore)) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@link #nearest} for texts normalized once: the index of the candidate most like {@code
   * target}, if any reaches {@link #HINT} (ties to the earlier one), else -1. The same answer, with
   * the cheap filters of {@link #atLeast(Text, Text, double)} before any full distance.
   */
  public static int nearestIndex(Text target, List<Text> candidates) {
    int best = -1;
    double bestScore = HINT;
    for (int i = 0; i < candidates.size(); i++) {
      Text candidate = candidates.get(i);
      if (!atLeast(target, candidate, HINT)) {
        continue;
      }
      double score = ofNormalized(target.text, candidate.text);
      if (score > bestScore || (best < 0 && score >= bestScore)) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** The id most like {@code id} among {@code ids}, if any is close enough to suggest. */
  public static Optional<String> nearestId(String id, Collection<String> ids) {
    return nearest(id, ids.stream().filter(c -> !c.equals(id)).sorted().toList(), c -> c);
  }
}
