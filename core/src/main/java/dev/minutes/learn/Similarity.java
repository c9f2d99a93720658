package dev.minutes.learn;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text compared as a reader compares it: Unicode NFKC, case, soft hyphens, zero-width spaces and the punctuation
 * {@code § . : ; , ( ) [ ] " ' ’} folded away, white space collapsed; similarity is the Levenshtein ratio of the
 * folded texts (1 for equal, 0 for nothing in common).
 */
public final class Similarity {
  private Similarity() {}

  public static String fold(String s) {
    if (s == null) return "";
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("\u00ad", "").replace("\u200b", "")
        .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = true;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      boolean drop = "§.:;,()[]\"'’".indexOf(c) >= 0 || Character.isWhitespace(c);
      if (drop) {
        if (!space) b.append(' ');
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') end--;
    return b.substring(0, end);
  }

  /** The Levenshtein ratio of the folded texts. */
  public static double of(String a, String b) {
    return ratio(fold(a), fold(b));
  }

  /** The Levenshtein ratio of two texts as they are. */
  public static double ratio(String a, String b) {
    int n = Math.max(a.length(), b.length());
    if (n == 0) return 1;
    return 1 - (double) distance(a, b) / n;
  }

  /** How much of {@code part}'s folded text is found, in order, in {@code whole}'s: 1 when all of it. */
  public static double containment(String part, String whole) {
    String p = fold(part), w = fold(whole);
    if (p.isEmpty()) return 0;
    if (w.contains(p)) return 1;
    // The best window of the whole of the part's length.
    int len = p.length();
    if (w.length() <= len) return ratio(p, w);
    double best = 0;
    int stride = Math.max(1, len / 8);
    for (int i = 0; i + len <= w.length(); i += stride) {
      best = Math.max(best, ratio(p, w.substring(i, i + len)));
      if (best > 0.97) break;
    }
    return best;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
