package dev.minutes.lexicon;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text's words, folded, each with where it stands in the text. A word is a run of letters, digits and combining
 * marks; {@code §} and {@code &} are words of their own. Folding: NFKC, then lower case; letters such as å, ä, ö,
 * ø, æ and ü stay what they are.
 */
final class Words {
  final String text;
  final String[] folded;
  final int[] starts;
  final int[] ends;
  final int size;

  private Words(String text, String[] folded, int[] starts, int[] ends, int size) {
    this.text = text;
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  static Words of(String text) {
    int n = text.length();
    String[] folded = new String[8];
    int[] starts = new int[8], ends = new int[8];
    int size = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      int start = i, end;
      if (isWordChar(cp)) {
        end = i + len;
        while (end < n) {
          int c = text.codePointAt(end);
          if (!isWordChar(c)) break;
          end += Character.charCount(c);
        }
      } else if (cp == '§' || cp == '&') {
        end = i + len;
      } else {
        i += len;
        continue;
      }
      if (size == folded.length) {
        folded = Arrays.copyOf(folded, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      folded[size] = fold(text, start, end);
      starts[size] = start;
      ends[size] = end;
      size++;
      i = end;
    }
    return new Words(text, folded, starts, ends, size);
  }

  /** Whether word {@code i} and the next may stand in one phrase: nothing but joiners between them. */
  boolean joined(int i) {
    for (int k = ends[i]; k < starts[i + 1]; k++) {
      if (!isJoiner(text.charAt(k))) return false;
    }
    return true;
  }

  /** The text's first character that is no white space, or its length. */
  int firstNonSpace() {
    int k = 0;
    while (k < text.length() && isSpace(text.charAt(k))) k++;
    return k;
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** White space, full stops, hyphens, apostrophes and slashes join the words of a phrase. */
  static boolean isJoiner(char c) {
    return isSpace(c) || c == '.' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD' || c == '\''
        || c == '\u2019' || c == '\u02BC' || c == '/';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static String fold(String text, int start, int end) {
    String w = text.substring(start, end);
    if (!latin1(w) && !Normalizer.isNormalized(w, Normalizer.Form.NFKC)) {
      w = Normalizer.normalize(w, Normalizer.Form.NFKC);
    }
    return w.toLowerCase(Locale.ROOT);
  }

  /** Whether NFKC leaves a word as it is without asking: its letters are Latin-1's, but for ª, µ and º. */
  private static boolean latin1(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= 0x100 || c == '\u00AA' || c == '\u00B5' || c == '\u00BA') return false;
    }
    return true;
  }
}
