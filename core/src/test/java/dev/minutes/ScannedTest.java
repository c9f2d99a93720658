package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.Ocr;
import dev.minutes.fixtures.Scans;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import dev.minutes.model.Warning;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scanned fixtures ({@link Scans}) read by Tesseract: a grey 150 dpi scan and a black and white 300 dpi one. The
 * whole set is scored by {@code minutes eval testdata/scanned --min-f1 0.95} in {@code .ci/run}; these run in CI and
 * are skipped elsewhere where Tesseract is not installed ({@link Ocr}).
 */
class ScannedTest {
  static final MinutesParser PARSER = MinutesParser.builder().build();

  @BeforeAll
  static void tesseract() {
    Ocr.assumeTesseract();
  }

  @ParameterizedTest
  @ValueSource(strings = {"english", "traps"})
  void everyPageIsReadByOcrAndTheMeetingIsReadAsPrinted(String name) throws Exception {
    Scans.Scan scan = Scans.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    Minutes gold = MinutesJson.read(Files.readString(scan.gold()));
    Minutes parsed = PARSER.parse(scan.pdf());
    int pages = gold.source().pages();
    assertEquals(pages, parsed.source().pages());
    assertEquals(IntStream.rangeClosed(1, pages).boxed().toList(), parsed.source().ocr());
    assertEquals(gold.meeting().title(), parsed.meeting().title());
    assertEquals(gold.meeting().date(), parsed.meeting().date());
    assertEquals(gold.meeting().startTime(), parsed.meeting().startTime());
    assertEquals(gold.meeting().endTime(), parsed.meeting().endTime());
    assertEquals(gold.meeting().location(), parsed.meeting().location());
    assertFalse(parsed.items().isEmpty());
    if (name.equals("english")) {
      // "1." and "2." before their titles, which OCR reads as "a" and "2" on the page, read again as numbers
      assertEquals(headings(gold.items()), headings(parsed.items()));
    }
    // words read with low confidence are told with their page (the noise and specks make some on every scan)
    assertTrue(parsed.warnings().stream().anyMatch(w -> w.code().equals("ocr.low-confidence")), parsed.warnings()
        .toString());
    for (Warning w : parsed.warnings()) {
      if (!w.code().equals("ocr.low-confidence")) continue;
      assertNotNull(w.page(), w.toString());
      assertTrue(w.page() >= 1 && w.page() <= pages, w.toString());
      assertTrue(w.message().startsWith("page " + w.page() + ": "), w.message());
    }
  }

  /** Each item's number and title, depth first. */
  static List<String> headings(List<dev.minutes.model.Item> items) {
    List<String> out = new java.util.ArrayList<>();
    for (dev.minutes.model.Item i : items) {
      out.add(i.number() + " " + i.title());
      out.addAll(headings(i.items()));
    }
    return out;
  }

  @Test
  void aBornDigitalFixtureIsReadByOcrOnlyWhenAsked() throws Exception {
    Minutes text = PARSER.parse(Fixtures.testdata().resolve("english.pdf"));
    assertEquals(List.of(), text.source().ocr());
    Minutes ocr = MinutesParser.builder().ocr(OcrMode.ALWAYS).build().parse(Fixtures.testdata().resolve("english.pdf"));
    assertEquals(List.of(1, 2), ocr.source().ocr());
    assertEquals(text.meeting().title(), ocr.meeting().title());
    assertEquals(text.meeting().date(), ocr.meeting().date());
  }
}
