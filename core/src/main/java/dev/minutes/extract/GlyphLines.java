package dev.minutes.extract;

import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Groups one page's glyphs, in the order the page draws them, into words and line pieces. The rules are
 * PDFBox's for text it is not asked to sort, applied glyph by glyph as they come:
 * <ul>
 *   <li>a glyph belongs to the current line when it overlaps, vertically, the glyphs drawn since the last
 *       gap of more than a space and a half;
 *   <li>a word ends at a space glyph, and before a glyph that starts further right than the smaller of half
 *       a space and 0.3 of the running average glyph width after the previous one;
 *   <li>not PDFBox's: a glyph drawn left of where the current piece of line starts begins a new piece (a
 *       header whose right part is drawn first).
 * </ul>
 * Pieces of one line drawn apart are joined later ({@link LineCollector#inReadingOrder}).
 */
final class GlyphLines {
  private static final float SPACING_TOLERANCE = 0.5f;
  private static final float AVERAGE_CHAR_TOLERANCE = 0.3f;
  private static final float NO_LINE = -Float.MAX_VALUE;

  private final int page;
  private final Map<PDFont, Boolean> boldFonts;
  private final List<TextLine> lines = new ArrayList<>();
  private List<Word> words = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private TextPosition wordFirst;
  private TextPosition wordLast;
  private float wordBaseline = -Float.MAX_VALUE;
  private float baseline = Float.NaN;
  private float pieceStart = Float.NaN;

  // PDFBox's running measures, carried from glyph to glyph
  private TextPosition last;
  private float endOfLastText = -1;
  private float lastSpaceWidth = -1;
  private float averageCharWidth = -1;
  private float lineMaxY = NO_LINE;
  private float lineMaxHeight = -1;

  /** @param boldFonts the weight of every font seen so far, shared by a document's pages */
  GlyphLines(int page, Map<PDFont, Boolean> boldFonts) {
    this.page = page;
    this.boldFonts = boldFonts;
  }

  /** @param text the glyph's text: its own, or that of an /ActualText span it belongs to */
  void add(TextPosition glyph, String text) {
    float x = glyph.getX(), y = glyph.getY(), width = glyph.getWidth(), height = glyph.getHeight();
    if (last != null && fontOrSizeChanged(glyph, last)) averageCharWidth = -1;

    float spaceWidth = glyph.getWidthOfSpace();
    float spaceGap = spaceWidth == 0 || Float.isNaN(spaceWidth) ? Float.MAX_VALUE
        : (lastSpaceWidth < 0 ? spaceWidth : (spaceWidth + lastSpaceWidth) / 2f) * SPACING_TOLERANCE;
    float glyphWidth = width / glyph.getIndividualWidths().length;
    float average = averageCharWidth < 0 ? glyphWidth : (averageCharWidth + glyphWidth) / 2f;
    boolean wordGap = endOfLastText != -1 && endOfLastText + Math.min(spaceGap, average * AVERAGE_CHAR_TOLERANCE) < x;

    if (last != null) {
      if (!overlaps(y, height, lineMaxY, lineMaxHeight)) {
        endLine();
        wordGap = false;
        lineMaxY = NO_LINE;
        lineMaxHeight = -1;
      } else if (glyph.getXDirAdj() < pieceStart - Math.abs(glyphWidth) / 2) {
        endLine();
      }
      if (wordGap) endWord();
      if (Math.abs(x - last.getX()) > spaceWidth + spaceGap) {
        lineMaxY = NO_LINE;
        lineMaxHeight = -1;
      }
    }
    if (words.isEmpty() && wordFirst == null) pieceStart = glyph.getXDirAdj();
    lineMaxY = Math.max(lineMaxY, y);
    endOfLastText = x + width;
    if (text != null) append(glyph, text);
    lineMaxHeight = Math.max(lineMaxHeight, height);
    last = glyph;
    lastSpaceWidth = spaceWidth;
    averageCharWidth = average;
  }

  /** The page's line pieces, in drawing order. */
  List<TextLine> finish() {
    endLine();
    return lines;
  }

  /**
   * A space glyph (a no-break or other Unicode space too) ends the word; a glyph with no text (the rest of an
   * /ActualText span) extends it.
   */
  private void append(TextPosition glyph, String text) {
    if (text.isEmpty()) {
      if (wordFirst != null) wordLast = glyph;
    } else if (isSpace(text)) {
      endWord();
    } else {
      if (wordFirst == null) wordFirst = glyph;
      wordLast = glyph;
      wordBaseline = Math.max(wordBaseline, glyph.getYDirAdj());
      word.append(text);
    }
  }

  private static boolean isSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
    }
    return true;
  }

  /** A word's size and weight are those of its first glyph; words rarely change font inside. */
  private void endWord() {
    if (wordFirst == null) return;
    String text = normalize(word).strip();
    if (!text.isEmpty()) {
      words.add(new Word(text, wordFirst.getXDirAdj(), wordLast.getXDirAdj() + wordLast.getWidthDirAdj(),
          effectiveSize(wordFirst), bold(wordFirst.getFont()), wordBaseline));
      baseline = Float.isNaN(baseline) ? wordFirst.getYDirAdj() : Math.max(baseline, wordFirst.getYDirAdj());
    }
    word.setLength(0);
    wordBaseline = -Float.MAX_VALUE;
    wordFirst = null;
    wordLast = null;
  }

  private void endLine() {
    endWord();
    if (!words.isEmpty()) lines.add(TextLine.of(page, words).atBaseline(baseline));
    words = new ArrayList<>();
    baseline = Float.NaN;
  }

  /** Text must overlap the line's lowest baseline by a little to be on it (PDFBox's rule, tops down). */
  private static boolean overlaps(float y1, float height1, float y2, float height2) {
    return (y2 < y1 + 0.1f && y2 > y1 - 0.1f) || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
  }

  private static boolean fontOrSizeChanged(TextPosition current, TextPosition last) {
    if (Float.compare(current.getFontSize(), last.getFontSize()) != 0) return true;
    PDFont a = current.getFont(), b = last.getFont();
    if (a == b) return false;
    if (a == null || b == null) return true;
    return a.getName() != null ? !a.getName().equals(b.getName()) : b.getName() != null || a.hashCode() != b.hashCode();
  }

  /**
   * Ligatures and presentation forms (U+FB00–U+FDFF, U+FE70–U+FEFF) decomposed, right-to-left runs put in
   * reading order, and the result composed (NFC), so that "Å" is one character however the PDF drew it.
   */
  static String normalize(CharSequence drawn) {
    String s = drawn.toString();
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c < 0x0300;
    }
    if (plain) return s;
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (0xFB00 <= c && c <= 0xFDFF || 0xFE70 <= c && c <= 0xFEFF) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).strip();
        out.append(0xFB1D <= c && d.length() > 1 ? new StringBuilder(d).reverse() : d);
      } else {
        out.append(c);
      }
    }
    s = out.toString();
    if (Bidi.requiresBidi(s.toCharArray(), 0, s.length())) s = logicalOrder(s);
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Text drawn left to right whose runs are right-to-left, in the order it is read. */
  private static String logicalOrder(String visual) {
    Bidi bidi = new Bidi(visual, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    String[] texts = new String[runs];
    for (int r = 0; r < runs; r++) {
      String run = visual.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
      levels[r] = (byte) bidi.getRunLevel(r);
      texts[r] = levels[r] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
    }
    Bidi.reorderVisually(levels, 0, texts, 0, runs);
    return String.join("", texts);
  }

  /**
   * The size the glyph is drawn at on the page, in points: the font size scaled by the text and the
   * page transforms (Chromium, for one, sets 13.33 "px" type under a 0.75 page scale).
   */
  private static float effectiveSize(TextPosition p) {
    float size = Math.abs(p.getYScale());
    return size > 0 ? size : p.getFontSizeInPt();
  }

  private boolean bold(PDFont font) {
    return font != null && boldFonts.computeIfAbsent(font, GlyphLines::isBold);
  }

  /** A font is bold by its name (as most exports embed it), its descriptor's weight or its force-bold flag. */
  static boolean isBold(PDFont font) {
    String name = font.getName();
    if (name != null) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("demi")) {
        return true;
      }
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }
}
