package dev.minutes.extract;

import java.util.Arrays;

/**
 * Text drawn twice (fake bold, shadows): a glyph is a repeat when an earlier glyph of the same page with the
 * same text lies within a third of its width, both across and down (PDFBox's rule). Earlier glyphs are kept
 * in a hash grid of 16-point cells, so a lookup reads one cell or a few instead of searching a sorted map
 * (glyphs' tolerances are a point or two, so most lookups stay within one cell).
 */
final class RepeatedGlyphs {
  private static final float CELL = 16f;
  /**
   * The tolerance is capped (a glyph 96 points wide and more), so a lookup never reads more than 5 by 5
   * cells, whatever widths a damaged font gives.
   */
  private static final float MAX_TOLERANCE = 32f;

  private int[] heads = new int[1 << 12];
  private int[] next = new int[1 << 12];
  private float[] xs = new float[1 << 12];
  private float[] ys = new float[1 << 12];
  private String[] texts = new String[1 << 12];
  private int size;

  RepeatedGlyphs() {
    Arrays.fill(heads, -1);
  }

  /** Forgets every glyph: repeats are looked for within a page. */
  void clear() {
    if (size == 0) return;
    Arrays.fill(heads, -1);
    Arrays.fill(texts, 0, size, null);
    size = 0;
  }

  /**
   * Whether the glyph repeats an earlier one; a glyph that does not is remembered. The cells the tolerance
   * reaches are read; a slot may also hold glyphs of other cells or texts, which the exact test sets aside
   * (and a glyph of another cell within the tolerance is a repeat all the same).
   */
  boolean repeats(String text, float x, float y, float width) {
    float tolerance = Math.min(MAX_TOLERANCE, Math.abs(width / text.length() / 3f));
    if (Float.isNaN(tolerance) || Float.isNaN(x) || Float.isNaN(y)) return false;
    int textHash = text.hashCode() * 83_492_791;
    float left = x - tolerance, right = x + tolerance, top = y - tolerance, bottom = y + tolerance;
    int toX = cell(right), fromY = cell(top), toY = cell(bottom);
    int mask = heads.length - 1;
    for (int cx = cell(left); cx <= toX; cx++) {
      int hx = cx * 73_856_093 ^ textHash;
      for (int cy = fromY; cy <= toY; cy++) {
        int h = hx ^ cy * 19_349_663;
        for (int i = heads[(h ^ h >>> 16) & mask]; i >= 0; i = next[i]) {
          float gx = xs[i], gy = ys[i];
          if (gx >= left && gx < right && gy >= top && gy < bottom && texts[i].equals(text)) return true;
        }
      }
    }
    add(text, x, y, textHash);
    return false;
  }

  private void add(String text, float x, float y, int textHash) {
    if (size == xs.length) grow();
    xs[size] = x;
    ys[size] = y;
    texts[size] = text;
    int slot = slot(cell(x), cell(y), textHash);
    next[size] = heads[slot];
    heads[slot] = size++;
  }

  private void grow() {
    int n = xs.length * 2;
    xs = Arrays.copyOf(xs, n);
    ys = Arrays.copyOf(ys, n);
    texts = Arrays.copyOf(texts, n);
    next = Arrays.copyOf(next, n);
    heads = new int[n];
    Arrays.fill(heads, -1);
    for (int i = 0; i < size; i++) {
      int slot = slot(cell(xs[i]), cell(ys[i]), texts[i].hashCode() * 83_492_791);
      next[i] = heads[slot];
      heads[slot] = i;
    }
  }

  /**
   * The cell of a coordinate (its floor over the cell size); coordinates beyond a billion points (damaged
   * files) share the outermost cells.
   */
  private static int cell(float v) {
    float q = Math.max(-1e9f, Math.min(1e9f, v)) * (1 / CELL);
    int c = (int) q;
    return q < c ? c - 1 : c;
  }

  private int slot(int cx, int cy, int textHash) {
    int h = cx * 73_856_093 ^ textHash ^ cy * 19_349_663;
    return (h ^ h >>> 16) & (heads.length - 1);
  }
}
