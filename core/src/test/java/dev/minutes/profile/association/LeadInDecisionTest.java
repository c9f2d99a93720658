package dev.minutes.profile.association;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision that leads in with a comma ("Stämman beslutar,") goes on in the paragraphs after it that open in lower
 * case ("att fastställa dagordningen."): one decision; the paragraph after it in capitals is no part of it.
 */
class LeadInDecisionTest {
  @Test
  void aDecisionEndingInACommaGoesOnInTheLowerCaseParagraphAfterIt() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("PROTOKOLL", 20, false).gap(8)
        .line("fört vid ordinarie föreningsstämma med Bostadsrättsföreningen Imatra den 28 april 2022").gap(12)
        .bold("§ 1. Stämmans öppnande").gap(6)
        .line("Ordföranden förklarar föreningsstämman för öppen.").gap(12)
        .bold("§ 2. Fastställande av dagordning").gap(6)
        .line("Förslag till dagordning hade utdelats med kallelsen.").gap(12)
        .line("Stämman beslutar,").gap(12)
        .line("att fastställa dagordningen.").gap(12)
        .line("Bilaga 2.").gap(12)
        .bold("§ 3. Avslutning").gap(6)
        .line("Ordföranden förklarar stämman avslutad.");
    List<Item> items = pdf.parse(new AssociationProfile(), "brf.pdf").items();
    assertEquals(List.of("Stämmans öppnande", "Fastställande av dagordning", "Avslutning"),
        items.stream().map(Item::title).toList());
    assertEquals(List.of("Stämman beslutar, att fastställa dagordningen."), items.get(1).decisions());
  }
}
