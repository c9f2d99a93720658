package dev.minutes.extract;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects positioned words and lines from PDFBox's text stripper instead of a flat string.
 * PDFBox calls {@code writeString} once per word and {@code writeLineSeparator} between lines.
 */
final class LineCollector extends PDFTextStripper {
  private final List<PageText> pages = new ArrayList<>();
  private List<TextLine> lines = new ArrayList<>();
  private List<Word> words = new ArrayList<>();
  private float baseline = Float.NaN;
  private PDRectangle box;

  LineCollector() {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
    setAddMoreFormatting(false);
  }

  List<PageText> collect(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
    writeText(document, Writer.nullWriter());
    return List.copyOf(pages);
  }

  @Override
  protected void startPage(PDPage page) {
    box = page.getCropBox();
    lines = new ArrayList<>();
    words = new ArrayList<>();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    // PDFBox's "word" is a run between gaps it measured itself; spaces the PDF draws as glyphs stay
    // inside it. Split at those too, so that every word carries its own position.
    int start = 0;
    for (int i = 0; i <= positions.size(); i++) {
      if (i == positions.size() || positions.get(i).getUnicode().isBlank()) {
        if (i > start) addWord(positions.subList(start, i));
        start = i + 1;
      }
    }
  }

  private void addWord(List<TextPosition> positions) {
    StringBuilder text = new StringBuilder();
    float size = 0;
    int bold = 0;
    for (TextPosition p : positions) {
      text.append(p.getUnicode());
      size = Math.max(size, effectiveSize(p));
      if (isBold(p.getFont())) bold++;
    }
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    String word = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
    if (word.isEmpty()) return;
    words.add(new Word(word, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), size,
        bold * 2 > positions.size()));
    baseline = Float.isNaN(baseline) ? first.getYDirAdj() : Math.max(baseline, first.getYDirAdj());
  }

  @Override
  protected void writeWordSeparator() {
    // Words are kept apart as records; the gap between them is measured, not written.
  }

  @Override
  protected void writeLineSeparator() {
    if (!words.isEmpty()) {
      lines.add(TextLine.of(getCurrentPageNo(), words).atBaseline(baseline));
    }
    words = new ArrayList<>();
    baseline = Float.NaN;
  }

  @Override
  protected void endPage(PDPage page) {
    writeLineSeparator();
    pages.add(new PageText(getCurrentPageNo(), box.getWidth(), box.getHeight(), lines));
  }

  /**
   * The size the glyph is drawn at on the page, in points: the font size scaled by the text and the
   * page transforms (Chromium, for one, sets 13.33 "px" type under a 0.75 page scale).
   */
  private static float effectiveSize(TextPosition p) {
    float size = Math.abs(p.getYScale());
    return size > 0 ? size : p.getFontSizeInPt();
  }

  /** A font is bold by its name (as most exports embed it), its descriptor's weight or its force-bold flag. */
  static boolean isBold(PDFont font) {
    if (font == null) return false;
    String name = font.getName();
    if (name != null) {
      String n = name.toLowerCase(java.util.Locale.ROOT);
      if (n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold")
          || n.contains("demi")) {
        return true;
      }
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }
}
