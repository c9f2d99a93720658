package dev.minutes.segment;

import dev.minutes.extract.TextLine;

/**
 * Recognises an agenda item heading: a number token ({@code 1.}, {@code 6.1.}, {@code 6.10.}) and a title.
 *
 * <p>Rule: the number must fit the numbering so far ({@link ItemNumber#stepFrom}). A heading in a
 * heading style (bold or larger) is accepted when its number ends with a dot or stands apart from the
 * title; an unstyled line only when the number stands apart from the title by a wide gap and is exactly
 * the next number. So {@code 1. att …} in a decision, {@code 2019 års budget} and {@code 632 000 kr} stay text.
 * A number printed against its title ({@code 10.10.Attraktiv arbetsgivare}) is split after its last dot.
 *
 * <p>Where a document has no heading that passes, its headings carry no style at all; then an unstyled
 * line is a heading when its number ends with a dot, is exactly the next number, its title starts with
 * a capital and the line does not run to the right edge.
 */
public final class ItemHeading {
  public record Match(ItemNumber number, String title, float titleX, int step) {}

  /** A number printed against its title: {@code 10.10.Attraktiv}. */
  private static final java.util.regex.Pattern GLUED =
      java.util.regex.Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.)(\\p{Lu}\\S*)$");

  private ItemHeading() {}

  /**
   * A number printed against its title by a number column too narrow for it: the number ends at its last dot
   * and the title starts with a capital there. Accepted as a heading in a heading style, or where headings
   * carry no style, when it is exactly the next number.
   */
  private static Match gluedMatch(TextLine line, java.util.regex.Matcher glued, ItemNumber current, Layout layout) {
    ItemNumber number = ItemNumber.parse(glued.group(1));
    int step = number.stepFrom(current);
    if (step < 1) return null;
    boolean accepted = layout.isStyled(line) ? step <= 20 : step == 1 && layout.unstyledHeadings() && !layout.isFull(line);
    if (!accepted) return null;
    String rest = line.text().strip().substring(line.words().get(0).text().length()).strip();
    String title = rest.isEmpty() ? glued.group(2) : glued.group(2) + " " + rest;
    // Where the title starts inside the printed word is not known: NaN, see continuesTitle.
    return new Match(number, title, Float.NaN, step);
  }

  public static Match match(TextLine line, ItemNumber current, Layout layout) {
    String token = line.words().get(0).text();
    ItemNumber number = ItemNumber.parse(token);
    java.util.regex.Matcher glued = number == null ? GLUED.matcher(token) : null;
    if (glued != null && glued.matches()) return gluedMatch(line, glued, current, layout);
    if (line.words().size() < 2 || number == null) return null;
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
    return continuesTitle(heading, titleX, Float.NaN, previous, next, layout);
  }

  /**
   * As above; {@code columnX} is where the titles of earlier headings started (NaN if none): a number wider than
   * its hanging indent pushes its title to a later tab stop, and the title wraps back to the indent, where the
   * other titles start.
   */
  public static boolean continuesTitle(TextLine heading, float titleX, float columnX, TextLine previous, TextLine next,
                                       Layout layout) {
    boolean close = next.page() == previous.page() ? next.y() - previous.y() < heading.fontSize() * 1.7f
        : next.page() == previous.page() + 1;
    // A title word broken at the line's end goes on in the title's style, whatever follows it on that line.
    boolean brokenWord = previous.text().endsWith("-") && next.words().get(0).bold() == heading.bold()
        && Math.abs(next.words().get(0).fontSize() - heading.fontSize()) < 0.6f;
    if (!close || !layout.sameStyle(heading, next) && !brokenWord) return false;
    if (layout.isStyled(heading) && !Float.isNaN(columnX) && !Float.isNaN(titleX) && columnX < titleX - 2.5f
        && Math.abs(next.x() - columnX) < 2.5f && ItemNumber.parse(next.words().get(0).text()) == null) {
      return true;
    }
    if (Float.isNaN(titleX)) {
      // A number printed against its title: the title wraps back to where it started, inside that first word.
      var first = heading.words().get(0);
      return next.x() > first.x() + 1 && next.x() < first.endX() && ItemNumber.parse(next.words().get(0).text()) == null;
    }
    if (Math.abs(next.x() - titleX) < 2.5f) return layout.isStyled(heading) || titleX > layout.leftEdge() + 10;
    // Number and title in one run of text: the title wraps back to where the number stands, and only a
    // wrap does that (the next line's first word would not have fitted on the line before).
    return layout.isStyled(heading) && Math.abs(next.x() - heading.x()) < 2.5f && !layout.isHardBreak(previous, next)
        && ItemNumber.parse(next.words().get(0).text()) == null;
  }
}
