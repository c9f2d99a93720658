package dev.minutes.extract;

import java.util.List;

/** The lines of one page, top to bottom, with the page's size in points. */
public record PageText(int number, float width, float height, List<TextLine> lines) {
  public PageText {
    lines = List.copyOf(lines);
  }
}
