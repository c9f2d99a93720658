package dev.minutes.profile.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Finnish §-protocol read as a paragraph protocol: its parts (Ehdotus, Päätös, Esteellisyys), an earlier body's handling headed "Kaupunginhallitus,
 * 09.06.2025, § 228" that is history, this meeting's own headed by its paragraph, and the appeal instructions after the
 * last item (Muutoksenhakukielto) that are no item's text.
 */
class FinnishProtocolTest {
  private static Minutes minutes() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("Kaupunginvaltuusto Pöytäkirja 6/2025", 14, true).gap(6)
        .line("Aika 01.09.2025 klo 18:00").line("Paikka Kaupungintalo").gap(12)
        .bold("§ 66").bold("Jäsenen valitseminen").gap(6)
        .line("Kaupunginhallitus, 09.06.2025, § 228").gap(6)
        .line("Ehdotus").line("Kaupunginhallitus esittää, että valtuusto valitsee jäsenen.").gap(6)
        .line("Päätös").line("Kaupunginhallitus hyväksyi ehdotuksen.").gap(12)
        .line("Kaupunginvaltuusto, 01.09.2025, § 66").gap(6)
        .line("Päätös").line("Kaupunginvaltuusto valitsi jäseneksi Pirkko Talolan.").gap(6)
        .line("Esteellisyys").line("Valtuutettu Matti Kangas poistui esteellisenä.").gap(12)
        .bold("§ 67").bold("Muut asiat").gap(6)
        .line("Päätös").line("Todettiin, ettei muita asioita ollut.").gap(12)
        .line("Muutoksenhakukielto §66, §67").line("Tähän päätökseen ei saa hakea muutosta.");
    return pdf.parse(new ParagraphProtocolProfile(), "ptk.pdf");
  }

  @Test
  void thisMeetingsDecisionIsUnderItsOwnParagraphAndTheEarlierHandlingIsHistory() throws Exception {
    Minutes m = minutes();
    assertEquals("paragraph-protocol", m.source().format().profile());
    Item elected = m.items().get(0);
    assertEquals("66", elected.number());
    assertEquals(List.of("Kaupunginvaltuusto valitsi jäseneksi Pirkko Talolan."), elected.decisions());
    assertEquals(List.of("Valtuutettu Matti Kangas poistui esteellisenä."), elected.notes());
  }

  @Test
  void theAppealInstructionsAreNoItemsText() throws Exception {
    assertEquals(List.of("Todettiin, ettei muita asioita ollut."), minutes().items().get(1).decisions());
  }
}
