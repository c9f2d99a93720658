package dev.minutes.provenance;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a piece of the result (a title, a paragraph, an action's date) was read from, in reading order, and
 * their boxes. Immutable.
 *
 * <p>Box rule: a word stands in {@code [x, baseline − 0.9 × size, endX, baseline + 0.22 × size]}, its left and right
 * edges those of its glyphs, its baseline the lowest of its glyphs', its size the size it is drawn at; a piece's box
 * on a page is the union of its words' boxes there. 0.9 em lies above the tallest glyph top PDFBox reports for the
 * fixtures' fonts ({@code TextPosition} height, at most 0.85 em: DejaVu Sans) and above accented capitals;
 * 0.22 em below the baseline holds the descenders of the usual text faces.
 */
public final class Spans {
  /** How far above its baseline a word's box reaches, in em. */
  public static final float ASCENT = 0.9f;
  /** How far below its baseline a word's box reaches, in em. */
  public static final float DESCENT = 0.22f;

  public static final Spans EMPTY = new Spans(List.of());

  private final List<Span> spans;

  private Spans(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  public static Spans of(Span... spans) {
    return new Spans(List.of(spans));
  }

  /** Whole lines; nulls (rules that end a paragraph) are skipped. */
  public static Spans lines(Collection<TextLine> lines) {
    List<Span> out = new ArrayList<>();
    for (TextLine l : lines) if (l != null && !l.words().isEmpty()) out.add(Span.of(l));
    return new Spans(out);
  }

  public static Spans line(TextLine line) {
    return line == null ? EMPTY : lines(List.of(line));
  }

  /** Some words of one line. */
  public static Spans words(TextLine line, List<Word> words) {
    return words.isEmpty() ? EMPTY : new Spans(List.of(new Span(line, words)));
  }

  public List<Span> spans() {
    return spans;
  }

  public boolean isEmpty() {
    return spans.isEmpty();
  }

  public Spans plus(Spans other) {
    if (other == null || other.isEmpty()) return this;
    if (isEmpty()) return other;
    List<Span> all = new ArrayList<>(spans);
    all.addAll(other.spans);
    return new Spans(all);
  }

  /**
   * The words over which {@code text} is written, its first occurrence, or null. Letters and digits are compared,
   * case folded; spaces, punctuation, hyphens and bullets are not, so a text joined from wrapped lines is found.
   */
  public Spans find(String text) {
    return find(text, false);
  }

  /** As {@link #find}, the last occurrence. */
  public Spans findLast(String text) {
    return find(text, true);
  }

  private Spans find(String text, boolean last) {
    if (text == null || isEmpty()) return null;
    String needle = fold(text);
    if (needle.isEmpty()) return null;
    StringBuilder hay = new StringBuilder();
    List<int[]> owner = new ArrayList<>(); // per character: span index, word index
    for (int s = 0; s < spans.size(); s++) {
      List<Word> words = spans.get(s).words();
      for (int w = 0; w < words.size(); w++) {
        String f = fold(words.get(w).text());
        for (int k = 0; k < f.length(); k++) owner.add(new int[] {s, w});
        hay.append(f);
      }
    }
    int at = last ? hay.lastIndexOf(needle) : hay.indexOf(needle);
    if (at < 0) return null;
    Map<Integer, List<Word>> picked = new LinkedHashMap<>();
    for (int i = at; i < at + needle.length(); i++) {
      int[] o = owner.get(i);
      List<Word> ws = picked.computeIfAbsent(o[0], k -> new ArrayList<>());
      Word w = spans.get(o[0]).words().get(o[1]);
      if (ws.isEmpty() || ws.get(ws.size() - 1) != w) ws.add(w);
    }
    List<Span> out = new ArrayList<>();
    picked.forEach((s, ws) -> out.add(new Span(spans.get(s).line(), ws)));
    return new Spans(out);
  }

  /** Letters and digits, lower case. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** One box per page the words stand on, in the order of the pages' first words: {page, x0, y0, x1, y1}. */
  public List<float[]> boxes() {
    Map<Integer, float[]> byPage = new LinkedHashMap<>();
    for (Span s : spans) {
      for (Word w : s.words()) {
        float[] b = box(s.line(), w);
        float[] u = byPage.get(s.page());
        if (u == null) {
          byPage.put(s.page(), new float[] {s.page(), b[0], b[1], b[2], b[3]});
        } else {
          u[1] = Math.min(u[1], b[0]);
          u[2] = Math.min(u[2], b[1]);
          u[3] = Math.max(u[3], b[2]);
          u[4] = Math.max(u[4], b[3]);
        }
      }
    }
    return List.copyOf(byPage.values());
  }

  /** A word's box by the rule above: {x0, y0, x1, y1} in points, origin at the page's top left. */
  public static float[] box(TextLine line, Word w) {
    float size = w.fontSize() > 0 ? w.fontSize() : line.fontSize();
    float y = Span.baseline(line, w);
    return new float[] {Math.min(w.x(), w.endX()), y - ASCENT * size, Math.max(w.x(), w.endX()), y + DESCENT * size};
  }

  /** The words' text, one space between words and lines. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) for (Word w : s.words()) b.append(b.length() == 0 ? "" : " ").append(w.text());
    return b.toString();
  }
}
