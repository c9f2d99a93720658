package dev.minutes.profile.export;

import static dev.minutes.segment.TestLines.LAYOUT;
import static dev.minutes.segment.TestLines.indented;
import static dev.minutes.segment.TestLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.minutes.LabelSet;
import dev.minutes.segment.DueDate;
import dev.minutes.segment.Warnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export's own recognisers, each on lines made by hand. */
class ExportRecognisersTest {
  @Test
  void actionsBelowAndBesideTheirText() {
    ActionParser p = new ActionParser(LabelSet.SWEDISH, LAYOUT);
    List<String> problems = new ArrayList<>();
    List<ActionParser.Raw> below = p.parse(List.of(
        line(100, 10, false, "Kontakta Lars Sandström och Tomas Forsberg om nano-utbildning"),
        line(112, 10, false, "informationssäkerhet"),
        line(130, 10, false, "12/3/2018 Ej angivet"),
        line(150, 10, false, "Bjud in Albert Edman"),
        line(162, 10, false, "11/28/2018 Lisa Andersson Lindberg")), problems);
    assertEquals(List.of(
        new ActionParser.Raw("Kontakta Lars Sandström och Tomas Forsberg om nano-utbildning informationssäkerhet",
            DueDate.parse("12/3/2018"), "12/3/2018", null, 1),
        new ActionParser.Raw("Bjud in Albert Edman", DueDate.parse("11/28/2018"), "11/28/2018", "Lisa Andersson Lindberg", 1)),
        below);
    List<ActionParser.Raw> beside = p.parse(List.of(
        line(100, 10, false, "Åtgärd | Slutdatum | Ansvarig"),
        line(112, 10, false, "räkna om budget | 11/15/2018 | Lisa Andersson Lindberg"),
        line(130, 10, false, "ta fram en problembeskrivning | 11/22/2018 | Ulf Mansson")), problems);
    assertEquals(List.of("räkna om budget", "ta fram en problembeskrivning"), beside.stream().map(ActionParser.Raw::text).toList());
    assertEquals("Ulf Mansson", beside.get(1).responsible());
    assertEquals(List.of(), problems);
    // Cells centred in their rows: the date stands between the lines of a text that wraps, rows apart by space.
    List<ActionParser.Raw> middle = p.parse(List.of(
        line(100, 10, false, "Formulera och förmedla uppdrag om växeln"),
        indented(106, "11/15/2018 | Lisa Andersson Lindberg"),
        line(112, 10, false, "till Jan Bergman"),
        line(130, 10, false, "ta fram en problembeskrivning | 11/22/2018 | Ulf Mansson")), problems);
    assertEquals(List.of("Formulera och förmedla uppdrag om växeln till Jan Bergman", "ta fram en problembeskrivning"),
        middle.stream().map(ActionParser.Raw::text).toList());
    assertEquals("Lisa Andersson Lindberg", middle.get(0).responsible());
    assertEquals("11/15/2018", middle.get(0).dueRaw());
    List<ActionParser.Raw> orphan = p.parse(List.of(line(100, 10, false, "ring kommunen")), problems);
    assertNull(orphan.get(0).dueRaw());
    assertEquals(1, problems.size());
  }

  @Test
  void participantsApartByCommasOrOneALine() {
    Warnings w = new Warnings();
    var commas = new HeaderParser(LabelSet.SWEDISH, LAYOUT, w).parse(List.of(
        line(60, 16, true, "Möte"), line(70, 10, false, "2018-11-14 13:15 - 16:15"), line(80, 10, false, "Deltagare"),
        line(92, 10, false, "Lisa Andersson Lindberg (Organisatör), Jimmy Johansson, Per-"),
        line(104, 10, false, "Eric Magnusson, Ulf Mansson"))).meeting();
    assertEquals(List.of("Lisa Andersson Lindberg", "Jimmy Johansson", "Per-Eric Magnusson", "Ulf Mansson"),
        commas.participants().stream().map(dev.minutes.model.Participant::name).toList());
    assertEquals("organizer", commas.participants().get(0).role());
    var lines = new HeaderParser(LabelSet.ENGLISH, LAYOUT, w).parse(List.of(
        line(60, 16, true, "Meeting"), line(70, 10, false, "March 7, 2019 9:00 - 11:30"),
        line(80, 10, false, "Participants:"),
        line(92, 10, false, "- Anna Berg (Organizer)"), line(104, 10, false, "- Tom Hughes"))).meeting();
    assertEquals(List.of("Anna Berg", "Tom Hughes"),
        lines.participants().stream().map(dev.minutes.model.Participant::name).toList());
    assertEquals(List.of(), w.list());
  }
}
