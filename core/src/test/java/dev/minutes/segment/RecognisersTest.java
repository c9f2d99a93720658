package dev.minutes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small recognisers, each on lines made by hand. */
class RecognisersTest {
  static final Layout LAYOUT = TestLines.LAYOUT;

  static TextLine line(float y, float size, boolean bold, String text) {
    return TestLines.line(y, size, bold, text);
  }

  @Test
  void itemNumbersFollowTheNumbering() {
    assertEquals(1, ItemNumber.parse("1.").stepFrom(null));
    assertEquals(1, ItemNumber.parse("6.1.").stepFrom(ItemNumber.parse("6")));
    assertEquals(1, ItemNumber.parse("6.10").stepFrom(ItemNumber.parse("6.9")));
    assertEquals(1, ItemNumber.parse("7.").stepFrom(ItemNumber.parse("6.13")));
    assertEquals(1, ItemNumber.parse("2.10.1").stepFrom(ItemNumber.parse("2.10")));
    assertEquals(-1, ItemNumber.parse("1.").stepFrom(ItemNumber.parse("6.1")));
    assertEquals(3, ItemNumber.parse("6.3").stepFrom(ItemNumber.parse("6")), "a first child after a gap: step 3");
    assertEquals(-1, ItemNumber.parse("1.1.1").stepFrom(ItemNumber.parse("1")));
    assertNull(ItemNumber.parse("2018-11-14"));
    assertNull(ItemNumber.parse("6.1)Utfall"));
    assertEquals("6.10", ItemNumber.parse("6.10.").toString());
  }

  @Test
  void itemHeadingsNeedStyleOrAWideGap() {
    assertNotNull(ItemHeading.match(line(200, 11, true, "1. Mötet öppnas"), null, LAYOUT));
    assertNotNull(ItemHeading.match(line(200, 10, false, "2.|Föregående möte"), ItemNumber.parse("1"), LAYOUT));
    // Unstyled with an ordinary space: a clause in a decision.
    assertNull(ItemHeading.match(line(200, 10, false, "2. att uppdra åt kansliet"), ItemNumber.parse("1"), LAYOUT));
    // Styled but out of sequence.
    assertNull(ItemHeading.match(line(200, 11, true, "1. att godkänna"), ItemNumber.parse("6.1"), LAYOUT));
    // A year or an amount is no agenda number even in bold: it has no dot and no gap.
    assertNull(ItemHeading.match(line(200, 11, true, "2019 års budget"), ItemNumber.parse("6"), LAYOUT));
    assertNull(ItemHeading.match(line(200, 10, false, "632 000 kr"), ItemNumber.parse("6.1"), LAYOUT));
  }

  @Test
  void textJoinKeepsRealHyphens() {
    assertEquals("PA-systemet", TextJoin.join("PA-", "systemet"));
    assertEquals("samverkans- och samarbetsområden", TextJoin.join("samverkans-", "och samarbetsområden"));
    assertEquals("LLU-/Leader-strategi", TextJoin.join("LLU-/Leader-", "strategi"));
    assertEquals("vice ordförande", TextJoin.join("vice", "ordförande"));
    assertEquals("utveckling", TextJoin.join("utveck\u00AD", "ling"));
    assertEquals("2019 - 2021", TextJoin.join("2019 -", "2021"));
    assertEquals("- Samordnad larmhantering", TextJoin.normalise("•  Samordnad larmhantering"));
  }

  @Test
  void dueDatesFollowTheDocumentsOrder() {
    List<DueDate> dates = List.of(DueDate.parse("12/3/2018"), DueDate.parse("12/20/2018"));
    assertEquals(DueDate.Order.MONTH_FIRST, DueDate.decide(dates));
    assertEquals("2018-12-03", dates.get(0).iso(DueDate.decide(dates)));
    List<DueDate> dayFirst = List.of(DueDate.parse("3/12/2018"), DueDate.parse("20/12/2018"));
    assertEquals(DueDate.Order.DAY_FIRST, DueDate.decide(dayFirst));
    assertNull(DueDate.decide(List.of(DueDate.parse("12/3/2018"), DueDate.parse("2019-01-15"))), "nothing shows the order");
    assertEquals("2018-12-03", dayFirst.get(0).iso(DueDate.Order.DAY_FIRST));
    assertEquals("2019-01-15", DueDate.parse("2019-01-15").iso(DueDate.Order.DAY_FIRST));
    assertEquals("2018-12-20", DueDate.parse("20.12.2018").iso(DueDate.Order.MONTH_FIRST));
    assertNull(DueDate.parse("2/30/2018").iso(DueDate.Order.MONTH_FIRST));
    assertNull(DueDate.parse("Ej angivet"));
    assertEquals("2018-12-03", DueDate.parse("3 dec 2018").iso(DueDate.Order.MONTH_FIRST));
    assertEquals("2018-12-03", DueDate.parse("3 december 2018").iso(DueDate.Order.DAY_FIRST));
    assertNull(DueDate.parse("3 kronor 2018"));
  }

  @Test
  void paragraphsSplitAtGapsHardBreaksStyleAndBullets() {
    List<String> ps = Paragraphs.of(List.of(
        line(100, 10, true, "Utgångspunkter"),
        line(112, 10, false, "Body text that fills the column to its right edge here"),
        line(124, 10, false, "and goes on."),
        line(136, 10, false, "Short line"),
        line(160, 10, false, "After a gap"),
        line(172, 10, false, "- a bullet"),
        line(184, 10, false, "- another")), LAYOUT);
    assertEquals(List.of("Utgångspunkter", "Body text that fills the column to its right edge here and goes on.",
        "Short line", "After a gap", "- a bullet", "- another"), ps);
  }

  @Test
  void meetingDateLinesInTheirCommonForms() {
    assertEquals(new MeetingDate("2018-11-14", "13:15", "16:15"), MeetingDate.parse("2018-11-14 13:15 - 16:15"));
    assertEquals(new MeetingDate("2018-11-14", "13:15", "16:15"), MeetingDate.parse("Onsdag 2018-11-14, kl. 13.15–16.15"));
    assertEquals(new MeetingDate("2018-11-14", "08:30", null), MeetingDate.parse("14 november 2018 kl 8.30"));
    assertEquals(new MeetingDate("2019-03-07", "09:00", "11:30"), MeetingDate.parse("March 7, 2019 9:00 to 11:30"));
    assertEquals(new MeetingDate("2019-03-07", null, null), MeetingDate.parse("Thursday, 7th Mar 2019"));
    assertNull(MeetingDate.parse("14 kronor 2018"));
    assertNull(MeetingDate.parse("2018-13-40"));
    assertNull(MeetingDate.parse("Mötet hölls 2018-11-14 i Umeå"));
  }

}
