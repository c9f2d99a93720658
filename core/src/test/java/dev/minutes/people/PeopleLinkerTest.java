package dev.minutes.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.model.Action;
import dev.minutes.model.Mention;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleLinkerTest {
  static final List<Participant> PEOPLE = List.of(new Participant("Lisa Andersson Lindberg", "organizer"),
      new Participant("Magnus Haglund", null), new Participant("Ulf Månsson", null),
      new Participant("Per-Eric Magnusson", null), new Participant("Karin Ahnqvist", null),
      new Participant("Karin Berg", null));

  @Test
  void namesLinkOnEvidenceOnly() {
    NameMatcher m = new NameMatcher(PEOPLE);
    assertEquals(0, m.match("Lisa A L"));
    assertEquals(0, m.match("Lisa Andersson Lindberg"));
    assertEquals(0, m.match("lisa lindberg"));
    assertEquals(0, m.match("Lisa"));
    assertEquals(2, m.match("Ulf Mansson"));
    assertEquals(1, m.match("Magnus Haglunds"));
    assertEquals(3, m.match("Per-Eric Magnussons"));
    assertEquals(-1, m.match("Mathias Haglund"), "a shared surname is no evidence");
    assertEquals(-1, m.match("Karin"), "two participants are called Karin");
    assertEquals(4, m.match("Karin Ahnqvist"));
    assertEquals(-1, m.match("Hans L"));
    assertEquals(-1, m.match("Lisa B L"));
    assertEquals(-1, m.match(null));
  }

  @Test
  void initialsLinkToTheParticipantWrittenWithThemElseToTheOneWhoseNameTheyBegin() {
    NameMatcher m = new NameMatcher(List.of(
        new dev.minutes.model.Participant("David Thomas", null, null, "present", "DJT"),
        new dev.minutes.model.Participant("Sarah Jones", null, null, "present", null),
        new dev.minutes.model.Participant("Simon James", null, null, "present", null),
        new dev.minutes.model.Participant("Anna-Karin Berg", null, null, "present", null)));
    assertEquals(0, m.match("DJT"), "as written beside the name");
    assertEquals(-1, m.match("SJ"), "two participants' names begin with S J");
    assertEquals(3, m.match("AKB"));
    assertEquals(2, m.match("SJam"), "an initial with letters after it");
    assertEquals(-1, m.match("XY"));
  }

  @Test
  void aResponsibleNamingSeveralLinksTheOnePartThatIsAParticipant() {
    Minutes m = new Minutes("1", null, new dev.minutes.model.Meeting(null, null, null, null, null, null,
        List.of(new Participant("David Thomas", null), new Participant("Alison Britton", null))), List.of(
        item(new Action("Circulate the list", null, null, "DT/TRUSTEES")),
        item(new Action("Book the hall", null, null, "DT/AB")),
        item(new Action("Draft the letter", null, null, "AB / Agenda"))), List.of());
    List<Integer> linked = PeopleLinker.link(m).items().stream().map(i -> i.actions().get(0).participantIndex()).toList();
    assertEquals(java.util.Arrays.asList(0, null, 1), linked);
  }

  private static dev.minutes.model.Item item(Action a) {
    return new dev.minutes.model.Item("1", 1, "Item", List.of(), List.of(), List.of(), List.of(a), List.of(), List.of(),
        List.of());
  }

  @Test
  void mentionsAreRunsOfCapitalisedWords() {
    NameMatcher m = new NameMatcher(PEOPLE);
    assertEquals(List.of(new Mention("Lisa A L", 0, "notes"), new Mention("Magnus", 1, "notes")),
        PeopleLinker.mentions("Lisa A L informerade. Skicka till Magnus som granskar.", "notes", m));
    assertEquals(List.of(), PeopleLinker.mentions("Fråga anmäld från Mathias Haglund, vindeln.", "notes", m));
  }
}
