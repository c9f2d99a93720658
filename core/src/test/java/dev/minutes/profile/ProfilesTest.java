package dev.minutes.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Minutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Choosing the family: every fixture of the meeting app's export is read as one, and each real document of the
 * shared corpus (when it is beside the repository) as its family in {@code testdata/real-gold/index.tsv}.
 */
class ProfilesTest {
  private static final MinutesParser PARSER = MinutesParser.builder().build();
  private static final Path CORPUS = Fixtures.testdata().resolve("../../shared/corpora/real-minutes").normalize();

  @Test
  void everyExportFixtureIsReadAsTheExport() throws Exception {
    try (Stream<Path> files = Stream.concat(Files.list(Fixtures.testdata()), Files.walk(Fixtures.testdata().resolve("zoo")))) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
        Minutes m = PARSER.parse(pdf);
        assertEquals("export", m.source().format().profile(), pdf + ": " + m.source().format().evidence());
        assertEquals("minutes", m.source().format().kind());
      }
    }
  }

  static boolean corpus() {
    return Files.isDirectory(CORPUS);
  }

  @Test
  @EnabledIf("corpus")
  void eachRealDocumentIsReadAsItsFamily() throws Exception {
    List<String> rows = Files.readAllLines(Fixtures.testdata().resolve("real-gold/index.tsv")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertEquals(23, rows.size());
    for (String row : rows) {
      String[] cells = row.split("\t");
      Minutes m = PARSER.parse(CORPUS.resolve(cells[0] + ".pdf"));
      assertEquals(cells[1], m.source().format().profile(), cells[0] + ": " + m.source().format().evidence());
    }
  }

  /** What is not minutes still parses, and says what it is: an agenda (items that carry nothing), or other. */
  @Test
  void agendasAndOtherDocumentsSayWhatTheyAre() throws Exception {
    dev.minutes.fixtures.TinyPdf agenda = new dev.minutes.fixtures.TinyPdf()
        .line("Föredragningslista styrelsemöte", 16, true).line("Datum: 2023-03-05").line("Plats: Klubbstugan").gap(10)
        .bold("1.|Mötets öppnande").bold("2.|Val av justerare").bold("3.|Ekonomi").bold("4.|Mötets avslutande");
    Minutes a = PARSER.parse(agenda.bytes(), "agenda.pdf");
    assertEquals("agenda", a.source().format().kind());
    assertEquals(4, a.items().size());
    dev.minutes.fixtures.TinyPdf votes = new dev.minutes.fixtures.TinyPdf()
        .line("Röstlängd och omröstning", 16, true).line("Ja 12, nej 3, avstår 1").line("Ja 9, nej 6, avstår 1");
    Minutes v = PARSER.parse(votes.bytes(), "votes.pdf");
    assertEquals("other", v.source().format().kind());
  }

  /** In a §-protocol, "Bilaga" in the label column names an attachment; it is no appendix that ends the item. */
  @Test
  void aPartLabelInAColumnOfItsOwnOpensThatPart() throws Exception {
    dev.minutes.fixtures.TinyPdf pdf = new dev.minutes.fixtures.TinyPdf()
        .line("Protokoll", 16, true).gap(6)
        .line("Organ|Personalsektionen").line("Sammanträdestid|29.5.2023 kl. 15.00-16.10").line("Plats|Stadshuset")
        .line("Beslutande|Anna Berg, ordförande").line("Justerare|Per Ek").gap(12)
        .bold("36 § Motion om klädbidrag").gap(6)
        .line("En motion om klädbidrag har lämnats in.").gap(6)
        .line("Bilaga|Motion, klädbidrag till personal").gap(6)
        .bold("Personalsektionens beslut:").line("Motionen godkändes.").gap(12)
        .bold("37 § Lönetillägg").gap(6).bold("Förslag:")
        .line("Personalsektionen ger i uppdrag till ekonomichefen att betala ut tillägget.").gap(6)
        .bold("Personalsektionens beslut:").line("Tillägget beviljades.");
    Minutes m = PARSER.parse(pdf.bytes(), "protokoll.pdf");
    assertEquals("paragraph-protocol", m.source().format().profile());
    assertEquals(2, m.items().size());
    var item = m.items().get(0);
    assertEquals(java.util.List.of("Motion, klädbidrag till personal"),
        item.attachments().stream().map(a -> a.name()).toList());
    assertEquals(java.util.List.of("Motionen godkändes."), item.decisions());
    assertEquals(java.util.List.of("Tillägget beviljades."), m.items().get(1).decisions());
    // a proposal that gives someone a task ("ger i uppdrag till X att …") is an action of X's
    assertEquals(java.util.List.of("ekonomichefen"),
        m.items().get(1).actions().stream().map(a -> a.responsible()).toList());
  }
}
