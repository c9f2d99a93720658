package dev.minutes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RealGold} from the parser's contract and from the held-out gold's SPEC. */
class RealGoldTest {
  private static final String PERSONALSEKTIONEN =
      "real-gold/nykarleby/personalsektionen_protokoll_29_05_2023_15_00_164658.gold.json";

  @Test
  void readsTheContractLeavingOutTheAbsent() throws Exception {
    RealGold gold = RealGold.read(Fixtures.testdata().resolve(PERSONALSEKTIONEN));
    assertEquals("personalsektionen_protokoll_29_05_2023_15_00_164658.pdf", gold.file());
    assertEquals("2023-05-29", gold.date());
    // 12 listed, 6 of them absent
    assertEquals(List.of("Frostdahl-Blomqvist Siw", "Frostdahl Steven", "Wik Tobias", "Lindgrén Marléne",
        "Norrgård Martin", "Wikblad Kristina"), gold.participants());
    List<RealGold.Item> items = gold.allItems();
    assertEquals(14, items.size());
    assertEquals("25", items.get(0).number());
    assertEquals("Sammanträdets laglighet och beslutförhet", items.get(0).title());
    assertEquals(3, items.get(9).decisions().size());
    assertEquals("Förvaltningschefen", items.get(10).actions().get(0).responsible());
  }

  @Test
  void aContractGoldScoresOneAgainstItself() throws Exception {
    String json = java.nio.file.Files.readString(Fixtures.testdata().resolve(PERSONALSEKTIONEN));
    SoftScore s = SoftScore.of(RealGold.read(json), MinutesJson.read(json));
    assertEquals(new SoftScore(1, 1, 1, 1, 1, 1), s);
  }

  @Test
  void readsTheSpec() throws Exception {
    RealGold gold = RealGold.read("""
        {
          "file": "fcr/minutes_2024_03_28.pdf", "title": "Board Meeting", "date": "2024-03-28",
          "start": null, "end": null, "location": "VIA ZOOM",
          "participants": [{"name": "Mark Smith", "role": "Board"}, {"name": "Gale Marinelli", "role": "Owner"}],
          "items": [
            {"number": null, "title": "Approval of Previous Minutes",
             "decisions": ["No objection so they were approved as published."], "actions": [], "items": []},
            {"number": "7", "title": "Committee Reports", "decisions": [], "actions": [], "items": [
              {"number": "7.1", "title": "Roads", "decisions": [],
               "actions": [{"text": "Get a quote for the gravel", "responsible": "Mark", "due": "2024-04-30"}],
               "items": []}]}
          ]
        }""");
    assertEquals("fcr/minutes_2024_03_28.pdf", gold.file());
    assertEquals("2024-03-28", gold.date());
    assertEquals(List.of("Mark Smith", "Gale Marinelli"), gold.participants());
    assertEquals(List.of(
        new RealGold.Item(null, "Approval of Previous Minutes",
            List.of("No objection so they were approved as published."), List.of(), List.of()),
        new RealGold.Item("7", "Committee Reports", List.of(), List.of(), List.of(
            new RealGold.Item("7.1", "Roads", List.of(),
                List.of(new RealGold.Action("Get a quote for the gravel", "Mark", "2024-04-30")), List.of())))),
        gold.items());
  }
}
