package dev.ladder.model.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two texts read: the one measure behind the {@code refines} hint of
 * expectation-containment, the near-duplicate rule, and the "did you mean" hints for ids.
 *
 * <p>Both texts are normalized (lower case, every run of white space one space, trimmed); the
 * similarity is {@code 1 - d / n}, where {@code d} is the Levenshtein edit distance of Apache
 * Commons Text and {@code n} the length of the longer normalized text. It is 1 for texts that
 * normalize to the same, and 0 for texts with nothing in common. Deterministic, and symmetric.
 *
 * <pre>{@code
 * Similarity.of("Owns the team's roadmap", "Owns the teams roadmap") // 0.956...
 * }</pre>
 */
public final class Similarity {
  /** From this similarity up, two expectations are near-duplicates (at most 1 edit in 10). */
  public static final double NEAR_DUPLICATE = 0.9;

  /** From this similarity up, a text or id is offered as a "did you mean" hint. */
  public static final double HINT = 0.5;

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

  private static double ofNormalized(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1.0;
    }
    return 1.0 - (double) DISTANCE.apply(a, b) / longer;
  }

  /**
   * Whether two normalized texts are at least {@link #NEAR_DUPLICATE} alike. Cheap for texts that
   * are not: the length difference alone rules most pairs out, and the distance is only computed up
   * to the bound.
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

    /** The normalized text. */
    public String text() {
      return text;
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

  /** Whether two texts are at least {@link #NEAR_DUPLICATE} alike. */
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

  /** The id most like {@code id} among {@code ids}, if any is close enough to suggest. */
  public static Optional<String> nearestId(String id, Collection<String> ids) {
    return nearest(id, ids.stream().filter(c -> !c.equals(id)).sorted().toList(), c -> c);
  }
}
