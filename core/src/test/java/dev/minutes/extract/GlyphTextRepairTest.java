package dev.minutes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Test;

/**
 * The repair of wrong ToUnicode maps ({@link GlyphTextRepair}) on PDFs made here: Liberation Sans (SIL OFL,
 * the font PDFBox bundles) embedded, and ToUnicode maps written wrong on purpose.
 */
class GlyphTextRepairTest {
  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** One text drawn per font, each on its own line. */
  record Run(String text) {}

  interface FontLoader {
    PDFont load(PDDocument doc, InputStream ttf) throws IOException;
  }

  static final FontLoader SIMPLE = (doc, in) -> PDTrueTypeFont.load(doc, in, WinAnsiEncoding.INSTANCE);
  /** Subsets, as PDFBox makes them: no cmap, no post table, so no evidence of their own. */
  static final FontLoader TYPE0 = PDType0Font::load;
  /** The whole font, with its cmap and glyph names. */
  static final FontLoader TYPE0_WHOLE = (doc, in) -> PDType0Font.load(doc, in, false);

  /** A page with each text in a font of its own (fonts F1, F2, …), saved. */
  static byte[] pdf(FontLoader loader, String... texts) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = 700;
        for (String text : texts) {
          PDFont font;
          try (InputStream in = GlyphTextRepairTest.class.getResourceAsStream(FONT)) {
            font = loader.load(doc, in);
          }
          s.beginText();
          s.setFont(font, 12);
          s.newLineAtOffset(72, y);
          s.showText(text);
          s.endText();
          y -= 20;
        }
      }
      return save(doc);
    }
  }

  /**
   * Rewrites the ToUnicode map of the {@code index}-th font (in name order) of page 1 as exporters write
   * them, for the characters the page draws: each keeps its text, except that the texts named in
   * {@code wrong} are replaced.
   */
  static byte[] wrongMap(byte[] pdf, int index, Map<String, String> wrong) throws IOException {
    String drawn;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      drawn = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDResources res = doc.getPage(0).getResources();
      List<COSName> names = new ArrayList<>();
      res.getFontNames().forEach(names::add);
      names.sort((a, b) -> a.getName().compareTo(b.getName()));
      PDFont font = res.getFont(names.get(index));
      boolean twoBytes = font instanceof PDType0Font;
      StringBuilder entries = new StringBuilder();
      int n = 0;
      for (int code = 0; code < (twoBytes ? 65_536 : 256); code++) {
        String text = font.toUnicode(code);
        // the stripper writes ligatures (U+FB01) as their letters
        if (text == null || !drawn.contains(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
          continue;
        }
        text = wrong.getOrDefault(text, text);
        entries.append(String.format(twoBytes ? "<%04X> <" : "<%02X> <", code));
        for (char c : text.toCharArray()) entries.append(String.format("%04X", (int) c));
        entries.append(">\n");
        n++;
      }
      String cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
          + (twoBytes ? "<0000> <FFFF>" : "<00> <FF>") + "\nendcodespacerange\n"
          + n + " beginbfchar\n" + entries + "endbfchar\nendcmap\n"
          + "CMapName currentdict /CMap defineresource pop\nend\nend\n";
      COSStream stream = doc.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream()) {
        out.write(cmap.getBytes(StandardCharsets.US_ASCII));
      }
      font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
      return save(doc);
    }
  }

  /**
   * Takes from every embedded font the evidence of its own: its {@code cmap} and {@code post} tables are
   * renamed in the table directory, as symbolic subsets come without them.
   */
  static byte[] withoutOwnEvidence(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDResources res = doc.getPage(0).getResources();
      for (COSName name : res.getFontNames()) {
        COSDictionary font = res.getFont(name).getCOSObject();
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray d) {
          font = (COSDictionary) d.getObject(0);
        }
        COSDictionary descriptor = (COSDictionary) font.getDictionaryObject(COSName.FONT_DESC);
        COSStream file = (COSStream) descriptor.getDictionaryObject(COSName.FONT_FILE2);
        byte[] bytes;
        try (InputStream in = file.createInputStream()) {
          bytes = in.readAllBytes();
        }
        int tables = (bytes[4] & 0xFF) << 8 | bytes[5] & 0xFF;
        for (int t = 0; t < tables; t++) {
          int at = 12 + 16 * t;
          String tag = new String(bytes, at, 4, StandardCharsets.US_ASCII);
          if (tag.equals("cmap") || tag.equals("post")) bytes[at] = 'x';
        }
        try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(bytes);
        }
      }
      return save(doc);
    }
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  static List<String> lines(byte[] pdf, boolean repair) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new LineCollector(repair).collect(doc).get(0).lines().stream().map(TextLine::text).toList();
    }
  }

  @Test
  void theFontsOwnCmapAndGlyphNamesOverruleAMapWrongForSomeGlyphs() throws Exception {
    for (FontLoader loader : List.of(SIMPLE, TYPE0_WHOLE)) {
      byte[] pdf = wrongMap(pdf(loader, "Protokollet justeras elektroniskt"), 0, Map.of("l", "j", "t", "r"));
      assertEquals(List.of("Prorokojjer jusreras ejekrroniskr"), lines(pdf, false));
      assertEquals(List.of("Protokollet justeras elektroniskt"), lines(pdf, true));
    }
  }

  @Test
  void aGlyphToldAsTwoLettersIsReadByItsOwnEvidence() throws Exception {
    // as the Nykarleby maps tell a glyph "kä" or "qv": the glyph's cmap entry and name say "a"
    byte[] pdf = wrongMap(pdf(TYPE0_WHOLE, "Mötet avslutades"), 0, Map.of("a", "ad"));
    assertEquals(List.of("Mötet advslutaddes"), lines(pdf, false));
    assertEquals(List.of("Mötet avslutades"), lines(pdf, true));
  }

  /** Every printable character told as the one three places on (a space as "#", "a" as "d"). */
  static Map<String, String> shifted() {
    Map<String, String> shifted = new java.util.HashMap<>();
    for (char c = ' '; c <= '~'; c++) shifted.put(String.valueOf(c), String.valueOf((char) (' ' + (c - ' ' + 3) % 95)));
    for (char c : "åäöÅÄÖ".toCharArray()) shifted.put(String.valueOf(c), String.valueOf((char) (c + 3)));
    return shifted;
  }

  @Test
  void aMapWrongThroughoutIsKeptForNothingTellsWhichSideIsRight() throws Exception {
    // the font's cmap disagrees with the map on every glyph: one of them is no Unicode map, and nothing
    // in the font tells which
    byte[] pdf = wrongMap(pdf(SIMPLE, "protokollet justeras"), 0, shifted());
    assertEquals(List.of("surwrnroohw#mxvwhudv"), lines(pdf, true));
  }

  @Test
  void withoutEvidenceOfItsOwnAGlyphIsReadByTheOtherFontsThatDrawIt() throws Exception {
    byte[] pdf = pdf(TYPE0, "Protokollet justeras", "Alla ledamöter justerar", "protokollet justeras snabbt");
    pdf = withoutOwnEvidence(wrongMap(pdf, 2, Map.of("l", "j")));
    assertEquals(List.of("Protokollet justeras", "Alla ledamöter justerar", "protokojjet justeras snabbt"),
        lines(pdf, false));
    assertEquals(List.of("Protokollet justeras", "Alla ledamöter justerar", "protokollet justeras snabbt"),
        lines(pdf, true));
  }

  @Test
  void aGlyphThatReadsAsAControlCodeIsReadByTheOtherFontsThatDrawIt() throws Exception {
    // a damaged subset's full stop reads as U+0019, as a code that neither map nor encoding gives a text does
    byte[] pdf = pdf(TYPE0, "Protokollet justeras.", "Alla ledamöter justerar.", "protokollet justeras snabbt.");
    pdf = withoutOwnEvidence(wrongMap(pdf, 2, Map.of("l", "j", ".", "\u0019")));
    assertEquals("protokojjet justeras snabbt\u0019", lines(pdf, false).get(2));
    assertEquals(List.of("Protokollet justeras.", "Alla ledamöter justerar.", "protokollet justeras snabbt."),
        lines(pdf, true));
  }

  @Test
  void withoutEvidenceAMapIsKeptWhereTheOtherFontsDoNotOutvoteIt() throws Exception {
    // the one other font that draws "l" says "l", the damaged one "j" for two glyphs: half a vote against
    // one, but the other font's "j" is not drawn anywhere else, so "j" stays undecided for the second glyph
    byte[] pdf = pdf(TYPE0, "Protokollet", "protokollet justeras");
    pdf = withoutOwnEvidence(wrongMap(pdf, 1, Map.of("l", "j")));
    List<String> repaired = lines(pdf, true);
    assertEquals("Protokollet", repaired.get(0));
    assertTrue(repaired.get(1).equals("protokollet justeras") || repaired.get(1).equals("protokojjet justeras"),
        repaired.get(1));
  }

  @Test
  void aLigatureToldAsItsFirstLetterIsReadByItsWidthAndOutline() throws Exception {
    // Liberation Sans draws "ﬁ" and "ﬂ" as wide as "f" and "i", "f" and "l" (i and l are equally wide):
    // the widths admit either ligature for each glyph, and their outlines tell which
    byte[] pdf = pdf(TYPE0, "Protokollet fick filer", "ﬁlen ﬂyttades fick");
    pdf = withoutOwnEvidence(wrongMap(pdf, 1, Map.of("ﬁ", "f", "ﬂ", "f")));
    assertEquals(List.of("Protokollet fick filer", "flen fyttades fick"), lines(pdf, false));
    assertEquals(List.of("Protokollet fick filer", "filen flyttades fick"), lines(pdf, true));
  }

  @Test
  void aWideGlyphToldAsALetterIsNoLigatureUnlessItsOutlineIsTheLetters() throws Exception {
    // "m" told "f" is as wide as "f" and "h" together, and nearly as "f" and "k": its outline is neither
    byte[] pdf = pdf(TYPE0, "Protokollet hade fick", "fick mot hat");
    pdf = withoutOwnEvidence(wrongMap(pdf, 1, Map.of("m", "f")));
    assertEquals(List.of("Protokollet hade fick", "fick fot hat"), lines(pdf, false));
    assertEquals(List.of("Protokollet hade fick", "fick fot hat"), lines(pdf, true));
  }

  @Test
  void aMapThatGivesEveryGlyphOneTextIsLeftAloneAndQuickly() throws Exception {
    String drawn = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789åäöÅÄÖ";
    Map<String, String> all = new java.util.HashMap<>();
    for (char c : drawn.toCharArray()) all.put(String.valueOf(c), "a");
    byte[] pdf = pdf(TYPE0, drawn, drawn, drawn);
    for (int font = 0; font < 3; font++) pdf = wrongMap(pdf, font, all);
    long start = System.nanoTime();
    List<String> lines = lines(pdf, true);
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
    assertEquals(lines(pdf, false), lines);
    assertTrue(lines.get(0).replace(" ", "").matches("a{60,}"), lines.get(0));
  }

  @Test
  void glyphNamesAreReadThroughTheAdobeGlyphList() {
    assertEquals("l", GlyphTextRepair.fromGlyphName("l"));
    assertEquals("fi", GlyphTextRepair.fromGlyphName("f_i"));
    assertEquals("\uFB01", GlyphTextRepair.fromGlyphName("fi"));
    assertEquals("ti", GlyphTextRepair.fromGlyphName("t_i.liga"));
    assertEquals("ä", GlyphTextRepair.fromGlyphName("uni00E4"));
    assertEquals("ti", GlyphTextRepair.fromGlyphName("uni00740069"));
    assertEquals("😀", GlyphTextRepair.fromGlyphName("u1F600"));
    assertEquals(null, GlyphTextRepair.fromGlyphName(".notdef"));
    assertEquals(null, GlyphTextRepair.fromGlyphName("glyph123"));
  }
}
