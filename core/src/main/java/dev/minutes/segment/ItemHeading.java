package dev.minutes.segment;

import dev.minutes.extract.TextLine;

/**
 * Recognises an agenda item heading: a number token ({@code 1.}, {@code 6.1.}, {@code 6.10.}) and a title.
 *
 * <p>Rule: the number must fit the numbering so far ({@link ItemNumber#stepFrom}). A heading in a
 * heading style (bold or larger) is accepted when its number ends with a dot or stands apart from the
 * title; an unstyled line only when the number stands apart from the title by a wide gap and is exactly
 * the next number. So {@code 1. att …} in a decision, {@code 2019 års budget} and {@code 632 000 kr} stay text.
 *
 * <p>Where a document has no heading that passes, its headings carry no style at all; then an unstyled
 * line is a heading when its number ends with a dot, is exactly the next number, its title starts with
 * a capital and the line does not run to the right edge.
 */
public final class ItemHeading {
  public record Match(ItemNumber number, String title, float titleX, int step) {}

  private ItemHeading() {}

  public static Match match(TextLine line, ItemNumber current, Layout layout) {
    if (line.words().size() < 2) return null;
    String token = line.words().get(0).text();
    ItemNumber number = ItemNumber.parse(token);
    if (number == null) return null;
    int step = number.stepFrom(current);
    if (step < 1) return null;
    boolean apart = layout.isWideGap(line, 1);
    boolean accepted = layout.isStyled(line)
        ? (token.endsWith(".") || apart) && step <= 20
        : step == 1 && (apart || layout.unstyledHeadings() && token.endsWith(".")
            && Character.isUpperCase(line.words().get(1).text().codePointAt(0)) && !layout.isFull(line));
    if (!accepted) return null;
    String title = line.text().substring(line.text().indexOf(token) + token.length()).strip();
    return new Match(number, title, line.words().get(1).x(), step);
  }

  /**
   * Whether {@code next} carries on a wrapped title: same style as the heading, close below or first on the
   * next page, and starting where the title text starts (an unstyled heading's title must then be indented
   * from the body's left edge, or body text could not be told from it) or, for a styled heading whose line
   * wrapped, where the number starts.
   */
  public static boolean continuesTitle(TextLine heading, float titleX, TextLine previous, TextLine next, Layout layout) {
    boolean close = next.page() == previous.page() ? next.y() - previous.y() < heading.fontSize() * 1.7f
        : next.page() == previous.page() + 1;
    if (!close || !layout.sameStyle(heading, next)) return false;
    if (Math.abs(next.x() - titleX) < 2.5f) return layout.isStyled(heading) || titleX > layout.leftEdge() + 10;
    // Number and title in one run of text: the title wraps back to where the number stands, and only a
    // wrap does that (the next line's first word would not have fitted on the line before).
    return layout.isStyled(heading) && Math.abs(next.x() - heading.x()) < 2.5f && !layout.isHardBreak(previous, next)
        && ItemNumber.parse(next.words().get(0).text()) == null;
  }
}
