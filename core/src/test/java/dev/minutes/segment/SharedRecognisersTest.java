package dev.minutes.segment;

import static dev.minutes.segment.TestLines.LAYOUT;
import static dev.minutes.segment.TestLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.extract.TextLine;
import dev.minutes.model.Participant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recognisers the document families share, each on text or lines made by hand. */
class SharedRecognisersTest {
  private static DateTimeFinder.Found found(String date, String start, String end) {
    return new DateTimeFinder.Found(date, start, end);
  }

  @Test
  void datesAndTimesInTheFormsMinutesWriteThem() {
    assertEquals(found("2023-03-28", "15:02", "16:55"), DateTimeFinder.find("Sammanträdestid 28.3.2023 kl. 15.02–16.55"));
    assertEquals(found("2023-01-30", "16:15", "18:35"), DateTimeFinder.find("30.1.2023 kl. 16:15 – 18:35"));
    assertEquals(found("2019-03-05", "19:30", null), DateTimeFinder.find("held on 5th March 2019 at 7.30pm at the hall"));
    assertEquals(found("2021-01-26", null, null), DateTimeFinder.find("26 January 2021"));
    assertEquals(found("2023-08-16", "09:30", "12:40"), DateTimeFinder.find("16. August 2023, 09.30 Uhr bis 12.40 Uhr"));
    assertEquals(found("2023-03-28", null, null), DateTimeFinder.find("28 mars 2023"));
    assertEquals(found("2014-09-25", "11:15", "13:15"), DateTimeFinder.find("25th September 2014 11.15am – 1.15pm"));
    assertEquals(found("2014-11-14", null, null), DateTimeFinder.find("LiTHe Kod 20141114"));
    assertEquals(found("2013-10-09", null, null), DateTimeFinder.find("LiTHe Kod 2013\u00AD10\u00AD09"));
    assertEquals(found(null, null, null), DateTimeFinder.find("Ärenden 13-24"));
    assertEquals(found(null, null, null), DateTimeFinder.find("NKBY/723/00.00.01.05/2022"));
    assertEquals(found("2023-08-10", "16:00", null), DateTimeFinder.findWithoutYear("August 10th at 4 PM EST", "2023-08-10"));
    assertEquals(found("2022-12-20", null, null), DateTimeFinder.findWithoutYear("20 december", "2023-01-05"),
        "a date after the reference falls in the year before");
  }

  private static List<Participant> people(List<String> lines, String attendance) {
    return ParticipantList.parse(lines, attendance, null).stream().map(ParticipantList.Entry::participant).toList();
  }

  @Test
  void participantListsWithBoxesRolesInitialsAndWrappedNames() {
    List<Participant> ticks = people(List.of("[X] Haverinen Emilia, ordförande, distans [X] Sjöström William",
        "[ ] Liljeqvist Ella [X] Sundvik Evelina, vice ordförande"), Participant.PRESENT);
    assertEquals(List.of(new Participant("Haverinen Emilia", "chair", "ordförande", "present", null),
        new Participant("Sjöström William", null, null, "present", null),
        new Participant("Liljeqvist Ella", null, null, "absent", null),
        new Participant("Sundvik Evelina", "vice-chair", "vice ordförande", "present", null)), ticks);

    List<Participant> initials = people(List.of("David Thomas (DT), Sheila Freeman (SF), Alan Holzer (AHol), Evelyn",
        "Lindqvist (EL)"), Participant.PRESENT);
    assertEquals(List.of("DT", "SF", "AHol", "EL"), initials.stream().map(Participant::initials).toList());
    assertEquals("Evelyn Lindqvist", initials.get(3).name());

    List<Participant> roles = people(List.of("Backa Luzilla, välfärdschef, kl. 16.15 – 17.30",
        "Östman Katarina, ungdomsledare, prot.förare"), Participant.PRESENT);
    assertEquals(List.of(new Participant("Backa Luzilla", null, "välfärdschef", "present", null),
        new Participant("Östman Katarina", "secretary", "ungdomsledare, prot.förare", "present", null)), roles);

    List<Participant> wrapped = people(List.of("Richard Hunt (RH)(Observer) Ian Brookman (IB)(Finance & Resources",
        "Manager)"), Participant.PRESENT);
    assertEquals(List.of(new Participant("Richard Hunt", null, "Observer", "present", "RH"),
        new Participant("Ian Brookman", null, "Finance & Resources Manager", "present", "IB")), wrapped);

    assertTrue(ParticipantList.parse(List.of("Directors, Members and Staff of Suffolk Libraries"), null, null).stream()
        .noneMatch(ParticipantList.Entry::looksLikeName), "a group is no person");
  }

  @Test
  void residencesAfterTheNameAreNoRoles() {
    List<Participant> list = ParticipantList.parse(List.of("Bétrisey Karin, Kesswil", "11.40 Uhr Wiesli Jürg, Dozwil"),
        Participant.ABSENT, null, false, true).stream().map(ParticipantList.Entry::participant).toList();
    assertEquals(List.of(new Participant("Bétrisey Karin", null, null, "absent", null),
        new Participant("Wiesli Jürg", null, null, "absent", null)), list);
    List<Participant> titled = ParticipantList.parse(List.of("Mayor Tom Piper", "Ekonomichef Anders Svensson",
        "Cllr Richard Smith"), Participant.PRESENT, null, false, false).stream().map(ParticipantList.Entry::participant).toList();
    assertEquals(List.of("Tom Piper|Mayor", "Anders Svensson|Ekonomichef", "Cllr Richard Smith|null"),
        titled.stream().map(q -> q.name() + "|" + q.roleText()).toList(), "a role before the name is a role; Cllr is the name's");
    List<Participant> two = ParticipantList.parse(List.of("Patrik Köhler och Nedzad Talovic"), Participant.PRESENT,
        "adjuster", true, false).stream().map(ParticipantList.Entry::participant).toList();
    assertEquals(List.of("Patrik Köhler", "Nedzad Talovic"), two.stream().map(Participant::name).toList());
    List<Participant> chair = ParticipantList.parse(List.of("Andreas Zuber, Grossratspräsident, Märstetten"),
        Participant.PRESENT, "chair", true, true).stream().map(ParticipantList.Entry::participant).toList();
    assertEquals(List.of(new Participant("Andreas Zuber", "chair", "Grossratspräsident", "present", null)), chair);
  }

  @Test
  void honoursStayWithTheNameATitleAloneAfterItIsARoleAndAClosingAndJoinsNothing() {
    assertEquals(List.of("Mr R C Love, OBE|null", "Mr D Murphy|null", "Mr M Wagner|Chief Analyst", "Mr D Whittle|null"),
        people(List.of("Mr R C Love, OBE, Mr D Murphy,", "Mr M Wagner (Chief Analyst) and", "Mr D Whittle"),
            Participant.PRESENT).stream().map(q -> q.name() + "|" + q.roleText()).toList());
    assertEquals(List.of("Satu Kankare|Kaupunginjohtaja", "Minna Kangasluoma|Hallintopäällikkö, sihteeri",
            "Mika Kamunen|Sivistys- ja hyvinvointijohtaja"),
        people(List.of("Satu Kankare, Kaupunginjohtaja", "Minna Kangasluoma, Hallintopäällikkö, sihteeri",
            "Mika Kamunen, Sivistys- ja hyvinvointijohtaja"), Participant.PRESENT).stream()
            .map(q -> q.name() + "|" + q.roleText()).toList(), "one person a line, a capitalised title after the name");
    assertEquals(List.of("Minna Kangasluoma|Kaupunginjohtaja"), ParticipantList.parse(
        List.of("Kaupunginjohtaja Minna Kangasluoma"), Participant.PRESENT, null, true, false).stream()
        .map(e -> e.participant().name() + "|" + e.participant().roleText()).toList());
  }

  @Test
  void officersTitlesBeforeTheNameAndFirmsAfterItInASemicolonList() {
    List<Participant> staff = people(List.of("Fire Chief-MLEO-CEMC Will Bateman; Operations Superintendent Dan",
        "MacInnis; Municipal Administrator-Clerk-Treasurer Kris Croskery-Hodgins."), Participant.PRESENT);
    assertEquals(List.of("Will Bateman|Fire Chief-MLEO-CEMC", "Dan MacInnis|Operations Superintendent",
        "Kris Croskery-Hodgins|Municipal Administrator-Clerk-Treasurer"),
        staff.stream().map(q -> q.name() + "|" + q.roleText()).toList());
    List<Participant> guests = people(List.of("Oscar Poloni, KPMG; Tim McBride and Alana Valle, Pinchin."),
        Participant.PRESENT);
    assertEquals(List.of("Oscar Poloni|KPMG", "Tim McBride|Pinchin", "Alana Valle|Pinchin"),
        guests.stream().map(q -> q.name() + "|" + q.roleText()).toList());
  }

  @Test
  void headingsInEachNumberSyntax() {
    var all = EnumSet.allOf(NumberSyntax.class);
    assertEquals("13", NumberedHeading.match(line(100, 12, true, "13 § Sammanträdets laglighet"), null, Float.NaN, LAYOUT,
        all).number().toString());
    assertEquals("8.1", NumberedHeading.match(line(100, 12, true, "§8.1 Revisor"), ItemNumber.parse("8"), Float.NaN,
        LAYOUT, all).number().toString());
    assertEquals("5", NumberedHeading.match(line(100, 12, true, "TOP 5 Haushalt"), ItemNumber.parse("4"), Float.NaN,
        LAYOUT, all).number().toString());
    NumberedHeading.Match glued = NumberedHeading.match(line(100, 12, true, "10.10.Attraktiv arbetsgivare"),
        ItemNumber.parse("10.9"), Float.NaN, LAYOUT, all);
    assertEquals("10.10", glued.number().toString());
    assertEquals("Attraktiv arbetsgivare", glued.title());
    assertNull(NumberedHeading.match(line(100, 11, false, "2 § Val av protokolljusterare ........................ 2"),
        ItemNumber.parse("1"), Float.NaN, LAYOUT, all), "a table of contents line");
    assertNull(NumberedHeading.match(line(100, 10, false, "2. att godkänna"), ItemNumber.parse("1"), Float.NaN, LAYOUT,
        EnumSet.of(NumberSyntax.DOTTED)), "a clause in lower case");
    assertEquals("Previous minutes approved.", NumberedHeading.match(line(100, 11, false,
        ":03 - :05 Previous minutes approved."), null, Float.NaN, LAYOUT, EnumSet.of(NumberSyntax.TIME_SLOT)).title());
    assertEquals("3", NumberedHeading.match(line(100, 11, true, "3. TREASURER’S REPORT"), ItemNumber.parse("4"), 50,
        LAYOUT, all).number().toString(), "a bold capitals heading whose number slipped back");
    assertNull(NumberedHeading.match(line(100, 11, true, "3. Treasurer’s report"), ItemNumber.parse("4"), 50, LAYOUT,
        all), "a number going back in ordinary type is no heading");
    assertNull(NumberedHeading.match(line(100, 11, true, "1. TREASURER’S REPORT"), ItemNumber.parse("5"), 50, LAYOUT,
        all), "more than three back");
    NumberedHeading.Match ocr = NumberedHeading.match(line(100, 11, false, "8 7. Fråga om kallelse behörigen skett"),
        ItemNumber.parse("6"), 50, LAYOUT, all);
    assertEquals("7", ocr.number().toString(), "a § that OCR read as 8");
    assertEquals("Fråga om kallelse behörigen skett", ocr.title());
    assertEquals("1", NumberedHeading.match(line(100, 11, false, "& 1. Stämmans öppnande"), null, Float.NaN, LAYOUT,
        all).number().toString(), "a § that OCR read as &");
  }

  @Test
  void aNumberOnAnotherBaselineGoesBackToItsTitle() {
    TextLine title = line(680, 11, true, "Update from working groups");
    TextLine shifted = new TextLine(1, 120, 680, 11, true, title.words().stream()
        .map(w -> new dev.minutes.extract.Word(w.text(), w.x() + 70, w.endX() + 70, 11, true)).toList(), title.text());
    TextLine number = new TextLine(1, 73, 693, 11, true, List.of(new dev.minutes.extract.Word("6.", 73, 82, 11, true)), "6.");
    List<TextLine> repaired = MisplacedNumbers.repair(List.of(shifted, number), LAYOUT);
    assertEquals(List.of("6. Update from working groups"), repaired.stream().map(TextLine::text).toList());
  }

  @Test
  void joiningAcrossLines() {
    assertEquals("förtydligande/medskick", TextJoin.join("förtydligande/", "medskick"));
    assertEquals("genehmigt", TextJoin.join("ge-", "nehmigt", true));
    assertEquals("ge-nehmigt", TextJoin.join("ge-", "nehmigt", false), "Swedish exports keep such hyphens");
    assertEquals("Sport- und", TextJoin.join("Sport-", "und", true));
    assertEquals("Minutes of 26th July", TextJoin.normalise("Minutes of 26 th July"));
    assertEquals("- Beslut tas", TextJoin.normalise("\u00AD Beslut tas"));
    assertEquals("2013-10-09", TextJoin.normalise("2013\u00AD10\u00AD09"));
  }

  @Test
  void subheadingsAndEnumerationsAreParagraphs() {
    List<String> ps = Paragraphs.of(List.of(
        line(100, 10, false, "Body text that fills the column to its right edge and ends."),
        line(112, 10, false, "Ekonomi"),
        line(124, 10, false, "Forderung 1 wird mit 107:2 Stimmen nicht erheblich erklärt and goes on"),
        line(136, 10, false, "Forderung 2 wird erheblich erklärt.")), LAYOUT);
    assertEquals(List.of("Body text that fills the column to its right edge and ends.", "Ekonomi",
        "Forderung 1 wird mit 107:2 Stimmen nicht erheblich erklärt and goes on", "Forderung 2 wird erheblich erklärt."), ps);
    assertFalse(Paragraphs.of(List.of(line(100, 10, false, "Växelfunktionen ska vara gemensam (exkl."),
        line(112, 10, false, "Örnsköldsvik)")), LAYOUT).size() > 1, "a line closing a parenthesis is no sub-heading");
  }

  private static TextLine placed(float y, Object... wordsAndX) {
    List<dev.minutes.extract.Word> words = new java.util.ArrayList<>();
    for (int k = 0; k < wordsAndX.length; k += 2) {
      String w = (String) wordsAndX[k];
      float x = ((Number) wordsAndX[k + 1]).floatValue();
      words.add(new dev.minutes.extract.Word(w, x, x + w.length() * 5, 10, false));
    }
    return new TextLine(1, words.get(0).x(), y, 10, false, words,
        String.join(" ", words.stream().map(dev.minutes.extract.Word::text).toList()));
  }

  @Test
  void anActionColumnIsSetApart() {
    SideColumn side = SideColumn.of(List.of(
        placed(100, "Action", 540),
        placed(112, "The", 120, "board", 140, "agreed", 172, "AW", 545),
        placed(124, "and", 120, "follows", 140, "up", 182),
        placed(136, "IB/", 545),
        placed(148, "Next", 120, "point", 146)));
    assertEquals(List.of("The board agreed", "and follows up", "Next point"), side.lines().stream().map(TextLine::text).toList());
    assertEquals("AW", side.beside(side.lines().get(0)));
    assertNull(side.beside(side.lines().get(1)));
    assertEquals("IB/", side.beside(side.lines().get(2)), "a column word on its own line goes with the next text line");
  }
}
