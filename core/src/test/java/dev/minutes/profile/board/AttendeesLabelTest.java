package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attendance label alone above the lists ("Attendees", then "Board Members: …", "Guests: …") is no present-list:
 * the members it heads are not taken for absent ones.
 */
class AttendeesLabelTest {
  @Test
  void membersUnderAnAttendeesHeadingAreNotAbsent() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("Falls Creek Ranch Board Meeting", 20, false).gap(8)
        .line("Date: Sep 25, 2025 5:30 PM").gap(12)
        .bold("Attendees").gap(6)
        .runIn("Board Members:", "Pat Fettinger, Teresa Rushton, Pamela Flowers").gap(4)
        .runIn("Guests:", "David McCament, James Grizzard").gap(12)
        .bold("Approval of Previous Minutes").gap(6)
        .line("Pamela Flowers motioned to approve, Pat Fettinger seconded.");
    List<Participant> people = pdf.parse(new BoardMinutesProfile(), "fcr.pdf").meeting().participants();
    assertEquals(List.of("Pat Fettinger", "Teresa Rushton", "Pamela Flowers", "David McCament", "James Grizzard"),
        people.stream().map(Participant::name).toList());
    assertEquals(List.of(), people.stream().filter(p -> Participant.ABSENT.equals(p.attendance())).map(Participant::name).toList());
  }
}
