package dev.minutes.profile.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision heading that names the body deciding ("Kommunstyrelsens beslut", "Resolution of the Board") opens with a
 * capital: a line of running text that begins with the word ("resolution of Council to endorse …") goes on in its
 * paragraph and opens no decision section.
 */
class DecisionHeadingTest {
  @Test
  void aLineOfRunningTextThatBeginsWithResolutionIsNoHeading() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .bold("Cabinet").gap(4)
        .line("Thursday, 9 January 2025").gap(12)
        .bold("83. English Devolution White Paper").gap(12)
        .line("Having listened carefully to the full debate at County Council and noting the")
        .line("resolution of Council to endorse an application to join the Devolution Priority")
        .line("Programme, the Leader put forward the proposal.").gap(12)
        .bold("84. Resolution of the Cabinet").gap(12)
        .line("Minutes of the last meeting.").gap(12)
        .line("Resolution of the Cabinet").gap(4)
        .line("The minutes were agreed.");
    List<Item> items = pdf.parse(new GeneralProfile(), "kent.pdf").items();
    Item first = items.get(0);
    assertEquals(List.of(), first.decisions(), "no decision in running text");
    assertTrue(String.join(" ", first.notes()).contains("noting the resolution of Council to endorse an application to join the"
        + " Devolution Priority Programme, the Leader"), String.join(" | ", first.notes()));
    assertEquals(List.of("The minutes were agreed."), items.get(1).decisions());
  }
}
