package dev.minutes.nlp;

import java.util.ArrayList;
import java.util.List;

/** The rule that makes token training data: punctuation split off a word's ends, except on an abbreviation. */
final class RuleTokens {
  private static final String LEADING = "(\"'“‘[";
  private static final String TRAILING = ".,;:?!)\"'”’]";

  private RuleTokens() {}

  static List<String> split(String word, List<String> abbreviations) {
    List<String> before = new ArrayList<>(), after = new ArrayList<>();
    int start = 0, end = word.length();
    while (start < end && LEADING.indexOf(word.charAt(start)) >= 0) before.add(String.valueOf(word.charAt(start++)));
    while (end > start && !abbreviations.contains(word.substring(start, end).toLowerCase(java.util.Locale.ROOT))
        && TRAILING.indexOf(word.charAt(end - 1)) >= 0) {
      after.add(0, String.valueOf(word.charAt(--end)));
    }
    List<String> tokens = new ArrayList<>(before);
    if (end > start) tokens.add(word.substring(start, end));
    tokens.addAll(after);
    return tokens;
  }
}
