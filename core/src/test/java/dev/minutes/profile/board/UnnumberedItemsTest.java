package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.TinyPdf;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Board minutes whose headings print no number: an item's number is its identifier as printed, so an unnumbered
 * heading or a time slot gives the item no number ({@code "number": null}), never one counted out by the parser;
 * its level is its depth in the outline.
 */
class UnnumberedItemsTest {
  private static final MinutesParser PARSER = MinutesParser.builder().provenance(true).build();

  /** Bold topic lines, a larger style over a smaller one (as {@code bioconductor/tab_2019-05-02} heads its items). */
  static TinyPdf boldHeadings() {
    return new TinyPdf().line("Technical Advisory Board Minutes", 16, true).gap(4).line("2 May 2019").gap(6)
        .line("Attending: Martin Morgan, Rafael Irizarry, Vincent Carey, Levi Waldron").line("Regrets: Wolfgang Huber")
        .gap(12).line("Governance", 12, true).gap(4)
        .line("The governance document was approved in the previous meeting.").gap(12)
        .line("Important Technical Priorities", 12, true).gap(8)
        .bold("Annotation packages").gap(4).line("Updating the annotation package pipeline after recent failures.").gap(8)
        .bold("Scalability aspects").gap(4).line("A working group will summarise the current issues.").gap(12)
        .line("Lessons from the recent release", 12, true).gap(4).line("A novel hiccup with the builders was discussed.");
  }

  /** Time slots before each topic (as {@code bioconductor/tab_2024-09-05} heads its items). */
  static TinyPdf timeSlots() {
    return new TinyPdf().line("Bioc Technical Advisory Board Minutes", 16, true).gap(4).line("5 September 2024").gap(6)
        .line("Present: Laurent Gatto, Davide Risso, Charlotte Soneson, Vince Carey").line("Apologies: Wolfgang Huber")
        .gap(12).line(":03 - :04 Previous minutes approved.").gap(10)
        .line(":04 - :19 Cloud working group update").gap(4).line("Debrief from the session at the conference.").gap(10)
        .line(":20 - :23 Discussion of the grant renewal process").gap(4)
        .line("We should plan to submit the renewal in February.");
  }

  @Test
  void boldHeadingsWithoutNumbersGiveItemsWithoutNumbersNestedBySize() throws Exception {
    Minutes m = PARSER.parse(boldHeadings().bytes(), "headings.pdf");
    assertEquals(BoardMinutesProfile.NAME, m.source().format().profile(), m.source().format().evidence().toString());
    assertEquals(List.of("Governance 1", "Important Technical Priorities 1", "  Annotation packages 2",
        "  Scalability aspects 2", "Lessons from the recent release 1"), outline(m));
    for (Item i : m.allItems()) assertNull(i.number(), i.title());
    assertEquals(List.of(), m.warnings(), "no numbering gap between items without numbers");
    assertEquals("item \"Important Technical Priorities\"", m.items().get(1).label());
    assertNoNumberAnywhere(m);
  }

  @Test
  void timeSlotsAreNoNumbers() throws Exception {
    Minutes m = PARSER.parse(timeSlots().bytes(), "slots.pdf");
    assertEquals(BoardMinutesProfile.NAME, m.source().format().profile(), m.source().format().evidence().toString());
    assertEquals(List.of("Previous minutes approved. 1", "Cloud working group update 1",
        "Discussion of the grant renewal process 1"), outline(m));
    for (Item i : m.allItems()) assertNull(i.number(), i.title());
    assertEquals(List.of(), m.warnings(), "no numbering gap between items without numbers");
    assertEquals(List.of("Debrief from the session at the conference."), m.items().get(1).notes());
    assertNoNumberAnywhere(m);
  }

  /** The JSON writes the null as the object mapper does and reads it back; provenance points at no number. */
  private static void assertNoNumberAnywhere(Minutes m) throws Exception {
    String json = MinutesJson.toJson(m, false);
    assertEquals(MinutesJson.mapper().writeValueAsString(m), json);
    assertTrue(json.contains("{\"number\":null,\"level\":1,"), json);
    assertNull(MinutesJson.read(json).items().get(0).number());
    Map<String, ?> elements = m.provenance().elements();
    for (int k = 0; k < m.items().size(); k++) {
      assertTrue(elements.containsKey("/items/" + k + "/title"), "the title is where the heading is");
      assertFalse(elements.containsKey("/items/" + k + "/number"), "no number, no box for it");
    }
  }

  /** Each item as its title and level, indented by its depth. */
  private static List<String> outline(Minutes m) {
    List<String> out = new ArrayList<>();
    outline(m.items(), "", out);
    return out;
  }

  private static void outline(List<Item> items, String indent, List<String> out) {
    for (Item i : items) {
      out.add(indent + i.title() + " " + i.level());
      outline(i.items(), indent + "  ", out);
    }
  }
}
