package dev.minutes.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a lexicon file: a phrase of a class in a language.
 *
 * @param words the phrase's words, folded; a word ending in {@code *} matches any word it begins
 * @param value a number the phrase stands for (a month's 1 to 12, a weekday's 1 to 7), 0 for none
 * @param line the line of its file, for messages
 */
record Phrase(WordClass wordClass, String language, String text, List<String> words, int value, int line) {
  /** Wildcard words need this many letters before the {@code *}: shorter ones would match too much. */
  static final int MIN_PREFIX = 3;

  Phrase {
    words = List.copyOf(words);
  }

  /** The phrase's words as it is compared: folded, single spaces, stars kept. */
  String key() {
    return String.join(" ", words);
  }

  static boolean isPrefix(String word) {
    return word.endsWith("*");
  }

  /**
   * Parses {@code text}: words apart by white space, joiners ({@code .}, {@code -}, {@code '}, {@code /}) allowed
   * inside them, a trailing {@code *} on a word. Throws IllegalArgumentException saying what is wrong.
   */
  static List<String> parse(String text) {
    List<String> words = new ArrayList<>();
    for (String piece : pieces(text.strip())) {
      boolean star = piece.endsWith("*");
      String body = star ? piece.substring(0, piece.length() - 1) : piece;
      for (int k = 0; k < body.length(); ) {
        int cp = body.codePointAt(k);
        if (!Words.isWordChar(cp) && cp != '§' && cp != '&' && !Words.isJoiner((char) cp)) {
          throw new IllegalArgumentException("'" + new String(Character.toChars(cp)) + "' cannot stand in a phrase");
        }
        k += Character.charCount(cp);
      }
      Words w = Words.of(body);
      if (w.size == 0) throw new IllegalArgumentException("'" + piece + "' has no word");
      for (int k = 0; k < w.size; k++) words.add(w.folded[k]);
      if (star) {
        String last = words.remove(words.size() - 1);
        if (w.ends[w.size - 1] != body.length() || last.codePointCount(0, last.length()) < MIN_PREFIX) {
          throw new IllegalArgumentException("'" + piece + "': a * ends a word of at least " + MIN_PREFIX + " letters");
        }
        words.add(last + "*");
      }
    }
    if (words.isEmpty()) throw new IllegalArgumentException("empty phrase");
    return words;
  }

  /**
   * The pieces of {@code text} between runs of the white space {@code \s} stands for (space, tab, line feed,
   * vertical tab, form feed, carriage return), without a regular expression: a lexicon has thousands of lines.
   */
  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>(4);
    int n = text.length();
    for (int i = 0; i < n; ) {
      while (i < n && isSpace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) i++;
      if (i > start) pieces.add(text.substring(start, i));
    }
    return pieces;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
