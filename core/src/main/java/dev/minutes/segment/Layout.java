package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the document's typography says: the body font size, the usual distance between baselines, the
 * right edge of the text column, and so what counts as a heading style and a paragraph break.
 */
public final class Layout {
  private final float bodySize;
  private final float pitch;
  private final float rightEdge;
  private final float leftEdge;
  /** Set when the document's agenda headings carry no style at all, so plain numbered lines are tried. */
  private final boolean unstyledHeadings;

  private Layout(float bodySize, float pitch, float rightEdge, float leftEdge, boolean unstyledHeadings) {
    this.bodySize = bodySize;
    this.pitch = pitch;
    this.rightEdge = rightEdge;
    this.leftEdge = leftEdge;
    this.unstyledHeadings = unstyledHeadings;
  }

  /** The font size most body text is set in. */
  public float bodySize() {
    return bodySize;
  }

  /** The usual distance between the baselines of one paragraph's lines. */
  public float pitch() {
    return pitch;
  }

  /** The right edge of the text column. */
  public float rightEdge() {
    return rightEdge;
  }

  /** Where most body lines start. */
  public float leftEdge() {
    return leftEdge;
  }

  /** Whether plain numbered lines are tried as headings, because none stands out by style. */
  public boolean unstyledHeadings() {
    return unstyledHeadings;
  }

  /** The same typography with the text column ending at {@code right}. */
  public Layout withRightEdge(float right) {
    return new Layout(bodySize, pitch, right, leftEdge, unstyledHeadings);
  }

  public Layout withUnstyledHeadings() {
    return new Layout(bodySize, pitch, rightEdge, leftEdge, true);
  }

  public static Layout of(List<TextLine> lines) {
    Map<Float, Integer> sizes = new HashMap<>();
    for (TextLine l : lines) {
      // Numbered lines may be agenda headings; in a short document they could outweigh the body.
      if (!l.bold() && ItemNumber.parse(l.words().get(0).text()) == null) {
        sizes.merge(l.fontSize(), l.text().length(), Integer::sum);
      }
    }
    if (sizes.isEmpty()) for (TextLine l : lines) sizes.merge(l.fontSize(), l.text().length(), Integer::sum);
    float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);

    Map<Integer, Integer> lefts = new HashMap<>();
    float right = 0;
    List<Float> bodyEnds = new ArrayList<>();
    for (TextLine l : lines) {
      float end = l.words().get(l.words().size() - 1).endX();
      right = Math.max(right, end);
      if (isBody(l, body)) {
        lefts.merge(Math.round(l.x()), 1, Integer::sum);
        bodyEnds.add(end);
      }
    }
    right = rightEdge(right, bodyEnds);
    // Lines of one paragraph: a body line that runs to the right edge and the body line below it,
    // which carries on in lower case.
    List<Float> deltas = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      TextLine p = lines.get(i - 1), l = lines.get(i);
      float d = l.y() - p.y();
      if (p.page() == l.page() && isBody(p, body) && isBody(l, body) && d > 0 && d < 3 * body
          && right - p.words().get(p.words().size() - 1).endX() < 2.5f * p.fontSize()
          && Character.isLowerCase(l.text().codePointAt(0))) {
        deltas.add(d);
      }
    }
    Collections.sort(deltas);
    float pitch = deltas.isEmpty() ? body * 1.2f : deltas.get(deltas.size() / 2);
    float left = lefts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    return new Layout(body, pitch, right, left, false);
  }

  /**
   * The text column's right edge: the furthest line end, unless a few lines (under one in fifty body lines: a
   * header table, a footer) stand out beyond the body's lines by more than a word; then the 98th percentile of
   * the body lines' ends.
   */
  private static float rightEdge(float furthest, List<Float> bodyEnds) {
    if (bodyEnds.size() < 20) return furthest;
    Collections.sort(bodyEnds);
    float p98 = bodyEnds.get((int) Math.floor((bodyEnds.size() - 1) * 0.98));
    return furthest - p98 > 15 ? p98 : furthest;
  }

  private static boolean isBody(TextLine l, float body) {
    return Math.abs(l.fontSize() - body) < 0.6f && !l.bold();
  }

  /** A heading style: bold in a body that is not, or a size clearly above the body's. */
  public boolean isStyled(TextLine line) {
    return line.bold() || line.fontSize() > bodySize + 0.75f;
  }

  public boolean sameStyle(TextLine a, TextLine b) {
    return a.bold() == b.bold() && Math.abs(a.fontSize() - b.fontSize()) < 0.6f;
  }

  /** A gap between words wide enough to be a column or a tab stop, not a space. */
  public boolean isWideGap(TextLine line, int wordIndex) {
    return line.gapBefore(wordIndex) > Math.max(line.fontSize(), bodySize) * 0.9f;
  }

  /** More vertical space than lines of one paragraph have between them. */
  public boolean isParagraphGap(TextLine previous, TextLine line) {
    return previous.page() == line.page() && line.y() - previous.y() > pitch * 1.15f + 0.5f;
  }

  /** The width of a space in this font: the narrowest gap between words on either line, else a quarter em. */
  private float spaceWidth(TextLine a, TextLine b) {
    float space = Float.MAX_VALUE;
    for (TextLine l : List.of(a, b)) {
      for (int i = 1; i < l.words().size(); i++) {
        float g = l.gapBefore(i);
        if (g > 0) space = Math.min(space, g);
      }
    }
    return space == Float.MAX_VALUE ? a.fontSize() * 0.28f : space;
  }

  /** A line that reaches to within a short word's width of the right edge. */
  public boolean isFull(TextLine line) {
    return rightEdge - line.words().get(line.words().size() - 1).endX() < 2.5f * line.fontSize();
  }

  /**
   * A line that ended early: the next line's first word, with a space after it, would have fitted on it, so the
   * writer broke the line on purpose. (Some producers, pdfkit among them, wrap a word that fits but whose trailing
   * space does not; a writer's break within that one space is read as a wrap.) After a hyphen no space is needed
   * before the word.
   */
  public boolean isHardBreak(TextLine previous, TextLine line) {
    Word last = previous.words().get(previous.words().size() - 1);
    Word first = line.words().get(0);
    float space = spaceWidth(previous, line);
    float before = last.text().endsWith("-") ? 0 : space;
    return last.endX() + before + (first.endX() - first.x()) + space < rightEdge - 1f;
  }
}
