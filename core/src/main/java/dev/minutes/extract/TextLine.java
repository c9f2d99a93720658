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

  /** The line's words joined by single spaces; its size and weight are those of most of its characters. */
  static TextLine of(int page, List<Word> words) {
    StringBuilder text = new StringBuilder();
    int boldChars = 0, allChars = 0;
    float[] sizes = new float[4];
    int[] counts = new int[4];
    int distinct = 0;
    for (Word w : words) {
      if (text.length() > 0) text.append(' ');
      text.append(w.text());
      int n = w.text().length();
      allChars += n;
      if (w.bold()) boldChars += n;
      float size = Math.round(w.fontSize() * 2) / 2f;
      int k = 0;
      while (k < distinct && sizes[k] != size) k++;
      if (k == distinct && distinct < sizes.length) sizes[distinct++] = size;
      if (k < sizes.length) counts[k] += n;
    }
    int best = 0;
    for (int k = 1; k < distinct; k++) if (counts[k] > counts[best]) best = k;
    return new TextLine(page, words.get(0).x(), Float.NaN, sizes[best], boldChars * 2 > allChars, words, text.toString());
  }

  /**
   * A line of words placed on a baseline (from the top of the page) by something other than a text layer (OCR);
   * its size and weight are those of most of its characters.
   */
  public static TextLine placed(int page, List<Word> words, float baseline) {
    if (words.isEmpty()) throw new IllegalArgumentException("a line has at least one word");
    return of(page, words).atBaseline(baseline);
  }

  TextLine atBaseline(float baseline) {
    return new TextLine(page, x, baseline, fontSize, bold, words, text);
  }

  /** The horizontal gap before word {@code i} (0 for the first word). */
  public float gapBefore(int i) {
    return i == 0 ? 0 : words.get(i).x() - words.get(i - 1).endX();
  }
}
