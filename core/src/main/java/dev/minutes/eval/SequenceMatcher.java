package dev.minutes.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()} over the strings' code points:
 * twice the characters in matching blocks over the characters in both. The blocks are found as difflib finds
 * them: the longest common run of the range (the earliest in {@code a}, then in {@code b}, where several are
 * as long), then the same on each side of it.
 */
final class SequenceMatcher {
  private final int[] a;
  private final int[] b;
  /** Where each code point stands in {@code b}, in increasing order (difflib's {@code b2j}). */
  private final Map<Integer, int[]> positions = new HashMap<>();

  private SequenceMatcher(String a, String b) {
    this.a = a.codePoints().toArray();
    this.b = b.codePoints().toArray();
    Map<Integer, List<Integer>> found = new HashMap<>();
    for (int j = 0; j < this.b.length; j++) found.computeIfAbsent(this.b[j], k -> new ArrayList<>()).add(j);
    found.forEach((c, js) -> positions.put(c, js.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** difflib: {@code 2.0 * M / T}, M the matched characters and T the characters of both; 1.0 when both are empty. */
  static double ratio(String a, String b) {
    SequenceMatcher m = new SequenceMatcher(a, b);
    int length = m.a.length + m.b.length;
    return length == 0 ? 1.0 : 2.0 * m.matches() / length;
  }

  /** The characters in matching blocks (difflib's {@code get_matching_blocks}, summed). */
  private int matches() {
    int matched = 0;
    Deque<int[]> queue = new ArrayDeque<>();
    queue.push(new int[] {0, a.length, 0, b.length});
    while (!queue.isEmpty()) {
      int[] r = queue.pop();
      int alo = r[0], ahi = r[1], blo = r[2], bhi = r[3];
      int[] x = longestMatch(alo, ahi, blo, bhi);
      int i = x[0], j = x[1], k = x[2];
      if (k == 0) continue;
      matched += k;
      if (alo < i && blo < j) queue.push(new int[] {alo, i, blo, j});
      if (i + k < ahi && j + k < bhi) queue.push(new int[] {i + k, ahi, j + k, bhi});
    }
    return matched;
  }

  /**
   * difflib's {@code find_longest_match}: {i, j, k} with {@code a[i, i+k) == b[j, j+k)} longest in the ranges, the
   * first found on ties. Without junk its extension of the run over junk and popular elements adds nothing.
   */
  private int[] longestMatch(int alo, int ahi, int blo, int bhi) {
    int besti = alo, bestj = blo, bestsize = 0;
    // run.get(j): the length of the common run ending at a[i - 1] and b[j] (difflib's j2len)
    Map<Integer, Integer> run = new HashMap<>();
    for (int i = alo; i < ahi; i++) {
      Map<Integer, Integer> next = new HashMap<>();
      for (int j : positions.getOrDefault(a[i], new int[0])) {
        if (j < blo) continue;
        if (j >= bhi) break;
        int k = run.getOrDefault(j - 1, 0) + 1;
        next.put(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      run = next;
    }
    return new int[] {besti, bestj, bestsize};
  }
}
