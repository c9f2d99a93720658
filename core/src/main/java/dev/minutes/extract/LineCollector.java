package dev.minutes.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects positioned words and lines from PDFBox's content stream engine instead of a flat string. The
 * engine hands over every glyph with its position; repeated glyphs are dropped ({@link RepeatedGlyphs}),
 * accents drawn apart are merged into their letter, glyphs are grouped into words and lines
 * ({@link GlyphLines}) and the lines put in reading order ({@link #inReadingOrder}). PDFBox's own grouping,
 * sorting and text writing are not used: for this job they cost more than the rest of the parse.
 */
final class LineCollector extends PDFTextStripper {
  private final List<PageText> pages = new ArrayList<>();
  private final RepeatedGlyphs repeats = new RepeatedGlyphs();
  private final Map<PDFont, Boolean> fontWeights = new IdentityHashMap<>();
  private final Deque<Boolean> markedContent = new ArrayDeque<>();
  private GlyphLines pageLines;
  private TextPosition pending;
  private String actualText;
  private boolean firstOfActualText;
  private PDRectangle box;
  private final boolean repairText;
  private GlyphTextRepair repair;
  /** The repaired text of the glyph being shown, or null where its own text stands. */
  private String repairedText;

  LineCollector() {
    this(true);
  }

  /** @param repairText whether glyphs' texts are repaired where their font's ToUnicode map is wrong */
  LineCollector(boolean repairText) {
    this.repairText = repairText;
    setSortByPosition(false);
  }

  List<PageText> collect(PDDocument document) throws IOException {
    repair = repairText ? new GlyphTextRepair(document) : null;
    writeText(document, Writer.nullWriter());
    return List.copyOf(pages);
  }

  /** How many glyphs were given a repaired text ({@link GlyphTextRepair}). */
  int repairedGlyphs() {
    return repair == null ? 0 : repair.repairedGlyphs();
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    repairedText = repair == null ? null : repair.repair(font, code);
    try {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    } finally {
      repairedText = null;
    }
  }

  @Override
  protected void startPage(PDPage p) {
    box = p.getCropBox();
    pageLines = new GlyphLines(getCurrentPageNo(), fontWeights);
    repeats.clear();
    pending = null;
  }

  /** An /ActualText span replaces the text of its glyphs: the first carries it, the others none. */
  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    String text = PDMarkedContent.create(tag, properties).getActualText();
    markedContent.push(text != null);
    if (text != null) {
      actualText = text.replace("\u00ad", "");
      firstOfActualText = true;
    }
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    Boolean hadActualText = markedContent.poll();
    if (hadActualText != null && hadActualText) actualText = null;
    super.endMarkedContentSequence();
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    if (actualText != null) {
      flushPending();
      pageLines.add(glyph, firstOfActualText ? actualText : "");
      firstOfActualText = false;
      return;
    }
    if (repairedText != null) {
      // a repaired glyph stands as it is: accents drawn apart are merged by the text its font gave them
      if (repeats.repeats(repairedText, glyph.getX(), glyph.getY(), glyph.getWidth())) return;
      flushPending();
      pageLines.add(glyph, repairedText);
      return;
    }
    if (repeats.repeats(glyph.getUnicode(), glyph.getX(), glyph.getY(), glyph.getWidth())) return;
    // An accent drawn as a glyph of its own is merged into the letter it sits on, before or after it: the
    // letter its middle stands over (TeX draws "å" as N, ring, a with the ring over the a, touching the N).
    if (pending != null) {
      if (glyph.isDiacritic() && pending.contains(glyph) && middleOver(glyph, pending)) {
        pending.mergeDiacritic(glyph);
        return;
      }
      if (pending.isDiacritic() && glyph.contains(pending)) {
        glyph.mergeDiacritic(pending);
        pending = glyph;
        return;
      }
      flushPending();
    }
    pending = glyph;
  }

  private static boolean middleOver(TextPosition accent, TextPosition letter) {
    float middle = accent.getX() + accent.getWidth() / 2;
    return middle >= letter.getX() - 0.5f && middle <= letter.getX() + letter.getWidth() + 0.5f;
  }

  private void flushPending() {
    if (pending != null) pageLines.add(pending, pending.getUnicode());
    pending = null;
  }

  @Override
  protected void writePage() {
    flushPending();
  }

  @Override
  protected void endPage(PDPage p) {
    pages.add(new PageText(getCurrentPageNo(), box.getWidth(), box.getHeight(), inReadingOrder(pageLines.finish())));
  }

  /**
   * Glyphs come in the order the page draws them, which costs nothing, unlike PDFBox's glyph-by-glyph
   * sort; lines are put in reading order here instead: top to bottom, and pieces of one line drawn apart
   * (table cells drawn column by column, a header's left and right parts) joined left to right. A piece
   * drawn over another (text printed on top of text) is put after it whole, not interleaved word by word.
   */
  static List<TextLine> inReadingOrder(List<TextLine> drawn) {
    List<TextLine> sorted = new ArrayList<>(drawn);
    sorted.sort(Comparator.comparingDouble(TextLine::y));
    List<TextLine> out = new ArrayList<>();
    for (TextLine line : sorted) {
      TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Math.abs(line.y() - last.y()) < 0.3f * Math.min(last.fontSize(), line.fontSize())) {
        List<Word> words = new ArrayList<>(last.words());
        words.addAll(line.words());
        if (!overlap(last.words(), line.words())) words.sort(Comparator.comparingDouble(Word::x));
        out.set(out.size() - 1, TextLine.of(last.page(), words).atBaseline(Math.max(last.y(), line.y())));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** Whether a word of one piece covers more than a point of a word of the other. */
  private static boolean overlap(List<Word> a, List<Word> b) {
    for (Word u : a) {
      for (Word v : b) {
        if (Math.min(u.endX(), v.endX()) - Math.max(u.x(), v.x()) > 1f) return true;
      }
    }
    return false;
  }
}
