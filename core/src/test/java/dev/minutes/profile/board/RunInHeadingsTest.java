package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Board minutes whose topics are bold words run in at a paragraph's start before a dash: each is an unnumbered item,
 * its text what follows the dash (the decision's, where the topic records one); a whole bold line ending in a colon holds the run-in topics after it; a bold label
 * before a colon ("Motion:") is no topic but its label.
 */
class RunInHeadingsTest {
  private static Minutes minutes() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .bold("FALLS CREEK RANCH ASSOCIATION – BOARD MEETING MINUTES").bold("March 28, 2024").gap(12)
        .runIn("Call to Order –", "Mark Smith opened the meeting at 6 pm.").gap(10)
        .runIn("Approval of Previous Minutes –", "No objection so they were approved as published.").gap(10)
        .runIn("Motion:", "to adopt the budget as presented.").gap(10)
        .bold("Committee Reports:").gap(10)
        .runIn("Architectural –", "We currently have 10 open projects.").gap(10)
        .runIn("Beautification –", "Flowers were ordered from the nursery.").gap(10)
        .bold("Adjournment");
    return pdf.parse(new BoardMinutesProfile(), "fcr.pdf");
  }

  @Test
  void boldTopicsRunInBeforeADashAreItems() throws Exception {
    List<Item> items = minutes().items();
    assertEquals(List.of("Call to Order", "Approval of Previous Minutes", "Committee Reports", "Adjournment"),
        items.stream().map(Item::title).toList());
    assertEquals(List.of("Mark Smith opened the meeting at 6 pm."), items.get(0).notes());
    assertEquals(List.of("No objection so they were approved as published."), items.get(1).decisions());
    assertEquals(List.of("to adopt the budget as presented."), items.get(1).proposal());
    assertEquals(List.of("Architectural", "Beautification"), items.get(2).items().stream().map(Item::title).toList());
    assertEquals(List.of("We currently have 10 open projects."), items.get(2).items().get(0).notes());
  }

  @Test
  void aBulletedOutlinesFirstLevelEntriesAreItems() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("Commission Meeting Minutes", 16, true).gap(6)
        .line("Minutes from Monday, January 29, 2018 at the Bistro").gap(6)
        .line("\u2022 Perfunctory Business")
        .line("     o Commissioners Present: Anthony Qaiyum, Zach Maiorca")
        .line("\u2022 Minutes from 11/30/17 meeting approved \u2013 Z. Maiorca (motion), T. Feinberg (second)")
        .line("\u2022 2017/18 Financials approved \u2013 B. Munro (motion), C. Dallas (second)")
        .line("\u2022 Updates")
        .line("     o Holiday decorations were taken down")
        .line("\u2022 Announcements")
        .line("     o Z. Maiorca and T. Feinberg need to submit updated applications")
        .line("\u2022 Meeting adjourned at 11:25am");
    List<Item> items = pdf.parse(new BoardMinutesProfile(), "ssa.pdf").items();
    assertEquals(List.of("Perfunctory Business", "Minutes from 11/30/17 meeting approved", "2017/18 Financials approved",
        "Updates", "Announcements", "Meeting adjourned at 11:25am"), items.stream().map(Item::title).toList());
    assertEquals(List.of("Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)"),
        items.get(1).decisions());
    assertEquals(List.of(), items.get(1).notes());
    assertEquals(List.of(new dev.minutes.model.Action("Z. Maiorca and T. Feinberg need to submit updated applications",
        null, null, "Z. Maiorca and T. Feinberg", null)), items.get(4).actions());
    assertEquals(List.of("2017/18 Financials approved – B. Munro (motion), C. Dallas (second)"), items.get(2).decisions());
  }
}
