package dev.minutes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and times as minutes write them in Swedish, English, German, Danish, Norwegian and Finnish. */
class DatesTest {
  /** Text, and the date, start and end read from it (empty where none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      27. august 2025                                | 2025-08-27 |       |
      Beslutning i Udvalget den 10-04-2013           | 2013-04-10 |       |
      den 27. august 2025                            | 2025-08-27 |       |
      onsdag den 4. december 2012                    | 2012-12-04 |       |
      torsdag 20. juni 2013 kl. 16.00                | 2013-06-20 | 16:00 |
      Møtet holdes 3. mars 2024 kl. 18.00 til 20.00  | 2024-03-03 | 18:00 | 20:00
      tiistaina 18.3.2025 klo 17.00–18.30            | 2025-03-18 | 17:00 | 18:30
      18.3.2025 klo 17.00 - 18.30                    | 2025-03-18 | 17:00 | 18:30
      1. syyskuuta 2025                              | 2025-09-01 |       |
      Kokous pidettiin 14. joulukuuta 2024 klo 17    | 2024-12-14 | 17:00 |
      Thursday, 9 January 2025                       | 2025-01-09 |       |
      9th January 2025                               | 2025-01-09 |       |
      held on the 9th of January 2025                | 2025-01-09 |       |
      MEETING HELD ON 9 TH AUGUST 2016.              | 2016-08-09 |       |
      the 1 st of June 2021                          | 2021-06-01 |       |
      January 27, 2020                               | 2020-01-27 |       |
      Sept. 15, 2015                                 | 2015-09-15 |       |
      Monday, January 27, 2020 7:00 PM              | 2020-01-27 | 19:00 |
      Tuesday 14th November 2023 at 7:00 p.m.        | 2023-11-14 | 19:00 |
      15. Januar 2024                                | 2024-01-15 |       |
      am 3. März 2023 um 19:30 Uhr                   | 2023-03-03 | 19:30 |
      Sitzung vom 12. Dezember 2022, 19 Uhr          | 2022-12-12 | 19:00 |
      den 28 april 2022 kl 18:30                     | 2022-04-28 | 18:30 |
      28/03/2023                                     | 2023-03-28 |       |
      03/28/2023                                     | 2023-03-28 |       |
      04/03/2023                                     | 2023-03-04 |       |
      2025-09-01                                     | 2025-09-01 |       |
      5. marts 2024                                  | 2024-03-05 |       |
      12. desember 2023                              | 2023-12-12 |       |
      kl. 16.00-18.30                                |            | 16:00 | 18:30
      klo 17                                         |            | 17:00 |
      Mötet började kl 18 och slutade 20.15          |            | 18:00 |
      kl. 18-20                                      |            | 18:00 | 20:00
      17:00 – 18:30                                  |            | 17:00 | 18:30
      7:00 p.m. to 9:15 p.m.                         |            | 19:00 | 21:15
      18.00–19.45                                    |            | 18:00 | 19:45
      16.15 Uhr                                      |            | 16:15 |
      """)
  void datesAndTimesInEveryLanguage(String text, String date, String start, String end) {
    assertEquals(new DateTimeFinder.Found(nullIfEmpty(date), nullIfEmpty(start), nullIfEmpty(end)), DateTimeFinder.find(text));
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Test
  void slashedDatesAreDayFirstUnlessAmerican() {
    assertEquals("2023-03-04", DateTimeFinder.find("04/03/2023").date(), "day first by default");
    assertEquals("2023-04-03", DateTimeFinder.find("04/03/2023", "en-US").date(), "month first in American English");
    assertEquals("2023-03-28", DateTimeFinder.find("28/03/2023", "en-US").date(), "month first is impossible");
    assertEquals("2023-03-28", DateTimeFinder.find("03/28/2023", "en-GB").date(), "day first is impossible");
    assertNull(DateTimeFinder.find("31/31/2023").date());
  }

  /** Numbers that look like dates but are none. */
  @ParameterizedTest
  @ValueSource(strings = {"Version 2.10.3", "Budget 1.250.000 kr", "6.10. Attraktiv arbetsgivare", "Tel. 070-123 45 67",
      "Puh. 040 123 4567", "Tel. +49 711 123 456 78", "Phone 555-123-4567", "Dnr KS 2023/123", "Fax 08.12.34",
      "Anlage 3/12/45", "Paragraph 12 May apply", "12 apples 2024", "ISBN 978-91-7037-123-4"})
  void numbersThatAreNoDates(String text) {
    assertNull(DateTimeFinder.find(text).date(), text);
  }

  @Test
  void monthNamesComeFromTheLexicon() {
    assertEquals(9, DateTimeFinder.month("syyskuuta"));
    assertEquals(3, DateTimeFinder.month("März"));
    assertEquals(3, DateTimeFinder.month("marts"));
    assertEquals(12, DateTimeFinder.month("des."));
    assertEquals(9, DateTimeFinder.month("Sept."));
    assertEquals(5, MeetingDate.month("maj"));
    assertEquals(-1, DateTimeFinder.month("Marx"));
    assertEquals(-1, DateTimeFinder.month("Presentation"));
  }

  /** A line that is a date line, and what it gives (empty where none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      onsdag den 4. december 2012                 | 2012-12-04 |       |
      torsdag 20. juni 2013 kl. 16.00             | 2013-06-20 | 16:00 |
      tiistaina 18.3.2025 klo 17.00–18.30         | 2025-03-18 | 17:00 | 18:30
      18.3.2025 klo 17.00 - 18.30                 | 2025-03-18 | 17:00 | 18:30
      Thursday, 9 January 2025                    | 2025-01-09 |       |
      Monday, January 27, 2020 7:00 PM            | 2020-01-27 | 19:00 |
      Tuesday 14th November 2023 at 7:00 p.m.     | 2023-11-14 | 19:00 |
      am 3. März 2023 um 19:30 Uhr                | 2023-03-03 | 19:30 |
      Montag, 15. Januar 2024, 19 Uhr             | 2024-01-15 | 19:00 |
      den 28 april 2022 kl 18:30                  | 2022-04-28 | 18:30 |
      den 27. august 2025                         | 2025-08-27 |       |
      mandag 2. september 2024 kl. 17-19          | 2024-09-02 | 17:00 | 19:00
      28/03/2023 17:00-18:30                      | 2023-03-28 | 17:00 | 18:30
      Sept. 15, 2015                              | 2015-09-15 |       |
      1. syyskuuta 2025 klo 18                    | 2025-09-01 | 18:00 |
      """)
  void dateLinesInEveryLanguage(String text, String date, String start, String end) {
    assertEquals(new MeetingDate(date, nullIfEmpty(start), nullIfEmpty(end)), MeetingDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"14 november 2018 5", "Sitzung 14. März 2023", "den 14 kronor 2018", "Version 2.10.3",
      "6.10. Attraktiv arbetsgivare", "2018-11-14 13:15 - 16", "Protokoll 18.3.2025 klo 17"})
  void linesThatAreNoDateLines(String text) {
    assertNull(MeetingDate.parse(text), text);
  }
}
