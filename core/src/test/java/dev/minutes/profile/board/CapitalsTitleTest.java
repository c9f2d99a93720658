package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * A title set in the body's type, neither bold nor larger, but in capitals, is the meeting's title, with the lines in
 * capitals it wraps onto; the date it names is the meeting's date.
 */
class CapitalsTitleTest {
  @Test
  void aTitleInCapitalsInTheBodysTypeIsTheTitle() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("MINUTES OF TRUSTEES OF THE FRIENDS OF HALESWORTH COUNTY LIBRARY MEETING HELD ON 9TH")
        .line("AUGUST 2016.").gap(12)
        .line("Present: Dr Andrew Payne, Chairman (AP). Evelyn Lindqvist (EL). David Olds (DO).").gap(12)
        .line("1. Welcome by the Chairman: Dr Payne welcomed the Trustees.").gap(6)
        .line("2. Apologies: Ali Hopkins.").gap(6)
        .line("3. Date of next meeting: to be agreed.");
    Meeting m = pdf.parse(new BoardMinutesProfile(), "suffolk.pdf").meeting();
    assertEquals("MINUTES OF TRUSTEES OF THE FRIENDS OF HALESWORTH COUNTY LIBRARY MEETING HELD ON 9TH AUGUST 2016.", m.title());
    assertEquals("2016-08-09", m.date());
  }
}
