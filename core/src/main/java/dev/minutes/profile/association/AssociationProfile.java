package dev.minutes.profile.association;

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
 * Swedish association and board protocols: {@code Närvarande} / {@code Frånvarande} / {@code Kallade} lists,
 * items numbered {@code §1}, {@code 1.}, {@code 1)} or {@code 8.1}, the meeting's officers elected in its first
 * items, decisions recorded in the text ("Mötet beslutar att", "Det beslutades att", "… väljs till …").
 */
public final class AssociationProfile extends OutlineProfile {
  public static final String NAME = "association";

  public static final Vocabulary VOCABULARY = new Vocabulary.Builder("sv")
      .header(HeaderField.DATE, "Datum", "Mötesdatum")
      .header(HeaderField.TIME, "Tid", "Klockan", "Tidpunkt")
      .header(HeaderField.DATE_TIME, "Datum och tid", "Tid och datum")
      .header(HeaderField.LOCATION, "Plats", "Lokal", "Mötesplats", "Plats och tid")
      .header(HeaderField.PRESENT, "Närvarande", "Närvarande ledamöter", "Närvarande medlemmar", "Deltagare",
          "Deltagande", "Närvarande styrelseledamöter")
      .header(HeaderField.ABSENT, "Frånvarande", "Anmält förhinder", "Ej närvarande", "Förhinder")
      .header(HeaderField.CALLED, "Kallade", "Kallad", "Ledamöter")
      .header(HeaderField.OTHERS_PRESENT, "Adjungerade", "Adjungerad", "Gäster", "Övriga närvarande")
      .header(HeaderField.CHAIR, "Ordförande", "Mötesordförande")
      .header(HeaderField.SECRETARY, "Sekreterare", "Mötessekreterare", "Protokollförare")
      .header(HeaderField.ADJUSTERS, "Justerare", "Justeringsperson", "Justeringspersoner", "Protokolljusterare")
      .numbering(NumberSyntax.PARAGRAPH_SIGN, NumberSyntax.DOTTED, NumberSyntax.PARENTHESIS)
      .hyphenated()
      .bodyPart(Part.NOTES)
      .part(Part.DECISIONS, "Beslut", "Beslutades", "Beslutet")
      .part(Part.PROPOSAL, "Förslag", "Yrkande", "Yrkanden", "Motion", "Proposition")
      .part(Part.NOTES, "Diskussion", "Anteckningar", "Information")
      .decisionCues(
          "^(?:Mötet|Styrelsen|Årsmötet|Stämman|Föreningsstämman|Föreningen|Vi|Medlemsmötet)\\s+(?:har\\s+)?"
              + "(?:beslut\\w*|väljer|valde|godkänner|godkände|fastställer|fastställde|antar|antog|beviljar|beviljade|"
              + "röstar|röstade|nominerar och väljer|utser|utsåg)\\b",
          "^(?:Det\\s+)?[Bb]eslut(?:ades|as)\\b", "^Beslut\\s+tas\\b", "\\bväljs\\b", "\\bblev\\s+vald\\b",
          "\\bvaldes\\b", "\\bbordläggs\\b", "\\bbordlades\\b", "\\bfastställs\\b", "\\bgodkänns\\b", "\\bgodkändes\\b",
          "\\bantogs\\b", "\\bbeviljas\\b", "\\bbeviljades\\b", "^För:", "^Emot:", "^\\d+\\s+röstar\\b",
          "^Beslutar\\b")
      .actionPhrases(
          "^(?:- )?(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?(?:\\s+(?:och|&)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)*)"
              + "\\s+(?:väljs|valdes|utses|utsågs)\\s+(?:att|till\\s+ansvarig|ansvarig|ansvariga)\\b",
          "(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?(?:\\s+(?:och|&)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)*)"
              + "\\s+tar\\s+på\\s+sig\\s+att\\b",
          "\\b(?:ålägga|uppdra åt|ge)\\s+((?:den\\s+)?(?:nya\\s+)?styrelsen)\\s+(?:uppgiften|i uppdrag)\\b")
      .stops("^Justeras\\s*:?$", "^Vid protokollet\\b", "^Underskrifter\\b")
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
    int decisions = Clues.containing(document, "beslut välj godkänner vald",
        "\\b(Mötet|Styrelsen|Årsmötet|Stämman)\\s+(beslutar|väljer|godkänner)\\b|\\bbeslutades\\b|\\bväljs\\b|\\bblev vald\\b");
    int officers = Clues.containing(document, "mötesordförande mötessekreterare juster rösträknare",
        "\\b(mötesordförande|mötessekreterare|justeringsperson|justerare|rösträknare)\\b");
    int labels = Clues.openingLines(lines, 40, "(Närvarande|Frånvarande|Kallade|Deltagare)\\s*:?");
    int protocol = Clues.openingLines(lines, 5, ".*\\b(protokoll|mötesprotokoll|styrelsemöte|årsmöte|stormöte)\\b");
    return new Evidence.Builder()
        .add("sv".equals(document.language()), 0.15, "Swedish text")
        .add(decisions, Math.min(0.3, 0.1 * decisions), "decisions in the text (Mötet beslutar, beslutades, väljs)")
        .add(officers, Math.min(0.2, 0.1 * officers), "the meeting's officers elected")
        .add(labels, Math.min(0.2, 0.1 * labels), "attendance labels (Närvarande, Kallade, …)")
        .add(protocol, 0.1, "a protocol's title")
        .build();
  }
}
