package dev.minutes.profile.protocol;

import dev.minutes.extract.TextLine;
import dev.minutes.profile.Clues;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.OutlineProfile;
import dev.minutes.segment.HeaderField;
import dev.minutes.segment.NumberSyntax;
import dev.minutes.segment.Part;
import dev.minutes.segment.Vocabulary;
import java.util.List;

/**
 * Swedish and Finland-Swedish municipal §-protocols: a header block ({@code Organ}, {@code Sammanträdestid},
 * {@code Plats}, {@code Beslutande} with ticked boxes, {@code Ersättare}, {@code Övriga närvarande},
 * {@code Justerare}, {@code Sekreterare}), a table of contents with dot leaders, items numbered {@code § 13} or
 * {@code 13 §}, each with its description, {@code Förslag} and {@code <Organ>s beslut}, a case number
 * ({@code Dnr}) above or under the heading, appendices and appeal instructions that are not items.
 */
public final class ParagraphProtocolProfile extends OutlineProfile {
  public static final String NAME = "paragraph-protocol";

  public static final Vocabulary VOCABULARY = new Vocabulary.Builder("sv")
      .header(HeaderField.BODY, "Organ", "Nämnd", "Organ/Nämnd", "Instans", "Sammanträde")
      .header(HeaderField.DATE_TIME, "Sammanträdestid", "Tid och plats", "Datum och tid", "Sammanträdesdatum", "Datum",
          "Tid")
      .header(HeaderField.LOCATION, "Plats", "Sammanträdesplats", "Mötesplats", "Plats och tid")
      .header(HeaderField.VOTING, "Beslutande", "Beslutande ledamöter", "Närvarande ledamöter", "Ledamöter",
          "Närvarande beslutande")
      .header(HeaderField.SUBSTITUTES, "Ersättare", "Tjänstgörande ersättare", "Närvarande ersättare")
      .header(HeaderField.OTHERS_PRESENT, "Övriga närvarande", "Övriga deltagare", "Övriga deltagande",
          "Närvarande tjänstemän", "Övriga", "Närvarande övriga")
      .header(HeaderField.ABSENT, "Frånvarande", "Anmält förhinder")
      .header(HeaderField.ADJUSTERS, "Justerare", "Protokolljusterare", "Utses att justera", "Justerande")
      .byline("Beredning", "Föredragande", "Handläggare")
      .header(HeaderField.SECRETARY, "Sekreterare", "Protokollförare")
      .header(HeaderField.CHAIR, "Ordförande")
      .header(HeaderField.IGNORED, "Ärenden", "Paragrafer", "Underskrifter", "Justeringens plats och tid",
          "Protokollet justerat", "Protokollet framlagt", "Elektroniska underskrifter", "Intygar")
      .numbering(NumberSyntax.PARAGRAPH_SIGN)
      .hyphenated()
      .bodyPart(Part.DESCRIPTION)
      .part(Part.DESCRIPTION, "Ärendebeskrivning", "Sammanfattning", "Beredning", "Bakgrund", "Ärendet",
          "Sammanfattning av ärendet", "Beskrivning av ärendet")
      .part(Part.PROPOSAL, "Förslag", "Förslag till beslut", "Beslutsförslag", "Föredragandens förslag")
      .part(Part.DECISIONS, "Beslut", "Beslutet")
      .part(Part.NOTES, "Yrkanden", "Yrkande", "Reservation", "Reservationer", "Jäv", "Propositionsordning",
          "Omröstning", "Anteckning", "Protokollsanteckning")
      // The same parts in Finnish protocols: Ehdotus, Päätös, Esteellisyys (jäv), Äänestys.
      .part(Part.PROPOSAL, "Ehdotus", "Päätösehdotus", "Esitys")
      .part(Part.DECISIONS, "Päätös")
      .part(Part.NOTES, "Esteellisyys", "Äänestys", "Pöytäkirjamerkintä", "Eriävä mielipide")
      .part(Part.ATTACHMENTS, "Bilaga", "Bilagor", "Bil.")
      .part(Part.SKIPPED, "Beslutsunderlag", "Expedieras", "Expediering", "Beslutet skickas till", "Tidigare behandling",
          "Handlingar")
      .partHeading(Part.DECISIONS, "\\S.{1,60}s beslut:?")
      .partHeading(Part.PROPOSAL, "\\S.{1,60}s förslag(?: till \\S+(?: \\S+)?)?:?")
      .partHeading(Part.PROPOSAL, "\\S.{1,60}n ehdotus:?")
      .stops("^Bilaga\\b", "^Bil\\.\\s", "^Anvisning för\\b", "^Anvisning om\\b", "^Besvärsanvisning",
          "^Överklagandehänvisning", "^Hur man överklagar", "^Rättelseyrkande", "^Omprövningsanvisning",
          // Finnish appeal instructions: Muutoksenhakuohje, Muutoksenhakukielto, Kunnallisvalitus, Oikaisuvaatimusohje.
          "^Muutoksenhak", "^Kunnallisvalitus", "^Valituskielto", "^Oikaisuvaatimu", "^Valitusosoitu")
      .caseNumber("^(?:(?:Dnr|Diarienr|Diarienummer|Ärendenr)\\.?:?\\s*)?([A-ZÅÄÖ]{2,8}(?:[ /-][A-ZÅÄÖ0-9]{1,8})*"
          + "[ /-]\\d{1,5}(?:[/.-]\\d[\\d.]*)+)$")
      .actionPhrases("\\b(?:ger|gav)\\s+i\\s+uppdrag\\s+(?:till|åt)\\s+(\\S.{2,60}?)\\s+att\\b",
          "\\b(?:ger|gav)\\s+(\\S.{2,60}?)\\s+i\\s+uppdrag\\s+att\\b",
          "\\b(?:uppdrar|uppdrog)\\s+(?:åt|till)\\s+(\\S.{2,60}?)\\s+att\\b")
      // "Stadsstyrelsen 19.12.2022, 284 §", "Kaupunginvaltuusto, 01.09.2025, § 66", "Kaupunginhallitus, § 228,09.06.2025".
      .sessionLine("^\\S.{1,60}?(?:\\s+|,\\s*)(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4},?\\s+(?:§\\s*)?(\\d{1,4})(?:\\s*§)?"
          + "|§\\s*(\\d{1,4}),\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{4})$")
      .build();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Vocabulary vocabulary() {
    return VOCABULARY;
  }

  @Override
  public Evidence evidence(DocumentLines document) {
    List<TextLine> lines = document.lines();
    int signs = Clues.lines(document, "§", "(?:§\\s*\\d{1,4}|\\d{1,4}\\s*§)\\s+\\p{Lu}.*");
    int labels = Clues.openingLines(lines, 80, "(Organ|Sammanträdestid|Sammanträdesplats|Beslutande|Ersättare"
        + "|Övriga närvarande|Protokolljusterare|Justerare|Utses att justera)\\b");
    int decisions = Clues.lines(document, "s beslut", "\\S.{1,60}s beslut:?");
    return new Evidence.Builder()
        .add(signs >= 2 ? signs : 0, 0.35, "items numbered with §")
        .add(labels, Math.min(0.4, 0.1 * labels), "municipal protocol header labels")
        .add(decisions, 0.2, "'<body>s beslut' headings")
        .build();
  }
}
