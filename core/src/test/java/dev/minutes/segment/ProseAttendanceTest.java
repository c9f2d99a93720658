package dev.minutes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named present in the header's prose, with their roles written before them. */
class ProseAttendanceTest {
  private static List<String> people(List<Participant> ps) {
    return ps.stream().map(p -> p.name() + "/" + p.role() + "/" + p.roleText()).toList();
  }

  @Test
  void theSentencesAfterPresentWereNameThePeople() {
    var header = List.of(
        TestLines.line(100, 11, false, "A regularly scheduled meeting of the Board of Directors occurred on September"),
        TestLines.line(112, 11, false, "15, 2015. Present were President, Jim McCarthy; Vice-President, Mike McQuinn;"),
        TestLines.line(124, 11, false, "At Large, Peggy Yotti and Secretary, Deirdre Heine. Also present were Doug"),
        TestLines.line(136, 11, false, "Parmentier, Eb Redford, Bill and Marge Rebovich, J. Scarpino and Chris Heine."));
    assertEquals(List.of("Jim McCarthy/chair/President", "Mike McQuinn/vice-chair/Vice-President",
        "Peggy Yotti/null/At Large", "Deirdre Heine/secretary/Secretary", "Doug Parmentier/null/null",
        "Eb Redford/null/null", "Bill Rebovich/null/null", "Marge Rebovich/null/null", "J. Scarpino/null/null",
        "Chris Heine/null/null"), people(ProseAttendance.find(header)));
  }

  @Test
  void proseWithoutSuchASentenceOrWithOneNameNamesNoOne() {
    assertEquals(List.of(), ProseAttendance.find(List.of(
        TestLines.line(100, 11, false, "The members present were asked to approve the agenda."))));
    assertEquals(List.of(), ProseAttendance.find(List.of(
        TestLines.line(100, 11, false, "Present were Jim McCarthy. The meeting opened at 7 pm."))));
  }
}
