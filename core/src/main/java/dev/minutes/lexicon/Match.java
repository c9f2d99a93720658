package dev.minutes.lexicon;

import java.util.List;

/**
 * A phrase found in a text.
 *
 * @param start where it begins in the text (a char index)
 * @param end where it ends, exclusive
 * @param wordClass the phrase's class
 * @param phrase the phrase as its lexicon file writes it
 * @param languages the languages whose files give this phrase in this class, in the lexicon's order
 * @param value the number the phrase stands for (a month's, a weekday's), 0 for none
 */
public record Match(int start, int end, WordClass wordClass, String phrase, List<String> languages, int value) {
  public Match {
    languages = List.copyOf(languages);
  }

  /** The first language that gives the phrase. */
  public String language() {
    return languages.get(0);
  }
}
