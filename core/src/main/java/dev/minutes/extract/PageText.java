package dev.minutes.extract;

import java.util.List;

/**
 * The lines of one page, top to bottom, with the page's size in points, and how many of its words are words
 * ({@link TextQuality}), counted once here for what asks later (OCR's choice of pages, the {@code text.garbled}
 * warning).
 */
public record PageText(int number, float width, float height, List<TextLine> lines, TextQuality.Count quality) {
  public PageText {
    lines = List.copyOf(lines);
  }

  public PageText(int number, float width, float height, List<TextLine> lines) {
    this(number, width, height, lines, TextQuality.count(lines));
  }

  /**
   * A page of lines placed by something other than a text layer (OCR), put in reading order as a text layer's
   * are: top to bottom, pieces of one line joined left to right.
   */
  public static PageText inReadingOrder(int number, float width, float height, List<TextLine> placed) {
    return new PageText(number, width, height, LineCollector.inReadingOrder(placed));
  }
}
