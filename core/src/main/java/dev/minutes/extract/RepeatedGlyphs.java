package dev.minutes.extract;

import java.util.Arrays;

/**
 * Text drawn twice (fake bold, shadows): a glyph is a repeat when an earlier glyph of the same page with the
 * same text lies within a third of its width, both across and down (PDFBox's rule). Earlier glyphs are kept
 * in a hash grid of 8-point cells, so a lookup reads a few cells instead of searching a sorted map.
 */
final class RepeatedGlyphs {
  private static final float CELL = 8f;
  /**
   * The tolerance is capped (a glyph 96 points wide and more), so a lookup never reads more than 9 by 9
   * cells, whatever widths a damaged font gives.
   */
  private static final float MAX_TOLERANCE = 4 * CELL;

  private int[] heads = new int[1 << 12];
  private int[] next = new int[1 << 12];
  private float[] xs = new float[1 << 12];
  private float[] ys = new float[1 << 12];
  private int[] cellXs = new int[1 << 12];
  private int[] cellYs = new int[1 << 12];
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

  /** Whether the glyph repeats an earlier one; a glyph that does not is remembered. */
  boolean repeats(String text, float x, float y, float width) {
    float tolerance = Math.min(MAX_TOLERANCE, Math.abs(width / text.length() / 3f));
    if (Float.isNaN(tolerance) || Float.isNaN(x) || Float.isNaN(y)) return false;
    if (found(text, x, y, tolerance)) return true;
    add(text, x, y);
    return false;
  }

  private boolean found(String text, float x, float y, float tolerance) {
    int fromX = cell(x - tolerance), toX = cell(x + tolerance);
    int fromY = cell(y - tolerance), toY = cell(y + tolerance);
    int textHash = text.hashCode() * 83_492_791;
    for (int cx = fromX; cx <= toX; cx++) {
      for (int cy = fromY; cy <= toY; cy++) {
        for (int i = heads[slot(cx, cy, textHash)]; i >= 0; i = next[i]) {
          if (cellXs[i] == cx && cellYs[i] == cy && near(i, text, x, y, tolerance)) return true;
        }
      }
    }
    return false;
  }

  private boolean near(int i, String text, float x, float y, float tolerance) {
    return xs[i] >= x - tolerance && xs[i] < x + tolerance && ys[i] >= y - tolerance && ys[i] < y + tolerance
        && texts[i].equals(text);
  }

  private void add(String text, float x, float y) {
    if (size == xs.length) grow();
    int cx = cell(x), cy = cell(y);
    xs[size] = x;
    ys[size] = y;
    cellXs[size] = cx;
    cellYs[size] = cy;
    texts[size] = text;
    int slot = slot(cx, cy, text.hashCode() * 83_492_791);
    next[size] = heads[slot];
    heads[slot] = size++;
  }

  private void grow() {
    int n = xs.length * 2;
    xs = Arrays.copyOf(xs, n);
    ys = Arrays.copyOf(ys, n);
    cellXs = Arrays.copyOf(cellXs, n);
    cellYs = Arrays.copyOf(cellYs, n);
    texts = Arrays.copyOf(texts, n);
    next = Arrays.copyOf(next, n);
    heads = new int[n];
    Arrays.fill(heads, -1);
    for (int i = 0; i < size; i++) {
      int slot = slot(cellXs[i], cellYs[i], texts[i].hashCode() * 83_492_791);
      next[i] = heads[slot];
      heads[slot] = i;
    }
  }

  /** The cell of a coordinate; coordinates beyond a billion points (damaged files) share the outermost cells. */
  private static int cell(float v) {
    return (int) Math.floor(Math.max(-1e9f, Math.min(1e9f, v)) / CELL);
  }

  private int slot(int cx, int cy, int textHash) {
    int h = cx * 73_856_093 ^ cy * 19_349_663 ^ textHash;
    return (h ^ h >>> 16) & (heads.length - 1);
  }
}
