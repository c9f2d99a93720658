package dev.minutes.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.extract.PageText;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.fixtures.OddPdfs;
import dev.minutes.model.Minutes;
import dev.minutes.model.Warning;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** OCR's rules that need no Tesseract: reading hOCR, sizes, weights, skew, which pages and packs. */
class OcrRulesTest {
  static final String HOCR = """
      <div class='ocr_page' id='page_1' title='image "stdin"; bbox 0 0 1240 1754; ppageno 0; scan_res 150 150'>
       <span class='ocr_line' id='line_1_1' title="bbox 117 165 745 200; baseline 0.001 -8; x_size 35; x_descenders 7; x_ascenders 9">
        <span class='ocrx_word' id='word_1_1' title='bbox 117 166 141 192; x_wconf 91'>4,</span>
        <span class='ocrx_word' id='word_1_2' title='bbox 200 165 400 200; x_wconf 95'><strong>Bilagor</strong></span>
        <span class='ocrx_word' id='word_1_3' title='bbox 410 165 500 192; x_wconf 40'>R&amp;D</span>
       </span>
       <span class='ocr_header' id='line_1_2' title="bbox 117 230 300 262; baseline 0 -6; x_size 30">
        <span class='ocrx_word' id='word_1_4' title='bbox 117 230 300 262; x_wconf 96'>Anteckningar</span>
       </span>
      </div>""";

  @Test
  void readsTesseractsHocr() {
    List<Hocr.Line> lines = Hocr.lines(HOCR);
    assertEquals(2, lines.size());
    Hocr.Line first = lines.get(0);
    assertEquals(List.of("4,", "Bilagor", "R&D"), first.words().stream().map(Hocr.Word::text).toList());
    assertEquals(new Hocr.Box(117, 166, 141, 192), first.words().get(0).box());
    assertEquals(40, first.words().get(2).confidence());
    assertEquals(35, first.xSize());
    assertEquals(200 - 8 + 0.001 * 100, first.baselineAt(217), 1e-9);
    assertEquals("Anteckningar", lines.get(1).words().get(0).text());
  }

  @Test
  void aHeadingsNumberGetsTheDotsOcrReadAsCommasOrColons() {
    assertEquals("4.", OcrReader.number("4,", "Övrigt"));
    assertEquals("5.", OcrReader.number("5:", "Next"));
    assertEquals("3.1.", OcrReader.number("3,1:", "Migration"));
    assertEquals("6.10.", OcrReader.number("6.10.", "Attraktiv"));
    // not before a capital, not a year, not text
    assertEquals("4,", OcrReader.number("4,", "och"));
    assertEquals("2019,", OcrReader.number("2019,", "Anna"));
    assertEquals("kl.", OcrReader.number("kl.", "Anna"));
    assertEquals("4,", OcrReader.number("4,", null));
  }

  @Test
  void specksAndRulesAreNoWords() {
    Hocr.Line line = new Hocr.Line(new Hocr.Box(0, 0, 1000, 40), 0, -8, 40, List.of());
    assertTrue(OcrReader.noise(new Hocr.Word("|", new Hocr.Box(0, 0, 3, 40), 90), line));
    assertTrue(OcrReader.noise(new Hocr.Word(".", new Hocr.Box(0, 30, 4, 34), 86), line));
    assertTrue(OcrReader.noise(new Hocr.Word("~", new Hocr.Box(0, 10, 6, 14), 30), line));
    assertTrue(OcrReader.noise(new Hocr.Word("i", new Hocr.Box(0, 10, 3, 14), 24), line));
    // a dash is wider than a speck; a short word is as tall as the line's capitals
    assertFalse(OcrReader.noise(new Hocr.Word("-", new Hocr.Box(0, 20, 15, 24), 40), line));
    // a dash Tesseract doubts whose box is a tall stroke is a speck; a thin one it doubts is a dash
    assertTrue(OcrReader.noise(new Hocr.Word("—", new Hocr.Box(0, 0, 10, 37), 0), line));
    assertFalse(OcrReader.noise(new Hocr.Word("—", new Hocr.Box(0, 18, 30, 22), 0), line));
    assertFalse(OcrReader.noise(new Hocr.Word("Se", new Hocr.Box(0, 6, 30, 32), 38), line));
    assertFalse(OcrReader.noise(new Hocr.Word("i", new Hocr.Box(0, 6, 4, 32), 90), line));
  }

  @Test
  void aGapReadAsADashAfterAHeadingsNumberIsNoWord() {
    Hocr.Line line = new Hocr.Line(new Hocr.Box(0, 0, 1000, 40), 0, -8, 40, List.of());
    Hocr.Word number = new Hocr.Word("2.5", new Hocr.Box(0, 6, 40, 32), 90);
    Hocr.Word title = new Hocr.Word("IT", new Hocr.Box(120, 6, 150, 32), 90);
    Hocr.Word gap = new Hocr.Word("-", new Hocr.Box(60, 4, 100, 34), 50);
    Hocr.Word stroke = new Hocr.Word("-", new Hocr.Box(60, 18, 75, 22), 50);
    assertEquals(List.of(number, title), OcrReader.gapAfterNumber(List.of(number, gap, title), line));
    // a thin dash is a dash; a tall one elsewhere is left to the other rules
    assertEquals(List.of(number, stroke, title), OcrReader.gapAfterNumber(List.of(number, stroke, title), line));
    assertEquals(List.of(title, gap, number), OcrReader.gapAfterNumber(List.of(title, gap, number), line));
  }

  @Test
  void aBulletReadAsAnotherMarkIsABullet() {
    Hocr.Line line = new Hocr.Line(new Hocr.Box(0, 0, 1000, 40), 0, -8, 40, List.of());
    Hocr.Word word = new Hocr.Word("Utbildningsplan", new Hocr.Box(40, 6, 300, 32), 90);
    List<Hocr.Word> alone = OcrReader.bullet(List.of(new Hocr.Word("«", new Hocr.Box(0, 14, 10, 24), 60), word), line);
    assertEquals(List.of("•", "Utbildningsplan"), alone.stream().map(Hocr.Word::text).toList());
    List<Hocr.Word> joined = OcrReader.bullet(List.of(new Hocr.Word("«Utbildningsplan", new Hocr.Box(0, 6, 300, 32), 70)),
        line);
    assertEquals(List.of("•", "Utbildningsplan"), joined.stream().map(Hocr.Word::text).toList());
    assertTrue(joined.get(0).box().right() < joined.get(1).box().left());
    // a capital's height is no bullet's; a sign before a word that is not a letter stays
    Hocr.Word star = new Hocr.Word("*", new Hocr.Box(0, 4, 10, 30), 60);
    assertEquals(List.of(star, word), OcrReader.bullet(List.of(star, word), line));
    Hocr.Word quote = new Hocr.Word("«»", new Hocr.Box(0, 6, 20, 32), 60);
    assertEquals(List.of(quote), OcrReader.bullet(List.of(quote), line));
  }

  @Test
  void lettersSplitIntoTallAndShortOnlyWhereTheyDifferClearly() {
    // x-height letters of 20 px and capitals of 28 px
    assertEquals(24, OcrReader.tallSplit(new double[] {20, 21, 19, 28, 27, 20, 28}), 1e-9);
    // one kind: the lowest, so that every letter is tall or the caller says short
    assertEquals(19, OcrReader.tallSplit(new double[] {20, 21, 19, 20, 22}), 1e-9);
  }

  @Test
  void sizesOfOneStyleReadAsOneAndLargerStepsStay() {
    // body lines measured a few percent apart, headings a point and a half larger, a title
    double[] sizes = {10.0, 10.3, 9.8, 10.1, 9.9, 11.8, 12.0, 18.2};
    int[] letters = {80, 80, 80, 80, 80, 20, 20, 30};
    double[] grouped = OcrReader.sizeGroups(sizes, letters);
    for (int i = 1; i < 5; i++) assertEquals(grouped[0], grouped[i], 1e-9);
    assertEquals(grouped[5], grouped[6], 1e-9);
    assertTrue(grouped[5] > grouped[0] + 1);
    assertTrue(grouped[7] > 18);
  }

  @Test
  void boldIsToldOnlyWhereTheWordsInkFallsInTwoClearGroups() {
    List<OcrReader.RawLine> clear = new ArrayList<>(), alike = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double jitter = 0.002 * (i % 7);
      clear.add(line(i % 5 == 0 ? 0.16 + jitter : 0.10 + jitter, i % 5 == 0 ? 0.5 : 0.32));
      alike.add(line(0.10 + 0.001 * i, 0.30 + 0.002 * i));
    }
    Weights.Decision d = Weights.of(clear);
    assertTrue(d.tells(), d.toString());
    assertTrue(d.bold(clear.get(0).words().get(0)));
    assertFalse(d.bold(clear.get(1).words().get(0)));
    assertFalse(Weights.of(alike).tells(), Weights.of(alike).toString());
  }

  private static OcrReader.RawLine line(double stroke, double density) {
    return new OcrReader.RawLine(1, List.of(new OcrReader.RawWord("Anteckningar", 56, 120, 95, stroke, density)), 100,
        10, 10, null);
  }

  @Test
  void measuresAndUndoesASmallTurn() {
    BufferedImage page = textPage();
    for (double degrees : new double[] {-1.7, 0.6, 2.0}) {
      BufferedImage turned = Deskew.straighten(page, -degrees);
      assertEquals(degrees, Deskew.skewDegrees(turned), 0.1, "turned by " + degrees);
      assertEquals(0, Deskew.skewDegrees(Deskew.straighten(turned, Deskew.skewDegrees(turned))), 0.1);
    }
    assertEquals(0, Deskew.skewDegrees(new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY)), 0.0);
  }

  /** A grey page of lines of text, as a 150 dpi scan would hold them. */
  static BufferedImage textPage() {
    BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 21));
    for (int y = 150; y < 1600; y += 31) {
      g.drawString("Kommunchefsgruppen resonerade kring utvecklingsmöjligheter för Umeåregionen", 117, y);
    }
    g.dispose();
    return page;
  }

  @Test
  void languagePacksFollowTheLabelSetsAndSayWhatIsMissing() {
    assertEquals("swe", Tesseract.packFor("sv"));
    assertEquals("eng", Tesseract.packFor("en"));
    assertEquals("deu", Tesseract.packFor("de"));
    assertEquals("nor", Tesseract.packFor("nb"));
    assertEquals("tesseract-ocr-swe", Tesseract.debianPackage("swe"));
    List<Warning> warnings = new ArrayList<>();
    assertEquals("swe", OcrReader.pack(List.of("sv", "en"), Set.of("swe", "eng"), null, warnings));
    assertEquals("eng", OcrReader.pack(List.of("sv", "en"), Set.of("swe", "eng"), "en", warnings));
    assertEquals(List.of(), warnings);
    assertEquals("eng", OcrReader.pack(List.of("sv", "en"), Set.of("eng", "osd"), null, warnings));
    assertEquals(1, warnings.size());
    assertEquals("ocr.language-missing", warnings.get(0).code());
    assertTrue(warnings.get(0).message().contains("apt-get install tesseract-ocr-swe"), warnings.get(0).message());
  }

  @Test
  void whichPagesEachModeReads() {
    TextLine words = TextLine.placed(1, List.of(new Word("Mötet", 56, 80, 10, false), new Word("öppnas", 83, 110, 10, false)),
        100);
    List<TextLine> junk = new ArrayList<>();
    for (int i = 0; i < 30; i++) junk.add(TextLine.placed(3, List.of(new Word("xqzkvtrw", 56, 100, 10, false)), 100 + 12 * i));
    List<PageText> pages = List.of(new PageText(1, 595, 842, List.of(words)), new PageText(2, 595, 842, List.of()),
        new PageText(3, 595, 842, junk));
    assertEquals(List.of(2, 3), OcrReader.pagesToRead(OcrMode.AUTO, pages));
    assertEquals(List.of(1, 2, 3), OcrReader.pagesToRead(OcrMode.ALWAYS, pages));
    assertEquals(List.of(), OcrReader.pagesToRead(OcrMode.NEVER, pages));
    assertEquals(OcrMode.ALWAYS, OcrMode.of(" Always"));
  }

  @Test
  void aScanWithoutTesseractNamesThePackagesToInstall() throws Exception {
    MinutesParser parser = MinutesParser.builder().ocrCommand("/nonexistent/tesseract").build();
    MinutesException e = assertThrows(MinutesException.class, () -> parser.parse(OddPdfs.imageOnly(), "scan.pdf"));
    assertEquals(MinutesException.Kind.NO_TEXT, e.kind());
    assertEquals("scan.pdf: no text layer on any of its 1 page(s); it looks scanned, and reading it needs Tesseract OCR, "
        + "which is not installed (Debian, Ubuntu: apt-get install tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng)",
        e.getMessage());
    MinutesException off = assertThrows(MinutesException.class,
        () -> MinutesParser.builder().ocr(OcrMode.NEVER).build().parse(OddPdfs.imageOnly(), "scan.pdf"));
    assertEquals("scan.pdf: no text layer on any of its 1 page(s); it looks scanned, and OCR is off", off.getMessage());
    assertNotEquals(e.getMessage(), off.getMessage());
  }

  @Test
  void aDoubtfulWordBeforeATitleSetApartIsReadAgainAsANumber() {
    Hocr.Word title = new Hocr.Word("Opening", new Hocr.Box(205, 442, 303, 466), 96);
    Hocr.Word of = new Hocr.Word("of", new Hocr.Box(313, 442, 335, 461), 96);
    Hocr.Box numberBox = new Hocr.Box(114, 438, 136, 470);
    assertTrue(Numbers.doubtful(line(new Hocr.Word("ni", numberBox, 49), title)));
    // read with confidence, a long word, a small word close to the next, one before a word in lower case
    assertFalse(Numbers.doubtful(line(new Hocr.Word("1.", numberBox, 90), title)));
    assertFalse(Numbers.doubtful(line(new Hocr.Word("Meeting", numberBox, 40), title)));
    assertFalse(Numbers.doubtful(line(new Hocr.Word("a", new Hocr.Box(180, 442, 195, 466), 40), title)));
    assertFalse(Numbers.doubtful(line(new Hocr.Word("ni", numberBox, 49), of)));
  }

  private static Hocr.Line line(Hocr.Word... words) {
    return new Hocr.Line(new Hocr.Box(114, 438, 481, 470), 0, -9, 24, List.of(words));
  }

  @Test
  void anUnderscoreOcrLeftOutBetweenAFileNamesWordsIsPutBack() {
    BufferedImage image = new BufferedImage(300, 40, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 40);
    g.setColor(Color.BLACK);
    g.fillRect(10, 8, 90, 18);   // beslut
    g.fillRect(120, 8, 80, 18);  // v2.PDF
    g.fillRect(215, 8, 60, 18);  // (a)
    g.fillRect(100, 27, 20, 2);  // the underscore, below the baseline
    g.dispose();
    Hocr.Line line = new Hocr.Line(new Hocr.Box(10, 8, 275, 30), 0, -4, 20, List.of());
    Hocr.Word beslut = new Hocr.Word("beslut", new Hocr.Box(10, 8, 99, 26), 96);
    Hocr.Word name = new Hocr.Word("v2.PDF", new Hocr.Box(120, 8, 199, 26), 96);
    Hocr.Word a = new Hocr.Word("(a)", new Hocr.Box(215, 8, 274, 26), 96);
    OcrReader.Levels levels = OcrReader.levels(image);
    List<Hocr.Word> joined = OcrReader.underscores(List.of(beslut, name), line, image.getRaster(), levels);
    assertEquals(List.of("beslut_v2.PDF"), joined.stream().map(Hocr.Word::text).toList());
    assertEquals(new Hocr.Box(10, 8, 199, 26), joined.get(0).box());
    // no ink in the gap, or no file name at the line's end: the words as read
    assertEquals(List.of(name, a), OcrReader.underscores(List.of(name, a), line, image.getRaster(), levels));
    assertEquals(List.of(beslut, a), OcrReader.underscores(List.of(beslut, a), line, image.getRaster(), levels));
  }

  @Test
  void aFaintBulletTesseractDidNotReadIsPutBefore() {
    BufferedImage image = new BufferedImage(400, 40, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(235, 235, 235));
    g.fillRect(0, 0, 400, 40);
    g.setColor(new Color(40, 40, 40));
    g.fillRect(144, 10, 120, 18);  // the line's words
    g.setColor(new Color(100, 100, 100));
    g.drawOval(115, 19, 6, 6);     // a faint hollow bullet in the small letters' band
    g.dispose();
    Hocr.Line line = new Hocr.Line(new Hocr.Box(144, 10, 264, 30), 0, -2, 21, List.of());
    Hocr.Word first = new Hocr.Word("1)", new Hocr.Box(144, 10, 161, 28), 96);
    OcrReader.Levels levels = OcrReader.levels(image);
    List<Hocr.Word> read = OcrReader.unreadBullet(List.of(first), line, image.getRaster(), levels);
    assertEquals(List.of("•", "1)"), texts(read));
    // a speck, or nothing, is no bullet
    BufferedImage clean = new BufferedImage(400, 40, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D c = clean.createGraphics();
    c.setColor(new Color(235, 235, 235));
    c.fillRect(0, 0, 400, 40);
    c.setColor(new Color(40, 40, 40));
    c.fillRect(144, 10, 120, 18);
    c.fillRect(118, 22, 2, 2);
    c.dispose();
    assertEquals(List.of(first), OcrReader.unreadBullet(List.of(first), line, clean.getRaster(), OcrReader.levels(clean)));
  }

  @Test
  void aFileNamesPartsOcrSetApartAreJoined() {
    assertEquals(List.of("10.10)Medarbetarenkät", "sammanställning.xIsx"), texts(OcrReader.fileNameParts(words(
        "10.10)Medarbetarenkät", "sammanställning.", "xIsx"))));
    assertEquals(List.of("6.1)Utfall", "återstående.docx"), texts(OcrReader.fileNameParts(words(
        "6.", "1)Utfall", "återstående.docx"))));
    // not a file name: as read
    assertEquals(List.of("6.", "1)Utfall", "återstående."), texts(OcrReader.fileNameParts(words(
        "6.", "1)Utfall", "återstående."))));
    assertEquals(List.of("Mötet", "slut.", "Se"), texts(OcrReader.fileNameParts(words("Mötet", "slut.", "Se"))));
  }

  @Test
  void aCompoundBrokenAfterItsHyphenIsJoined() {
    assertEquals(List.of("om", "nano-utbildning"), texts(OcrReader.hyphened(words("om", "nano-", "utbildning"))));
    // a suspended hyphen, a dash, a hyphen before a capital stay
    assertEquals(List.of("nano-", "och", "mikroföretag"), texts(OcrReader.hyphened(words("nano-", "och",
        "mikroföretag"))));
    assertEquals(List.of("RR", "-", "budget"), texts(OcrReader.hyphened(words("RR", "-", "budget"))));
    assertEquals(List.of("Syd-", "Norge"), texts(OcrReader.hyphened(words("Syd-", "Norge"))));
  }

  private static List<Hocr.Word> words(String... texts) {
    List<Hocr.Word> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) out.add(new Hocr.Word(texts[i], new Hocr.Box(100 * i, 0, 100 * i + 80, 20), 90));
    return out;
  }

  private static List<String> texts(List<Hocr.Word> words) {
    return words.stream().map(Hocr.Word::text).toList();
  }

  @Test
  void aLabelMisreadByALetterIsTheLabel() {
    List<String> labels = List.of("Anteckningar", "Åtgärder", "Beslut", "Bilagor", "Klart senast", "Notes");
    assertEquals("Beslut", OcrText.label("Besiut", labels));
    assertEquals("Beslut:", OcrText.label("Beslvt:", labels));
    assertEquals("Bilagor", OcrText.label("Bilagar", labels));
    assertEquals("Åtgärder", OcrText.label("Atgärder", labels));
    assertEquals("(Organisatör),", OcrText.label("(Organisatér),", List.of("Organisatör")));
    assertEquals("(Organizer)", OcrText.label("(Organizer)", List.of("Organisatör", "Organizer")));
    // the label itself, a word two letters off, a word of five letters and a label of two words stay as they are
    assertEquals("beslut", OcrText.label("beslut", labels));
    assertEquals("Bilaga", OcrText.label("Bilaga", labels));
    assertEquals("Nodes", OcrText.label("Nodes", labels));
    assertEquals("Klart", OcrText.label("Klart", labels));
    assertTrue(OcrText.oneEditApart("besiut", "beslut"));
    assertTrue(OcrText.oneEditApart("bilagorr", "bilagor"));
    assertFalse(OcrText.oneEditApart("bilaga", "bilagor"));
  }

  @Test
  void aScannedPageInADocumentWithTextIsWarnedAboutWhereOcrCannotReadIt(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws Exception {
    byte[] mixed;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
        java.nio.file.Files.readAllBytes(dev.minutes.fixtures.Fixtures.testdata().resolve("english.pdf")));
         org.apache.pdfbox.pdmodel.PDDocument scan = org.apache.pdfbox.Loader.loadPDF(OddPdfs.imageOnly())) {
      doc.importPage(scan.getPage(0));
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      mixed = out.toByteArray();
    }
    // no Tesseract: the page stays as it is, warned about with the packages to install
    Minutes without = MinutesParser.builder().ocrCommand("/nonexistent/tesseract").build().parse(mixed, "mixed.pdf");
    Warning unavailable = without.warnings().stream().filter(w -> w.code().equals("ocr.unavailable")).findFirst()
        .orElseThrow(() -> new AssertionError(without.warnings().toString()));
    assertEquals(3, unavailable.page());
    assertTrue(unavailable.message().contains("apt-get install " + Tesseract.DEBIAN_PACKAGES), unavailable.message());
    assertEquals(List.of(), without.source().ocr());
    // a Tesseract that fails on the page: the reason, with the page
    java.nio.file.Path failing = tmp.resolve("tesseract");
    java.nio.file.Files.writeString(failing, "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of "
        + "available languages (2):\\neng\\nswe\\n'; exit 0; fi\necho 'Error: out of paper' >&2\nexit 1\n");
    assertTrue(failing.toFile().setExecutable(true));
    Minutes failed = MinutesParser.builder().ocrCommand(failing.toString()).build().parse(mixed, "mixed.pdf");
    Warning why = failed.warnings().stream().filter(w -> w.code().equals("ocr.failed")).findFirst()
        .orElseThrow(() -> new AssertionError(failed.warnings().toString()));
    assertEquals(3, why.page());
    assertTrue(why.message().startsWith("page 3: could not be read by OCR: tesseract ended with exit code 1"),
        why.message());
    assertTrue(why.message().contains("out of paper"), why.message());
  }

  @Test
  void misreadingsAWordsShapeShowsAreRepaired() {
    assertEquals("Fördelningsnyckel.xlsx", OcrText.repair("Fördelningsnyckel.xIsx"));
    assertEquals("2019.xlsx", OcrText.repair("2019.xisx"));
    assertEquals("(rev. 3).xlsx", OcrText.repair("(rev. 3).xISsx"));
    assertEquals("2019.docx,", OcrText.repair("2019.d0cx,"));
    assertEquals("beslut_v2.PDF", OcrText.repair("beslut_v2.PDF"));
    assertEquals("budget.XLSX", OcrText.repair("budget.XISX"));
    assertEquals("2018", OcrText.repair("2O18"));
    assertEquals("12/3/2018", OcrText.repair("12/.3/2018"));
    assertEquals("12/3/2018", OcrText.repair("12,/3/2018"));
    // words stay words
    assertEquals("Ola", OcrText.repair("Ola"));
    assertEquals("t.ex.", OcrText.repair("t.ex."));
    assertEquals("KC-gruppen.", OcrText.repair("KC-gruppen."));
    assertEquals("3.1.", OcrText.repair("3.1."));
  }
}
