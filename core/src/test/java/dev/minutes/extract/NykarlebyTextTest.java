package dev.minutes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Nykarleby protocols of the real minutes corpus ({@code ../shared/corpora/real-minutes}, not in this
 * repository): iText exports whose Calibri subsets have ToUnicode maps wrong for ligatures and the glyphs
 * after them. Their text is repaired ({@link GlyphTextRepair}) and no page of them is garbled, ligatures that
 * every subset tells as their first letter included ("ti", "tt", "tf", "ft", "tti", "fj": {@code beslutfrhet}
 * is the "tf" ligature and an "ö" told "f"). Skipped where the corpus is absent.
 */
class NykarlebyTextTest {
  static Path corpus() {
    String p = System.getProperty("minutes.real.corpus");
    return p != null ? Path.of(p) : Fixtures.testdata().toAbsolutePath().getParent().getParent()
        .resolve("shared/corpora/real-minutes");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 4 | protokojjet | I tur att justera protokollet är medlemmarna",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 5 | Förgdrggnnngslnsagn | Föredragningslistan godkändes utan",
      "valfardsnamnden_protokoll_15_09_2022_18_00_139758.pdf | 4 | Vvllvrdsnvrndens beslut | Välfärdsnämndens beslut:",
      "valfardsnamnden_protokoll_15_09_2022_18_00_139758.pdf | 7 | Uisiällningar | Utställningar och evenemang i stadsbiblioteket",
      "personalsektionen_protokoll_29_05_2023_15_00_164658.pdf | 6 | flyttaoesnattnbehanolasnsisa | 31 § flyttades att behandlas sist",
      "personalsektionen_protokoll_28_03_2023_15_00_159076.pdf | 4 | beslutfrhet | Sammanträdets laglighet och beslutförhet",
      "personalsektionen_protokoll_28_03_2023_15_00_159076.pdf | 38 | dietllägg | diettillägg",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 1 | Ersätare | Ersättare",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 1 | underskrifer | Elektroniska underskrifter",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 3 | beslutfrhet | beslutförhet",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 5 | tll | tilläggsärende",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 6 | Ungdomsfullmäktge | Ungdomsfullmäktige 28.11.2022",
      "ungdomsfullmaktige_protokoll_30_01_2023_16_15_153457.pdf | 7 | dglaktghgt | ungdomsfullmäktige kring ungas delaktighet",
      "valfardsnamnden_protokoll_15_09_2022_18_00_139758.pdf | 4 | Bildningsdirektör/t vvllvrdsscel | Bildningsdirektör/tf välfärdschef",
      "valfardsnamnden_protokoll_15_09_2022_18_00_139758.pdf | 7 | tll | bearbetad till nysvenska",
      "valfardsnamnden_protokoll_15_09_2022_18_00_139758.pdf | 20 | folvrets | följa fjolårets plan"})
  void aDamagedMapIsRepaired(String file, int page, String damaged, String repaired) throws Exception {
    Path pdf = corpus().resolve("nykarleby").resolve(file);
    assumeTrue(Files.isRegularFile(pdf), "no real minutes corpus at " + corpus());
    byte[] bytes = Files.readAllBytes(pdf);
    String before = text(bytes, false, page), after = text(bytes, true, page);
    assertTrue(before.contains(damaged), before);
    assertFalse(after.contains(damaged), after);
    assertTrue(after.contains(repaired), after);
    List<Integer> garbled = new ArrayList<>();
    for (PageText p : pages(bytes, true)) if (TextQuality.garbled(p)) garbled.add(p.number());
    assertEquals(List.of(), garbled);
  }

  static List<PageText> pages(byte[] pdf, boolean repair) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      FontGuard.apply(doc);
      return new LineCollector(repair).collect(doc);
    }
  }

  static String text(byte[] pdf, boolean repair, int page) throws Exception {
    return pages(pdf, repair).get(page - 1).lines().stream().map(TextLine::text).collect(Collectors.joining("\n"));
  }
}
