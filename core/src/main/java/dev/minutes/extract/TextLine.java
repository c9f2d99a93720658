package dev.minutes.extract;

import java.util.List;

/**
 * One line of text on a page. {@code y} is the baseline measured from the top of the page;
 * {@code fontSize} and {@code bold} are those of the majority of its characters.
 */
public record TextLine(int page, float x, float y, float fontSize, boolean bold, List<Word> words, String text) {
  public TextLine {
    words = List.copyOf(words);
  }

  /** The line's words joined by single spaces. */
  static TextLine of(int page, List<Word> words) {
    StringBuilder text = new StringBuilder();
    float boldChars = 0, allChars = 0;
    java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
    for (Word w : words) {
      if (text.length() > 0) text.append(' ');
      text.append(w.text());
      int n = w.text().length();
      allChars += n;
      if (w.bold()) boldChars += n;
      sizes.merge(Math.round(w.fontSize() * 2) / 2f, n, Integer::sum);
    }
    float size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(0f);
    return new TextLine(page, words.get(0).x(), Float.NaN, size, boldChars * 2 > allChars, words, text.toString());
  }

  TextLine atBaseline(float baseline) {
    return new TextLine(page, x, baseline, fontSize, bold, words, text);
  }

  /** The horizontal gap before word {@code i} (0 for the first word). */
  public float gapBefore(int i) {
    return i == 0 ? 0 : words.get(i).x() - words.get(i - 1).endX();
  }
}
