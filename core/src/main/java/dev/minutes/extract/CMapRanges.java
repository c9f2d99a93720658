package dev.minutes.extract;

/**
 * Repairs the {@code bfrange} entries of a ToUnicode CMap that PDFBox would spend minutes on. PDFBox adds
 * one mapping per code of a {@code <lo> <hi> <dst>} range, so a damaged {@code <hi>} such as
 * {@code <004Ce51Bea3B6c186F>} makes it loop billions of times (found by the mutation test). A range is
 * cut to 65,536 codes, the most a two-byte code space holds; everything else is left as it is.
 */
final class CMapRanges {
  static final int MAX_SPAN = 0xFFFF;

  private CMapRanges() {}

  /** The CMap's text with every overlong range cut, or the same string when there is none. */
  static String repair(String cmap) {
    StringBuilder out = null;
    int copied = 0;
    for (int from = cmap.indexOf("beginbfrange"); from >= 0; from = cmap.indexOf("beginbfrange", from)) {
      int end = cmap.indexOf("endbfrange", from);
      if (end < 0) end = cmap.length();
      int i = from + "beginbfrange".length();
      while (true) {
        int[] lo = hex(cmap, i, end);
        if (lo == null) break;
        int[] hi = hex(cmap, lo[1], end);
        if (hi == null) break;
        int next = skipSpace(cmap, hi[1], end);
        if (next >= end) break;
        int after;
        if (cmap.charAt(next) == '[') {
          after = cmap.indexOf(']', next);
          if (after < 0 || after > end) break;
          after++;
        } else {
          int[] dst = hex(cmap, next, end);
          if (dst == null) break;
          after = dst[1];
          if (hi[2] >= lo[2] && (long) hi[2] - lo[2] > MAX_SPAN) {
            if (out == null) out = new StringBuilder(cmap.length() + 16);
            out.append(cmap, copied, hi[0]).append(String.format("<%08X>", lo[2] + MAX_SPAN));
            copied = hi[1];
          }
        }
        i = after;
      }
      from = end;
    }
    return out == null ? cmap : out.append(cmap, copied, cmap.length()).toString();
  }

  /**
   * The hex string starting at the first non-space at or after {@code at}: {start, end after '>', value},
   * the value as PDFBox computes it (bytes big-endian into an int, overflowing as it does); null if none.
   */
  private static int[] hex(String s, int at, int limit) {
    int start = skipSpace(s, at, limit);
    if (start >= limit || s.charAt(start) != '<') return null;
    int close = s.indexOf('>', start);
    if (close < 0 || close >= limit) return null;
    int value = 0, digits = 0, pending = 0;
    for (int k = start + 1; k < close; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0) continue;
      pending = pending << 4 | d;
      if (++digits % 2 == 0) {
        value = value << 8 | pending;
        pending = 0;
      }
    }
    if (digits % 2 == 1) value = value << 8 | pending << 4;
    return new int[] {start, close + 1, value};
  }

  private static int skipSpace(String s, int at, int limit) {
    while (at < limit && Character.isWhitespace(s.charAt(at))) at++;
    return at;
  }
}
