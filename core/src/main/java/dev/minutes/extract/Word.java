package dev.minutes.extract;

/**
 * A word as placed on the page: left and right edge in points, font size in points, weight, and its baseline
 * {@code y} measured from the top of the page (the lowest of its glyphs'; NaN where not known, when the line's
 * baseline stands for it).
 */
public record Word(String text, float x, float endX, float fontSize, boolean bold, float y) {
  /** A word whose baseline is its line's. */
  public Word(String text, float x, float endX, float fontSize, boolean bold) {
    this(text, x, endX, fontSize, bold, Float.NaN);
  }
}
