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
 * PDFBox calls {@code writeString} once per word and {@code writeLineSeparator} between lines; the lines
 * are then put in reading order ({@link #inReadingOrder}).
 */
final class LineCollector extends PDFTextStripper {
  private final List<PageText> pages = new ArrayList<>();
  private List<TextLine> lines = new ArrayList<>();
  private List<Word> words = new ArrayList<>();
  private float baseline = Float.NaN;
  private PDRectangle box;

  LineCollector() {
    setSortByPosition(false);
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
    if (positions.isEmpty()) return;
    if (text.indexOf(' ') < 0 && text.indexOf('\u00A0') < 0 && !text.isBlank()) {
      addWord(text, positions);
      return;
    }
    // PDFBox's "word" is a run between gaps it measured itself; spaces the PDF draws as glyphs stay
    // inside it. Split at those too, so that every word carries its own position.
    int start = 0;
    for (int i = 0; i <= positions.size(); i++) {
      if (i == positions.size() || positions.get(i).getUnicode().isBlank()) {
        if (i > start) {
          StringBuilder word = new StringBuilder();
          for (TextPosition p : positions.subList(start, i)) word.append(p.getUnicode());
          addWord(word.toString(), positions.subList(start, i));
        }
        start = i + 1;
      }
    }
  }

  /** A word's size and weight are those of its first glyph; words rarely change font inside. */
  private void addWord(String raw, List<TextPosition> positions) {
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    String word = (Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC)).strip();
    if (word.isEmpty()) return;
    words.add(new Word(word, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), effectiveSize(first),
        bold(first.getFont())));
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
    pages.add(new PageText(getCurrentPageNo(), box.getWidth(), box.getHeight(), inReadingOrder(lines)));
  }

  /**
   * PDFBox is asked for text in the order the page draws it, which is cheaper than its glyph-by-glyph
   * sort; lines are put in reading order here instead: top to bottom, and pieces of one line drawn apart
   * (table cells drawn column by column, a header's left and right parts) joined left to right.
   */
  static List<TextLine> inReadingOrder(List<TextLine> drawn) {
    List<TextLine> sorted = new ArrayList<>(drawn);
    sorted.sort(java.util.Comparator.comparingDouble(TextLine::y));
    List<TextLine> out = new ArrayList<>();
    for (TextLine line : sorted) {
      TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Math.abs(line.y() - last.y()) < 0.3f * Math.min(last.fontSize(), line.fontSize())) {
        List<Word> words = new ArrayList<>(last.words());
        words.addAll(line.words());
        words.sort(java.util.Comparator.comparingDouble(Word::x));
        out.set(out.size() - 1, TextLine.of(last.page(), words).atBaseline(Math.max(last.y(), line.y())));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The size the glyph is drawn at on the page, in points: the font size scaled by the text and the
   * page transforms (Chromium, for one, sets 13.33 "px" type under a 0.75 page scale).
   */
  private static float effectiveSize(TextPosition p) {
    float size = Math.abs(p.getYScale());
    return size > 0 ? size : p.getFontSizeInPt();
  }

  private final java.util.Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();

  private boolean bold(PDFont font) {
    return font != null && boldFonts.computeIfAbsent(font, LineCollector::isBold);
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
