package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Board minutes whose topics are set larger than the body without bold (a word processor's "Heading 1"), with bold
 * subtopics below them: both are unnumbered items, nested by size; a bold line with a column's gap in it is a table's
 * row, no topic; a motion put in prose and its result in the paragraph after are one decision.
 */
class LargeHeadingsTest {
  @Test
  void largerPlainHeadingsAreTopicsAndBoldOnesNestUnderThem() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("Falls Creek Ranch Board Meeting", 26, false).gap(8)
        .line("Date: Sep 25, 2025 5:30 PM").gap(12)
        .line("Approval of Previous Minutes", 20, false).gap(6)
        .line("Pamela Flowers motioned to approve, Pat Fettinger seconded.").gap(6)
        .line("Motion approved.").gap(12)
        .line("Treasurer's Report", 20, false).gap(6)
        .line("Total Cash                    $323,876", 11, true).gap(6)
        .line("All assessments are in.").gap(12)
        .line("Committee Reports", 20, false).gap(6)
        .line("Common Property", 15, true).gap(6)
        .line("Mitigation work below Oakcrest is done for the season.").gap(6)
        .line("Dam", 15, true).gap(6)
        .line("No report.").gap(12)
        .line("Adjournment", 20, false);
    List<Item> items = pdf.parse(new BoardMinutesProfile(), "fcr.pdf").items();
    assertEquals(List.of("Approval of Previous Minutes", "Treasurer's Report", "Committee Reports", "Adjournment"),
        items.stream().map(Item::title).toList());
    assertEquals(java.util.Arrays.asList(null, null, null, null), items.stream().map(Item::number).toList());
    assertEquals(List.of("Pamela Flowers motioned to approve, Pat Fettinger seconded. Motion approved."),
        items.get(0).decisions());
    assertEquals(List.of(), items.get(1).items());
    assertEquals(List.of("Common Property", "Dam"), items.get(2).items().stream().map(Item::title).toList());
  }
}
