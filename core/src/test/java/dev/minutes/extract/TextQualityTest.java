package dev.minutes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Minutes;
import dev.minutes.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** "Mostly not words" ({@link TextQuality}) and the {@code text.garbled} warning it raises. */
class TextQualityTest {
  static final String SWEDISH = "Ordförande öppnar sammanträdet och konstaterar att ungdomsfullmäktige är lagligt "
      + "sammankallat och beslutfört. Föredragningslistan godkändes utan tilläggsärenden. Till protokolljusterare "
      + "utsågs Evelina Sundvik och Tindra Wingren; protokollet justeras elektroniskt senast 7.2.2023 kl. 16.00. "
      + "Stadsstyrelsen väljer vice ordförande för resterande tid av mandatperioden 2021–2023, bl.a. genom "
      + "informationssäkerhetsutbildning och utvecklingsstrategi (se bilaga 2019.xlsx, www.nykarleby.fi).";
  static final String ENGLISH = "The minutes of the previous meeting were approved as a true record. Action: IB to "
      + "circulate the strengths and weaknesses of the rhythm of FHCL’s DVD lending; apologies from Mrs Smith.";
  static final String GERMAN = "Der Grosse Rat genehmigt das Protokoll. Die Gerichtsschreiberin der Deutschschweiz "
      + "berichtet überdurchschnittlich ausführlich über die Arbeitsschritte der Landschaftsschutzkommission.";
  static final String FINNISH = "Kaupunginhallitus hyväksyy pöytäkirjan. Nuorisovaltuusto kokoontuu keskiviikkona "
      + "kaupungintalolla, ja päätösvaltaisuus todetaan kokouksen alussa; pääasiallinen sisältö hyväksyttiin.";

  @Test
  void ordinaryTextHasNoNonWords() {
    for (String text : List.of(SWEDISH, ENGLISH, GERMAN, FINNISH)) {
      TextQuality.Count c = TextQuality.count(text);
      assertTrue(c.tokens() >= 15, text);
      assertEquals(0, c.nonWords(), text);
    }
  }

  @Test
  void whatIsNotAWord() {
    for (String token : List.of("Vvllvrdsnvrndens", "rgdrggnnngslns", "xwdq", "nnnej", "\uE0B7\uE041", "o\uFFFDentliga",
        "Рrotokoll" /* Cyrillic Р */, "personalsektionennbeviljarnettnlönetilläggnpånfyrahundraneuronperiod")) {
      assertEquals(Boolean.TRUE, TextQuality.judge(token), token);
    }
    for (String token : List.of("NTM", "KVTES", "FHCL’s", "Lindqvist", "trotzdem", "ungdomsfullmäktige", "ja", "protokolljusterare")) {
      assertEquals(Boolean.FALSE, TextQuality.judge(token), token);
    }
    for (String token : List.of("", "§", "2019", "30.1.2023", "\uF0B7", "t.ex.", "a", "www.x.fi", "bilaga.xlsx")) {
      assertEquals(null, TextQuality.judge(token), token);
    }
  }

  /** Each letter told as the one three places on in the alphabet: a map wrong throughout. */
  static String shifted(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= 'a' && c <= 'z') b.append((char) ('a' + (c - 'a' + 3) % 26));
      else if (c >= 'A' && c <= 'Z') b.append((char) ('A' + (c - 'A' + 3) % 26));
      else b.append(c);
    }
    return b.toString();
  }

  @Test
  void textReadThroughAMapWrongThroughoutIsMostlyNotWords() {
    for (String text : List.of(SWEDISH, ENGLISH, GERMAN, FINNISH)) {
      TextQuality.Count c = TextQuality.count(shifted(text));
      assertTrue(c.share() >= TextQuality.GARBLED_SHARE, shifted(text) + ": " + c);
    }
  }

  @Test
  void aPageReadThroughAMapWrongThroughoutIsWarnedAbout() throws Exception {
    byte[][] pdfs = pdfs();
    byte[] clean = pdfs[0], garbled = pdfs[1];
    // with OCR off: the page is kept as it is and warned about; with OCR (the default) it is read again
    MinutesParser noOcr = MinutesParser.builder().ocr(dev.minutes.extract.ocr.OcrMode.NEVER).build();
    Minutes ok = noOcr.parse(clean, "clean.pdf");
    assertEquals(List.of(), garbledWarnings(ok));
    Minutes damaged = noOcr.parse(garbled, "garbled.pdf");
    List<Warning> warnings = garbledWarnings(damaged);
    assertEquals(1, warnings.size(), damaged.warnings().toString());
    assertEquals(1, warnings.get(0).page());
    assertTrue(warnings.get(0).message().startsWith("page 1: "), warnings.get(0).message());
    assertEquals(List.of(), MinutesParser.builder().build().parse(clean, "clean.pdf").source().ocr());
  }

  /** A page of Swedish, and the same with each line's font mapping its glyphs to wrong letters throughout. */
  private static byte[][] pdfs() throws Exception {
    Map<String, String> wrong = new HashMap<>();
    for (char c = 'a'; c <= 'z'; c++) wrong.put(String.valueOf(c), shifted(String.valueOf(c)));
    for (char c = 'A'; c <= 'Z'; c++) wrong.put(String.valueOf(c), shifted(String.valueOf(c)));
    String[] lines = SWEDISH.split("(?<=\\G.{70,}?) ");
    byte[] clean = GlyphTextRepairTest.pdf(GlyphTextRepairTest.SIMPLE, String.join(" ", lines).substring(0, 80),
        lines[1], lines[2], lines[3], lines[4]);
    // one font per line: each line's map is wrong throughout, and so is the page
    byte[] garbled = clean;
    for (int font = 0; font < 5; font++) garbled = GlyphTextRepairTest.wrongMap(garbled, font, wrong);
    return new byte[][] {clean, garbled};
  }

  @Test
  void aPageReadThroughAMapWrongThroughoutIsReadByOcr() throws Exception {
    dev.minutes.fixtures.Ocr.assumeTesseract();
    Minutes read = MinutesParser.builder().build().parse(pdfs()[1], "garbled.pdf");
    assertEquals(List.of(1), read.source().ocr());
    assertEquals(List.of(), garbledWarnings(read), read.warnings().toString());
    // the text as OCR read it: Swedish, "senast 7.2.2023 kl. 16.00"
    assertEquals("sv", read.source().language());
    assertEquals("2023-02-07", read.meeting().date());
    assertEquals("16:00", read.meeting().startTime());
  }

  @Test
  void noFixtureIsGarbled() throws Exception {
    List<Path> pdfs;
    try (Stream<Path> s = Files.walk(Fixtures.testdata())) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains("malformed"))
          .filter(p -> !dev.minutes.fixtures.Scans.isScanned(p)).sorted().toList();
    }
    assertTrue(pdfs.size() >= 50, "fixtures: " + pdfs.size());
    MinutesParser parser = MinutesParser.builder().build();
    List<String> warned = new ArrayList<>();
    for (Path pdf : pdfs) {
      try {
        Minutes m = parser.parse(Files.readAllBytes(pdf), pdf.getFileName().toString());
        for (Warning w : garbledWarnings(m)) warned.add(pdf.getFileName() + ": " + w.message());
      } catch (MinutesException e) {
        // the parser's own error: nothing to warn about
      }
    }
    assertEquals(List.of(), warned);
  }

  /**
   * The one-pass reading of ASCII tokens gives the general reading's answer: on tokens drawn at random from
   * the letters its rules turn on ({@code sch}, {@code ch}, {@code qu}, {@code qv}, rare pairs, runs, capitals,
   * a possessive, digits and hyphens) and on the words of the texts above.
   */
  @Test
  void theAsciiReadingAgreesWithTheGeneralOne() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "schqvuaeiyxzjwkbSCHQVUAE'-1";
    List<String> tokens = new ArrayList<>(List.of("Schach", "schsch", "chsch", "csch", "qqu", "xqu", "Lindqvist",
        "IBM's", "FHCL's", "rhythm", "strengths", "aaa", "Gerichtsschreiber", "bq", "QD"));
    for (String text : List.of(ENGLISH, GERMAN)) {
      for (String w : text.split("[^A-Za-z'-]+")) if (w.length() > 1) tokens.add(w);
    }
    for (int i = 0; i < 20_000; i++) {
      StringBuilder t = new StringBuilder();
      for (int n = 2 + random.nextInt(12); n > 0; n--) t.append(alphabet.charAt(random.nextInt(alphabet.length())));
      tokens.add(t.toString());
    }
    for (String t : tokens) {
      int letters = (int) t.chars().filter(Character::isLetter).count();
      if (letters < 2) continue;
      assertEquals(TextQuality.latinWord(t, letters), TextQuality.asciiLatinWord(t, letters), t);
    }
  }

  /**
   * A text's count, which reads tokens of printable ASCII in place, is the sum of {@link TextQuality#judge} over
   * its tokens: on texts drawn at random from letters, digits, the punctuation the rules turn on and spaces.
   */
  @Test
  void aTextsCountIsItsTokensJudgedOneByOne() {
    java.util.Random random = new java.util.Random(5);
    String alphabet = "abcdeschqvxyzAQS  \t.,:;/\\_@'()-–ä0129\u00A0";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(60); n > 0; n--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = s.toString();
      int tokens = 0, nonWords = 0;
      for (String token : text.split("[\\s\\p{Z}]+")) {
        Boolean nonWord = TextQuality.judge(token);
        if (nonWord == null) continue;
        tokens++;
        if (nonWord) nonWords++;
      }
      assertEquals(new TextQuality.Count(tokens, nonWords), TextQuality.count(text), text);
    }
  }

  static List<Warning> garbledWarnings(Minutes m) {
    return m.warnings().stream().filter(w -> w.code().equals("text.garbled")).toList();
  }
}
