package dev.minutes.profile;

import dev.minutes.extract.TextLine;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document's lines lower-cased and joined, one {@code '\n'} after each, with where each line starts: words are
 * looked for in the whole text at once, and a place found is told as the line it stands on.
 */
public final class LowerCaseText {
  private final String text;
  private final int[] starts;

  LowerCaseText(List<TextLine> lines) {
    StringBuilder b = new StringBuilder();
    starts = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      starts[i] = b.length();
      b.append(lines.get(i).text().toLowerCase(Locale.ROOT)).append('\n');
    }
    text = b.toString();
  }

  /** The indexes of the lines that hold one of {@code words} (lower case), in order, each once. */
  int[] linesHolding(String[] words) {
    java.util.BitSet found = new java.util.BitSet(starts.length);
    for (String w : words) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        int line = Arrays.binarySearch(starts, at);
        found.set(line >= 0 ? line : -line - 2);
      }
    }
    return found.stream().toArray();
  }
}
