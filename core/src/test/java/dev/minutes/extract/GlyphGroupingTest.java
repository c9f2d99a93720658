package dev.minutes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Glyphs to words and lines: PDFs drawn the ways exporters draw text, and what extraction makes of them. */
class GlyphGroupingTest {
  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  interface Drawing {
    void draw(PDPageContentStream s) throws IOException;
  }

  static List<TextLine> lines(Drawing drawing) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        drawing.draw(s);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return new PdfTextExtractor(true).extract(out.toByteArray(), "t.pdf").pages().get(0).lines();
    }
  }

  static void text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text) throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  static List<String> texts(List<TextLine> lines) {
    return lines.stream().map(TextLine::text).toList();
  }

  @Test
  void textDrawnTwiceForFakeBoldIsReadOnce() throws Exception {
    List<TextLine> lines = lines(s -> {
      text(s, HELVETICA, 11, 72, 700, "Beslut fattades");
      text(s, HELVETICA, 11, 72.4f, 700, "Beslut fattades");
      text(s, HELVETICA, 11, 72, 686, "Beslut fattades");
    });
    assertEquals(List.of("Beslut fattades", "Beslut fattades"), texts(lines));
  }

  @Test
  void wordsAreSplitAtGapsWhenNoSpaceIsDrawn() throws Exception {
    List<TextLine> lines = lines(s -> {
      float x = 72;
      for (String w : new String[] {"Mötet", "öppnades", "kl.", "18.00"}) {
        text(s, HELVETICA, 11, x, 700, w);
        x += HELVETICA.getStringWidth(w) / 1000 * 11 + HELVETICA.getStringWidth(" ") / 1000 * 11;
      }
      // letters placed one by one, without gaps, stay one word
      x = 72;
      for (char c : "Justering".toCharArray()) {
        text(s, HELVETICA, 11, x, 680, String.valueOf(c));
        x += HELVETICA.getStringWidth(String.valueOf(c)) / 1000 * 11;
      }
    });
    assertEquals(List.of("Mötet öppnades kl. 18.00", "Justering"), texts(lines));
    assertEquals(4, lines.get(0).words().size());
    assertEquals(1, lines.get(1).words().size());
  }

  @Test
  void anAccentDrawnApartIsMergedIntoItsLetter() throws Exception {
    List<TextLine> lines = lines(s -> {
      text(s, HELVETICA, 11, 72, 700, "Sk");
      float o = 72 + HELVETICA.getStringWidth("Sk") / 1000 * 11;
      text(s, HELVETICA, 11, o, 700, "o");
      float centre = (HELVETICA.getStringWidth("o") - HELVETICA.getStringWidth("\u00A8")) / 2000 * 11;
      text(s, HELVETICA, 11, o + centre, 700, "\u00A8");
      text(s, HELVETICA, 11, o + HELVETICA.getStringWidth("o") / 1000 * 11, 700, "vde");
    });
    assertEquals(List.of("Skövde"), texts(lines));
  }

  @Test
  void piecesOfOneLineDrawnApartAreJoinedLeftToRight() throws Exception {
    List<TextLine> lines = lines(s -> {
      text(s, BOLD, 11, 400, 700, "2024-03-05");
      text(s, HELVETICA, 11, 72, 700, "Protokoll styrelsemöte");
      text(s, HELVETICA, 11, 72, 680, "Närvarande");
    });
    assertEquals(List.of("Protokoll styrelsemöte 2024-03-05", "Närvarande"), texts(lines));
    TextLine first = lines.get(0);
    assertTrue(first.words().get(2).bold());
    assertFalse(first.words().get(0).bold());
    assertTrue(first.gapBefore(2) > 100);
  }

  @Test
  void anActualTextSpanReplacesTheTextOfItsGlyphs() throws Exception {
    List<TextLine> lines = lines(s -> {
      COSDictionary span = new COSDictionary();
      span.setString(COSName.ACTUAL_TEXT, "Åtgärder");
      s.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
      text(s, HELVETICA, 11, 72, 700, "Atgarder");
      s.endMarkedContent();
      text(s, HELVETICA, 11, 72 + HELVETICA.getStringWidth("Atgarder ") / 1000 * 11, 700, "och beslut");
    });
    assertEquals(List.of("Åtgärder och beslut"), texts(lines));
  }

  @Test
  void repeatsAreFoundWithinTheToleranceOnly() {
    RepeatedGlyphs repeats = new RepeatedGlyphs();
    assertFalse(repeats.repeats("a", 100, 100, 6));
    assertTrue(repeats.repeats("a", 101.9f, 98.1f, 6), "within a third of the width");
    assertFalse(repeats.repeats("a", 102.1f, 100, 6), "beyond it");
    assertFalse(repeats.repeats("b", 100, 100, 6), "another letter");
    // across a cell boundary (cells are 8 points)
    assertFalse(repeats.repeats("c", 7.5f, 7.5f, 6));
    assertTrue(repeats.repeats("c", 8.5f, 8.5f, 6));
    // a page with many glyphs: every new position is new, every old one a repeat
    for (int i = 0; i < 20_000; i++) assertFalse(repeats.repeats("x", (i % 100) * 6, 200 + (i / 100) * 12, 6));
    for (int i = 0; i < 20_000; i += 7) assertTrue(repeats.repeats("x", (i % 100) * 6 + 0.5f, 200 + (i / 100) * 12, 6));
    repeats.clear();
    assertFalse(repeats.repeats("a", 100, 100, 6), "a new page remembers nothing");
    assertFalse(repeats.repeats("w", 100, 100, Float.NaN), "no width: never a repeat");
    // A damaged font's absurd widths: the tolerance stops at 32 points, so lookups stay a few cells.
    repeats.clear();
    assertFalse(repeats.repeats("m", 100, 100, 1e9f));
    assertTrue(repeats.repeats("m", 131, 100, 1e9f));
    assertFalse(repeats.repeats("m", 133, 100, 1e9f));
    for (int i = 0; i < 50_000; i++) repeats.repeats("m", i * 40f, 500 + (i % 7) * 40f, Float.POSITIVE_INFINITY);
    // A glyph with no text (inside an /ActualText span) has no width per character: the cap applies.
    assertFalse(repeats.repeats("", 10, 10, 5));
    assertTrue(repeats.repeats("", 30, 10, 5));
  }
}
