package dev.minutes.internal;

import java.util.List;
import java.util.function.BiPredicate;

/** Matching two lists one to one, greedily: each value of the first, in order, takes the first unused value of the second that is the same. */
public final class OneToOne {
  private OneToOne() {}

  /** How many values of {@code a} found a value of {@code b}. */
  public static <A, B> int matches(List<A> a, List<B> b, BiPredicate<A, B> same) {
    boolean[] used = new boolean[b.size()];
    int n = 0;
    for (A x : a) {
      for (int k = 0; k < b.size(); k++) {
        if (!used[k] && same.test(x, b.get(k))) {
          used[k] = true;
          n++;
          break;
        }
      }
    }
    return n;
  }
}
