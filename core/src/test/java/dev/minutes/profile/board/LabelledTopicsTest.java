package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Board minutes whose topics are bold labels run in before their text ("Data Warehouse: The integrations …"): each
 * is an unnumbered item, nested under the bold heading right above them; the bold headings under the header's labels
 * are items too, and a bold label that is a part's or a vote's ("Motion:") is no topic.
 */
class LabelledTopicsTest {
  @Test
  void boldLabelsRunInBeforeTheirTextAreTopicsNestedUnderTheHeadingAbove() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .bold("Data Governance").gap(4)
        .bold("November 11, 2021").gap(12)
        .runIn("Members present:", "Robert Bromfield, Nathan Cain, Dom Daher").gap(12)
        .bold("Approve October 14, 2021 Minutes").gap(12)
        .runIn("Motion:", "Minutes approved as presented by the members").gap(12)
        .bold("Subcommittee status reports").gap(4)
        .runIn("Gender Identity and Preferred Pronouns:", "the student portal went live last Friday.").gap(12)
        .runIn("Data Warehouse:", "the integrations environment will need to be robust.").gap(12)
        .runIn("Data Use Agreement:", "propose to change the subcommittee to a dual function.").gap(12)
        .bold("Good of the order").gap(4)
        .line("Nothing was raised.");
    List<Item> items = pdf.parse(new BoardMinutesProfile(), "usf.pdf").items();
    assertEquals(List.of("Approve October 14, 2021 Minutes", "Subcommittee status reports", "Good of the order"),
        items.stream().map(Item::title).toList());
    assertEquals(List.of("Gender Identity and Preferred Pronouns", "Data Warehouse", "Data Use Agreement"),
        items.get(1).items().stream().map(Item::title).toList());
    assertEquals(java.util.Arrays.asList(null, null, null), items.get(1).items().stream().map(Item::number).toList());
  }
}
