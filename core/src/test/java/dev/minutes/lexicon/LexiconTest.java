package dev.minutes.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicon's files and its matching rules. */
class LexiconTest {
  private static final Lexicon ALL = Lexicon.standard();

  /** Typical phrases of each class in each language: as a label standing alone, and opening running text. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      sv | PRESENT_LABEL     | Närvarande
      sv | PRESENT_LABEL     | Beslutande ledamöter
      sv | ABSENT_LABEL      | Frånvarande
      sv | GUEST_LABEL       | Övriga närvarande
      sv | SUBSTITUTE_LABEL  | Tjänstgörande ersättare
      sv | CHAIR             | Ordförande
      sv | VICE_CHAIR        | Vice ordförande
      sv | SECRETARY         | Protokollförare
      sv | ADJUSTER          | Justerare
      sv | TIME_PLACE_LABEL  | Plats och tid
      sv | CASE_LABEL        | Dnr
      sv | DECISION_LABEL    | Beslut
      sv | PROPOSAL_LABEL    | Förslag till beslut
      sv | DESCRIPTION_LABEL | Ärendebeskrivning
      sv | ACTION_LABEL      | Åtgärder
      sv | ATTACHMENT_LABEL  | Bilagor
      sv | TOC_LABEL         | Föredragningslista
      sv | OPENING           | Mötets öppnande
      sv | QUORUM            | Sammanträdets laglighet och beslutförhet
      sv | CLOSING           | Mötets avslutande
      sv | STOP              | Besvärsanvisning
      sv | STOP              | Utdragsbestyrkande
      sv | MINUTES_WORD      | Sammanträdesprotokoll
      sv | OTHER_BUSINESS    | Övriga frågor
      en | PRESENT_LABEL     | Members present
      en | ABSENT_LABEL      | Apologies
      en | ABSENT_LABEL      | Regrets
      en | GUEST_LABEL       | In attendance
      en | SUBSTITUTE_LABEL  | Alternates
      en | CHAIR             | Chairperson
      en | VICE_CHAIR        | Vice-Chair
      en | SECRETARY         | Minute taker
      en | ADJUSTER          | Minutes checkers
      en | DATE_LABEL        | Date
      en | PLACE_LABEL       | Venue
      en | DECISION_LABEL    | Resolved
      en | PROPOSAL_LABEL    | Recommendation
      en | DESCRIPTION_LABEL | Background
      en | ACTION_LABEL      | Action items
      en | ATTACHMENT_LABEL  | Appendices
      en | CASE_LABEL        | Case no
      en | TOC_LABEL         | Contents
      en | OPENING           | Call to order
      en | AGENDA_APPROVAL   | Approval of the agenda
      en | PREVIOUS_MINUTES  | Matters arising
      en | CONFLICT_OF_INTEREST | Declarations of interest
      en | OTHER_BUSINESS    | AOB
      en | PUBLIC_QUESTIONS  | Public comment
      en | CLOSED_SESSION    | In camera
      en | NEXT_MEETING      | Date of next meeting
      en | CLOSING           | Adjournment
      en | STOP              | Signatures
      en | MINUTES_WORD      | Action minutes
      de | PRESENT_LABEL     | Anwesend
      de | ABSENT_LABEL      | Entschuldigt
      de | GUEST_LABEL       | Ferner anwesend
      de | SUBSTITUTE_LABEL  | Stellvertretung
      de | CHAIR             | Vorsitz
      de | VICE_CHAIR        | Stellv. Vorsitzender
      de | SECRETARY         | Protokollführer
      de | DECISION_LABEL    | Beschluss
      de | PROPOSAL_LABEL    | Antrag
      de | DESCRIPTION_LABEL | Sachverhalt
      de | ACTION_LABEL      | Maßnahmen
      de | ATTACHMENT_LABEL  | Anlagen
      de | CASE_LABEL        | Aktenzeichen
      de | TOC_LABEL         | Tagesordnung
      de | OPENING           | Eröffnung und Begrüßung
      de | QUORUM            | Feststellung der Beschlussfähigkeit
      de | OTHER_BUSINESS    | Verschiedenes
      de | STOP              | Rechtsmittelbelehrung
      de | STOP              | Unterschriften
      de | MINUTES_WORD      | Niederschrift
      da | PRESENT_LABEL     | Til stede
      da | PRESENT_LABEL     | Deltagere
      da | ABSENT_LABEL      | Afbud
      da | GUEST_LABEL       | Gæster
      da | SUBSTITUTE_LABEL  | Stedfortræder
      da | CHAIR             | Formand
      da | VICE_CHAIR        | Næstformand
      da | SECRETARY         | Referent
      da | DECISION_LABEL    | Beslutning
      da | PROPOSAL_LABEL    | Indstilling
      da | DESCRIPTION_LABEL | Sagsfremstilling
      da | ACTION_LABEL      | Opfølgning
      da | ATTACHMENT_LABEL  | Bilag
      da | CASE_LABEL        | Sagsnr
      da | TOC_LABEL         | Dagsorden
      da | OPENING           | Åbning
      da | OTHER_BUSINESS    | Eventuelt
      da | STOP              | Klagevejledning
      da | STOP              | Underskriftsside
      da | MINUTES_WORD      | Beslutningsprotokol
      no | PRESENT_LABEL     | Til stede
      no | ABSENT_LABEL      | Forfall
      no | GUEST_LABEL       | Gjester
      no | SUBSTITUTE_LABEL  | Varamedlem
      no | CHAIR             | Møteleder
      no | VICE_CHAIR        | Nestleder
      no | SECRETARY         | Protokollfører
      no | ADJUSTER          | Valg av to til å underskrive protokollen
      no | DECISION_LABEL    | Vedtak
      no | PROPOSAL_LABEL    | Innstilling
      no | DESCRIPTION_LABEL | Saksframstilling
      no | ATTACHMENT_LABEL  | Vedlegg
      no | CASE_LABEL        | Arkivsaksnr
      no | TOC_LABEL         | Sakliste
      no | QUORUM            | Møtet er vedtaksført
      no | OTHER_BUSINESS    | Eventuelt
      no | MINUTES_WORD      | Møtebok
      fi | PRESENT_LABEL     | Saapuvilla olleet jäsenet
      fi | PRESENT_LABEL     | Läsnä
      fi | ABSENT_LABEL      | Poissa
      fi | GUEST_LABEL       | Muut saapuvilla olleet
      fi | SUBSTITUTE_LABEL  | Varajäsen
      fi | CHAIR             | Puheenjohtaja
      fi | VICE_CHAIR        | Varapuheenjohtaja
      fi | SECRETARY         | Sihteeri
      fi | ADJUSTER          | Pöytäkirjantarkastajat
      fi | DECISION_LABEL    | Päätös
      fi | PROPOSAL_LABEL    | Ehdotus
      fi | DESCRIPTION_LABEL | Asian kuvaus
      fi | ACTION_LABEL      | Toimenpiteet
      fi | ATTACHMENT_LABEL  | Liitteet
      fi | CASE_LABEL        | Dnro
      fi | TOC_LABEL         | Käsitellyt asiat
      fi | OPENING           | Kokouksen avaus
      fi | QUORUM            | Kokouksen laillisuus ja päätösvaltaisuus
      fi | OTHER_BUSINESS    | Muut asiat
      fi | STOP              | Muutoksenhakuohjeet
      fi | STOP              | Allekirjoitukset
      fi | MINUTES_WORD      | Pöytäkirja
      """)
  void labelsOfEachClassInEachLanguage(String language, WordClass c, String phrase) {
    Lexicon one = Lexicon.of(language);
    assertEquals(c, one.label(phrase), "alone");
    assertEquals(c, one.label("  " + phrase.toUpperCase(java.util.Locale.ROOT) + " :"), "upper case, colon, spaces");
    assertTrue(ALL.labels(phrase).contains(c), "in the standard lexicon");
    assertTrue(one.startsWith(phrase + " och mer text", c), "opening text");
    assertTrue(one.contains("Text före " + phrase + " och efter", c), "inside text");
  }

  /** Phrases that carry a decision, an action, a motion or a vote inside running text. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      sv | DECISION_CUE | Kommunstyrelsen beslutar att anta planen.
      sv | DECISION_CUE | Det beslutades att skjuta upp frågan.
      sv | DECISION_CUE | Mötet beslutar enligt förslaget.
      sv | DECISION_CUE | Protokollet godkändes.
      sv | ACTION_CUE   | Anna tar på sig att kontakta skolan.
      sv | ACTION_CUE   | Förvaltningen får i uppdrag att utreda frågan.
      sv | ACTION_CUE   | Kalle ansvarar för inbjudan.
      sv | MOTION       | Lena yrkar bifall till förslaget.
      sv | VOTE         | Omröstning begärdes.
      en | DECISION_CUE | RESOLVED that the accounts be adopted.
      en | DECISION_CUE | It was resolved to appoint the auditors.
      en | DECISION_CUE | The board agreed that the fee stays.
      en | DECISION_CUE | The minutes were approved as a true record.
      en | DECISION_CUE | Motion carried 5-0.
      en | DECISION_CUE | The budget was approved by all.
      en | ACTION_CUE   | DT to circulate the draft by Friday.
      en | ACTION_CUE   | The clerk will contact the council.
      en | MOTION       | Moved by Cllr Smith, seconded by Cllr Jones.
      en | VOTE         | Ayes: 5, Nays: 2, Abstain: 1
      de | DECISION_CUE | Der Gemeinderat beschließt einstimmig.
      de | DECISION_CUE | Der Rat beschliesst Eintreten.
      de | DECISION_CUE | Das Protokoll wird genehmigt.
      de | ACTION_CUE   | Die Verwaltung wird beauftragt, ein Konzept zu erstellen.
      de | MOTION       | Antrag von Herrn Meier auf Vertagung.
      de | VOTE         | Ja 12, Nein 3, Enthaltung 1
      da | DECISION_CUE | Enstemmigt vedtaget.
      da | DECISION_CUE | Bestyrelsen besluttet at udsætte sagen.
      da | DECISION_CUE | Indstillingen blev godkendt.
      da | ACTION_CUE   | Formanden påtager sig at skrive til kommunen.
      da | MOTION       | Lars stillede forslag om nedsættelse.
      no | DECISION_CUE | Enstemmig vedtatt.
      no | DECISION_CUE | Saken tas til orientering.
      no | ACTION_CUE   | Kari tar ansvar for invitasjonen.
      no | VOTE         | Forslaget ble satt til votering.
      fi | DECISION_CUE | Hallitus päätti hyväksyä talousarvion.
      fi | DECISION_CUE | Lautakunta hyväksyi esityksen.
      fi | DECISION_CUE | Merkittiin tiedoksi.
      fi | ACTION_CUE   | Puheenjohtaja lupasi selvittää asian.
      fi | MOTION       | Virtanen teki vastaehdotuksen.
      fi | VOTE         | Äänestyksen tulos: jaa 5, ei 2.
      """)
  void cuesInRunningText(String language, WordClass c, String text) {
    assertTrue(Lexicon.of(language).contains(text, c));
    assertTrue(ALL.classesIn(text).contains(c));
  }

  /** A word written with {@code *} matches its inflected forms (Finnish cases, Swedish and German endings). */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      sv | QUORUM           | Mötet är beslutfört
      sv | QUORUM           | Konstaterande av beslutförheten
      sv | CONFLICT_OF_INTEREST | Ledamoten anmälde sig jävig
      de | QUORUM           | Die Versammlung ist beschlussfähig.
      de | CONFLICT_OF_INTEREST | Frau Meier tritt wegen Befangenheit in den Ausstand.
      fi | MONTH            | 1. syyskuuta 2025
      fi | MONTH            | Kokous pidettiin joulukuussa
      fi | WEEKDAY          | tiistaina 18.3.2025
      fi | QUORUM           | Kokous todettiin lailliseksi ja päätösvaltaiseksi.
      fi | AGENDA_APPROVAL  | Esityslista hyväksyttiin kokouksen työjärjestykseksi.
      fi | AGENDA_APPROVAL  | Esityslistan hyväksyminen
      fi | PREVIOUS_MINUTES | Edellisen kokouksen pöytäkirjan hyväksyminen
      fi | STOP             | Valitusosoitus
      fi | ATTACHMENT_LABEL | Liitteenä talousarvio
      """)
  void aStarMatchesAnyEnding(String language, WordClass c, String text) {
    assertTrue(Lexicon.of(language).contains(text, c));
  }

  @Test
  void wildcardsMatchInflectedForms() {
    Lexicon fi = Lexicon.of("fi");
    assertEquals(WordClass.CHAIR, fi.label("Puheenjohtajana"));
    assertEquals(WordClass.SECRETARY, fi.label("Sihteerinä"));
    assertEquals(WordClass.SUBSTITUTE_LABEL, fi.label("Varajäsenet"));
    assertEquals(9, fi.exactly("syyskuuta", WordClass.MONTH).orElseThrow().value());
    assertEquals(2, fi.exactly("tiistaina", WordClass.WEEKDAY).orElseThrow().value());
    assertTrue(Lexicon.of("sv").startsWith("Beslutförhet", WordClass.QUORUM));
    assertTrue(Lexicon.of("sv").startsWith("Mötet är beslutsmässigt", WordClass.QUORUM) == false);
    assertTrue(Lexicon.of("sv").contains("Mötet är beslutsmässigt", WordClass.QUORUM));
    assertTrue(Lexicon.of("de").contains("Teilnehmerinnen und Teilnehmer", WordClass.PRESENT_LABEL));
    assertFalse(fi.contains("Kokous päättyi klo 19.", WordClass.DECISION_CUE), "päättyi is no decision");
  }

  @Test
  void aLabelStandsAloneButOpensText() {
    Lexicon sv = Lexicon.of("sv");
    assertEquals(WordClass.DECISION_LABEL, sv.label("Beslut"));
    assertEquals(WordClass.DECISION_LABEL, sv.label("Beslut:"));
    assertEquals(WordClass.DECISION_LABEL, sv.label("  BESLUT :  "));
    assertNull(sv.label("Beslut om att bygga en förskola"));
    assertTrue(sv.startsWith("Beslut om att bygga en förskola", WordClass.DECISION_LABEL));
    assertTrue(sv.startsWith("   Beslut: bifall", WordClass.DECISION_LABEL));
    assertFalse(sv.startsWith("- Beslut", WordClass.DECISION_LABEL), "text opens with the phrase, not a dash");
    assertNull(sv.label("Beslut."), "a full stop ends no label");
    assertNull(sv.label(""));
    assertNull(sv.label("   :"));
  }

  @Test
  void wordsMatchWhole() {
    Lexicon en = Lexicon.of("en");
    assertEquals(WordClass.PRESENT_LABEL, en.label("Present"));
    assertNull(en.label("Presentation"));
    assertFalse(en.contains("A presentation was given", WordClass.PRESENT_LABEL));
    assertTrue(en.startsWith("Item 4: budget", WordClass.ITEM_WORD));
    assertFalse(en.startsWith("Items for noting", WordClass.ITEM_WORD), "item is written without *");
    assertTrue(Lexicon.of("sv").startsWith("Beslutade i frågan", WordClass.DECISION_LABEL));
    assertFalse(Lexicon.of("sv").startsWith("Beslutsunderlag", WordClass.DECISION_LABEL));
    assertTrue(Lexicon.of("sv").startsWith("Beslutsunderlag", WordClass.ATTACHMENT_LABEL));
    assertTrue(en.startsWith("§ 12 Budget", WordClass.ITEM_WORD));
  }

  @Test
  void foldingAndJoiners() {
    Lexicon en = Lexicon.of("en");
    assertEquals(WordClass.VICE_CHAIR, en.label("VICE CHAIR"));
    assertEquals(WordClass.VICE_CHAIR, en.label("Vice‑Chair"), "a non-breaking hyphen joins");
    assertEquals(WordClass.OTHER_BUSINESS, en.label("A.O.B"));
    assertEquals(WordClass.PRESENT_LABEL, Lexicon.of("de").label("Teilnehmende"));
    // NFKC: the ligature ﬁ is f and i, a full-width colon a colon.
    assertEquals(WordClass.CONFLICT_OF_INTEREST, Lexicon.of("fi").label("Esteellisyys："));
    assertEquals(WordClass.NOTES_LABEL, en.label("Notes"));
    assertEquals(WordClass.ACTION_CUE, en.first("Mary to ﬁnalise the report", WordClass.ACTION_CUE).orElseThrow().wordClass());
    assertNull(Lexicon.of("sv").label("Nar varande"));
    assertEquals(WordClass.SECRETARY, Lexicon.of("sv").label("Prot.förare"));
    assertNull(Lexicon.of("sv").label("Närvarande, ledamöter"), "a comma parts a phrase");
    assertEquals(WordClass.PRESENT_LABEL, Lexicon.of("sv").label("Närvarande ledamöter"));
  }

  @Test
  void precedenceWhereSeveralClassesFit() {
    assertEquals(WordClass.MINUTES_WORD, ALL.label("Protokoll"));
    assertEquals(EnumSet.of(WordClass.MINUTES_WORD, WordClass.SECRETARY, WordClass.SIGNATURE), ALL.labels("Protokoll"));
    assertEquals(WordClass.CHAIR, ALL.label("Ordförande"));
    assertTrue(ALL.labels("Ordförande").contains(WordClass.SIGNATURE));
    assertEquals(WordClass.DATE_LABEL, ALL.label("Datum"));
    assertEquals(WordClass.END_TIME_LABEL, Lexicon.of("sv").label("Mötet avslutades"));
  }

  @Test
  void firstGivesSpanLanguageAndTheLongestPhrase() {
    String text = "Enligt beslut: Nämnden i Umeå beslutar att anta planen";
    Match m = ALL.first(text, WordClass.DECISION_CUE).orElseThrow();
    assertEquals("beslutar att", text.substring(m.start(), m.end()));
    assertEquals("sv", m.language());
    Match longest = Lexicon.of("sv").first("Förslag till beslut: att anta", WordClass.PROPOSAL_LABEL).orElseThrow();
    assertEquals("Förslag till beslut", "Förslag till beslut: att anta".substring(longest.start(), longest.end()));
    Match shared = ALL.first("Til stede: Hansen", WordClass.PRESENT_LABEL).orElseThrow();
    assertEquals(List.of("da", "no"), shared.languages());
    assertEquals(12, ALL.first("am 3. Dezember", WordClass.MONTH).orElseThrow().value());
    assertTrue(ALL.first("nothing here", WordClass.MONTH).isEmpty());
    assertEquals(Set.of(WordClass.DECISION_CUE, WordClass.MOTION, WordClass.VOTE), Lexicon.of("en").classesIn("Motion carried"));
  }

  @Test
  void everyClassHasPhrasesAndEveryFileLoads() {
    Set<WordClass> seen = EnumSet.noneOf(WordClass.class);
    for (String language : Lexicon.LANGUAGES) {
      for (Phrase p : LexiconFile.read(language)) seen.add(p.wordClass());
    }
    assertEquals(EnumSet.allOf(WordClass.class), seen);
    assertTrue(ALL.size() > 5000, "phrases: " + ALL.size());
  }

  @Test
  void noPhraseRepeatsInsideOneClassAndLanguage() {
    for (String language : Lexicon.LANGUAGES) {
      Map<String, Integer> seen = new HashMap<>();
      for (Phrase p : LexiconFile.read(language)) {
        Integer before = seen.put(p.wordClass() + " " + p.key(), p.line());
        assertNull(before, language + ".tsv:" + p.line() + " repeats line " + before + ": " + p.text());
      }
    }
  }

  @Test
  void monthsAndWeekdaysHaveTheirValues() {
    for (String language : Lexicon.LANGUAGES) {
      for (Phrase p : LexiconFile.read(language)) {
        if (p.wordClass() == WordClass.MONTH) assertTrue(p.value() >= 1 && p.value() <= 12, p.text());
        if (p.wordClass() == WordClass.WEEKDAY) assertTrue(p.value() >= 1 && p.value() <= 7, p.text());
      }
    }
  }

  @Test
  void aLexiconOfSomeClassesKnowsOnlyThose() {
    Lexicon calendar = Lexicon.of(EnumSet.of(WordClass.MONTH, WordClass.WEEKDAY), "sv", "fi");
    assertEquals(Set.of(WordClass.MONTH, WordClass.WEEKDAY), calendar.classesIn("Tiistaina 18. maaliskuuta, beslut"));
    assertNull(calendar.label("Beslut"));
    assertThrows(IllegalStateException.class, () -> LexiconFile.parse("sv", "x.tsv",
        new BufferedReader(new StringReader("NOPE\tord\n")), EnumSet.of(WordClass.MONTH)), "unknown classes are refused still");
  }

  @Test
  void badLinesAreRefusedWithTheirPlace() throws Exception {
    String file = "# a comment\n\nCHAIR\tordförande\nCHAIR\tOrdförande\n";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconFile.parse("sv", "x.tsv", new BufferedReader(new StringReader(file))));
    assertEquals("lexicon x.tsv:4: CHAIR 'Ordförande' repeats line 3", e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> LexiconFile.parse("sv", "x.tsv", new BufferedReader(new StringReader("NOPE\tord\n"))));
    assertThrows(IllegalStateException.class,
        () -> LexiconFile.parse("sv", "x.tsv", new BufferedReader(new StringReader("CHAIR\tbe*\n"))));
    assertThrows(IllegalStateException.class,
        () -> LexiconFile.parse("sv", "x.tsv", new BufferedReader(new StringReader("CHAIR\tord: förande\n"))));
    assertThrows(IllegalArgumentException.class, () -> Lexicon.of("xx"));
  }

  @Test
  void aPhrasesWordsStandApartByAnyRunOfWhiteSpace() {
    assertEquals(List.of("vice", "ordförande"), Phrase.parse(" Vice \t\u000B\f ordförande\r\n"));
    assertEquals(List.of("prot", "förare", "beslut*"), Phrase.parse("prot.förare  beslut*"));
  }
}
