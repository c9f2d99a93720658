package dev.minutes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.lexicon.Lexicon;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People recorded in an opening item: a roll-call table, a list under "Til stede", and what is not attendance. */
class AttendanceInItemsTest {
  private static final Lexicon LEXICON = Lexicon.standard();
  private static final Layout LAYOUT = Layout.of(List.of(row(false, "Alexander Scheurer")));

  /** A line of cells, each cell's words a space apart and cells 60 points apart. */
  private static TextLine row(boolean bold, String... cells) {
    List<Word> words = new ArrayList<>();
    float x = 100;
    for (String cell : cells) {
      for (String w : cell.split(" ")) {
        words.add(new Word(w, x, x + 6 * w.length(), 12, bold));
        x += 6 * w.length() + 3;
      }
      x += 60;
    }
    return new TextLine(1, 100, 200, 12, bold, words, String.join(" ", cells));
  }

  private static List<String> people(List<Participant> ps) {
    return ps.stream().map(p -> p.name() + "/" + p.attendance()).toList();
  }

  @Test
  void aRollCallTableGivesEachRowsNameAndStatus() {
    List<TextLine> lines = List.of(row(false, "The meeting was called to order by Commissioner Robert Sherrard."),
        row(true, "Attendee Name", "Title", "Status", "Arrived"),
        row(false, "Andrei Garcia", "Commissioner", "Late", "7:08 p.m."),
        row(false, "Uriel Hernandez", "Commissioner", "Absent"),
        row(false, "Juan Mendez", "Alternate", "Present"));
    var found = AttendanceInItems.find(List.of(new AttendanceInItems.Opening("CALL TO ORDER AND ROLL CALL", lines)), LEXICON, LAYOUT);
    assertEquals(List.of("Andrei Garcia/present", "Uriel Hernandez/absent", "Juan Mendez/present"), people(found));
  }

  @Test
  void aListUnderAnAttendanceTitleGivesItsEntries() {
    List<TextLine> lines = List.of(row(false, "(a) Alexander Scheurer;"), row(false, "(b) Maja Ling Han;"),
        row(false, "(c) Vivien Lewkowicz de Neergaard; og"), row(false, "(d) Æmilie Bom Cholewa-Madsen."));
    var found = AttendanceInItems.find(List.of(new AttendanceInItems.Opening("Til stede:", lines)), LEXICON, LAYOUT);
    assertEquals(List.of("Alexander Scheurer/present", "Maja Ling Han/present", "Vivien Lewkowicz de Neergaard/present",
        "Æmilie Bom Cholewa-Madsen/present"), people(found));
  }

  @Test
  void aRoleAfterACommaIsAsideAndTheGuestsItemAfterAddsItsPeople() {
    List<TextLine> members = List.of(row(false, "Markku Keskikallio, puheenjohtaja"), row(false, "Liisa Ojala"),
        row(false, "Jussi Mäki"));
    List<TextLine> guests = List.of(row(false, "Anne Kangas, kaupunginjohtaja"));
    var found = AttendanceInItems.find(List.of(new AttendanceInItems.Opening("Läsnä", members),
        new AttendanceInItems.Opening("Muut saapuvilla olleet", guests)), LEXICON, LAYOUT);
    assertEquals(List.of("Markku Keskikallio/present", "Liisa Ojala/present", "Jussi Mäki/present",
        "Anne Kangas/present"), people(found));
    assertEquals(List.of(), AttendanceInItems.find(List.of(new AttendanceInItems.Opening("Muut saapuvilla olleet",
        guests)), LEXICON, LAYOUT), "a guests' item alone is no attendance");
  }

  @Test
  void namesRunInAfterAnAttendanceLabelAreThePeoplePresent() {
    List<TextLine> lines = List.of(row(false, "Call to Order and Board Roll Call – Mark Smith, Charlie Simons, James Trammell, Robin"),
        row(false, "Lucie, and Paulette Church"), row(false, "Approval/Changes to the Agenda – None"));
    var found = AttendanceInItems.runIn(new AttendanceInItems.Opening("", lines), LEXICON);
    assertEquals(List.of("Mark Smith/present", "Charlie Simons/present", "James Trammell/present", "Robin Lucie/present",
        "Paulette Church/present"), people(found));
    List<TextLine> prose = List.of(row(false, "Approval of Previous Minutes – No objection, so they were approved."));
    assertEquals(List.of(), AttendanceInItems.runIn(new AttendanceInItems.Opening("", prose), LEXICON),
        "a run-in label that is no attendance label names no one");
  }

  @Test
  void namesUnderAnotherTitleOrALaterItemOrOneNameAloneAreNoAttendance() {
    List<TextLine> names = List.of(row(false, "Alexander Scheurer"), row(false, "Maja Ling Han"));
    assertEquals(List.of(), AttendanceInItems.find(List.of(new AttendanceInItems.Opening("Valg af dirigent", names)), LEXICON, LAYOUT));
    List<AttendanceInItems.Opening> late = List.of(new AttendanceInItems.Opening("Opening", List.of()),
        new AttendanceInItems.Opening("Agenda", List.of()), new AttendanceInItems.Opening("Minutes", List.of()),
        new AttendanceInItems.Opening("Attendance", names));
    assertEquals(List.of(), AttendanceInItems.find(late, LEXICON, LAYOUT));
    assertEquals(List.of(), AttendanceInItems.find(List.of(new AttendanceInItems.Opening("Til stede",
        List.of(row(false, "Alexander Scheurer"), row(false, "Enstemmigt vedtaget.")))), LEXICON, LAYOUT));
  }
}
