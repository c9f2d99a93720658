package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per trap in FORMAT.md, on the fixtures drawn from the seed and from the traps content. */
class TrapsTest {
  static Minutes seedChromium, seedTable, traps, trapsChromium;

  @BeforeAll
  static void parse() throws Exception {
    MinutesParser p = MinutesParser.builder().build();
    seedChromium = p.parse(Fixtures.testdata().resolve("seed-chromium.pdf"));
    seedTable = p.parse(Fixtures.testdata().resolve("seed-table.pdf"));
    traps = p.parse(Fixtures.testdata().resolve("traps.pdf"));
    trapsChromium = p.parse(Fixtures.testdata().resolve("traps-chromium.pdf"));
  }

  static Item item(Minutes m, String number) {
    return m.allItems().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
  }

  @Test
  void wrappedTitlesAreJoined() {
    for (Minutes m : List.of(seedChromium, seedTable)) {
      assertEquals("Övrig fråga - negativa konsekvenser av AF's ökade digitalisering", item(m, "7").title());
      assertEquals("RR - Information om Kommunchefsgruppens val av ordförande och vice ordförande", item(m, "6.10").title());
    }
    assertEquals("Beslut om budget och verksamhetsplan för 2019 samt fördelning av gemensamma utvecklingsmedel",
        item(traps, "1").title());
  }

  @Test
  void paragraphsThatBeginWithALabelWordStayText() {
    assertEquals("Beslut om att teckna tilläggsavtal kommer att fattas i respektive kommun. Lisa A L meddelade att "
        + "VUAB gärna föredrar ärendet eller bistår på annat sätt i kommunerna.", item(seedTable, "6.6").notes().get(0));
    List<String> notes = item(traps, "1").notes();
    assertEquals("Anteckningar från förra mötet gicks igenom utan kommentarer.", notes.get(1));
    assertEquals("Åtgärder som beslutades förra gången är genomförda.", notes.get(2));
    assertTrue(notes.contains("Deltagare från kommunerna"));
    assertEquals(3, item(traps, "1").actions().size());
  }

  @Test
  void subHeadingsAndListsInNotesBelongToTheNotes() {
    List<String> notes = item(seedChromium, "3").notes();
    assertTrue(notes.containsAll(List.of("Utgångspunkter", "Uppdrag", "Deltagare från kommunerna",
        "Robertsfors: Kim Nilsson", "Beakta samhällets tekniskt svagaste individer")));
    assertEquals(List.of("Summering av vad som gjorts inom de prioriterade områden 2015-2018 görs vid mötet.",
        "- Samordnad larmhantering", "- Gemensamt PA-system", "- Integration och flyktingmottagning",
        "- Utveckla Umeåregionen som arbetsmarknadsregion", "- Attraktiv arbetsgivare"),
        item(seedChromium, "6.4").description());
  }

  @Test
  void linesThatBeginWithNumbersAreNotItems() {
    for (Minutes m : List.of(traps, trapsChromium)) {
      assertEquals(List.of("1", "2", "3", "4"), m.items().stream().map(Item::number).toList());
      assertEquals(List.of("Kommunchefsgruppen beslutar", "1. att godkänna förslaget till budget",
          "2. att uppdra åt kansliet att ta fram en verksamhetsplan", "3. att 500 000 kr reserveras för PA-systemet"),
          item(m, "1").decisions());
      assertEquals(List.of("2019 års budget fastställdes av regionrådet i november."), item(m, "2.1").notes());
      assertEquals(List.of("632 000 kr betalas ut i januari enligt avtalet."), item(m, "2.2").notes());
      assertEquals("2 nya rutiner tas fram för växeln", item(m, "1").actions().get(1).text());
    }
  }

  @Test
  void numberingGoesPastNineAndTenAtEveryDepth() {
    Item two = item(traps, "2");
    assertEquals(11, two.items().size());
    assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11"),
        two.items().stream().map(Item::number).toList());
    Item ten = item(traps, "2.10");
    assertEquals(List.of("2.10.1", "2.10.2"), ten.items().stream().map(Item::number).toList());
    assertEquals(3, ten.items().get(0).level());
    assertEquals(13, item(seedChromium, "6").items().size());
  }

  @Test
  void dueDatesAreMonthFirstAsTheUnambiguousOnesShow() {
    Action first = item(seedChromium, "3").actions().get(0);
    assertEquals(new Action("Formulera och förmedla uppdrag om växeln till Jan Bergman och Tomas Forsberg (via Margaretha)",
        "2018-12-03", "12/3/2018", "Lisa Andersson Lindberg", 0), first);
    assertEquals("2018-12-20", item(seedChromium, "4").actions().get(0).due());
    assertEquals("2019-01-15", item(traps, "2.10.2").actions().get(0).due());
    assertEquals("2018-11-14", seedChromium.meeting().date());
  }

  @Test
  void notSpecifiedMeansNoOne() {
    Action a = item(seedTable, "5").actions().get(0);
    assertNull(a.responsible());
    assertEquals("2018-12-03", a.due());
  }

  @Test
  void namesAreKeptAsWritten() {
    assertEquals("Ulf Mansson", item(seedChromium, "7").actions().get(0).responsible());
    assertTrue(item(seedChromium, "7").notes().get(0).startsWith("Ulf Månsson lyfte"));
  }

  @Test
  void realHyphensAreKept() {
    String all = String.join(" ", item(seedChromium, "6.1").notes()) + String.join(" ", item(seedChromium, "5").description());
    assertTrue(all.contains("PA-systemet"));
    assertTrue(all.contains("samverkans- och samarbetsområden"));
    assertTrue(item(traps, "1").decisions().get(3).endsWith("PA-systemet"));
  }

  @Test
  void aSectionGoesOnAfterAPageBreak() {
    Item long3 = item(traps, "3");
    assertTrue(long3.pages().size() >= 2, "item 3 spans pages " + long3.pages());
    assertEquals(9, long3.notes().size());
    Item seed61 = item(seedChromium, "6.1");
    assertTrue(seed61.notes().stream().noneMatch(n -> n.matches(".*\\d+/\\d+.*")), "no page number leaks into notes");
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreSetAside() {
    for (Minutes m : List.of(seedChromium, seedTable, traps)) {
      for (Item i : m.allItems()) {
        for (String p : i.notes()) {
          assertFalse(p.contains("file://") || p.contains("Sida ") || p.matches(".*\\d+\\(\\d+\\).*")
              || p.contains("2018-11-15 09:12"), p);
        }
      }
    }
  }

  @Test
  void aPageNumberLeftBetweenParagraphsMidPageIsSetAside() throws Exception {
    // FORMAT.md: "2/11 and 5/11 standing alone between paragraphs". Here 2/3 stands mid-page on page 2,
    // between two paragraphs of notes, in body type.
    dev.minutes.fixtures.TinyPdf pdf = new dev.minutes.fixtures.TinyPdf()
        .header("Kommunchefsmöte, Umeåregionen", "2018-11-14 13:15 - 16:15", "Rex", "Magnus Haglund")
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades av Magnus Haglund.")
        .page().bold("2.|Budget").gap(4).bold("Anteckningar");
    for (int i = 1; i <= 5; i++) pdf.line("Budgeten gicks igenom, del " + i + ".").gap(8);
    pdf.gap(20).line("2/3").gap(20);
    for (int i = 6; i <= 10; i++) pdf.line("Budgeten gicks igenom, del " + i + ".").gap(8);
    pdf.page().bold("3.|Mötet avslutas").gap(4).bold("Anteckningar").line("Mötet avslutades.");
    Minutes m = MinutesParser.builder().build().parse(pdf.bytes(), "leaked.pdf");
    List<String> notes = item(m, "2").notes();
    assertEquals(10, notes.size(), notes.toString());
    assertFalse(notes.stream().anyMatch(n -> n.contains("2/3")), notes.toString());
    assertEquals("Budgeten gicks igenom, del 6.", notes.get(5));
    assertEquals(List.of(), m.warnings());
  }
}
