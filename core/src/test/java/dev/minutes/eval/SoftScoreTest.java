package dev.minutes.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SoftScore} against {@code score.py} (beside the held-out corpus's gold): each case is a gold in the SPEC's
 * form and a parser's JSON, in {@code soft/<case>.gold.json} and {@code soft/<case>.parsed.json}; the expected
 * values are those score.py's {@code score()} gave for them (Python 3.11, printed with {@code repr}).
 */
class SoftScoreTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // names as token sets ("Berg, Anna" is "Anna Berg"); the parser's absent "Kim Nilsson" is not counted
      "people      | 1.0 | 0.5 | 1.0 | 1.0 | 1.0 | 1.0                | 0.9166666666666666",
      // "§ 13" is "13", "8.1." is "8.1", null is ""; titles 0.862 alike match, 0.846 alike do not
      "items       | 1.0 | 1.0 | 0.6 | 0.0 | 1.0 | 1.0                | 0.7666666666666666",
      "order       | 0.0 | 1.0 | 1.0 | 0.0 | 1.0 | 1.0                | 0.6666666666666666",
      // decisions of the matching item, joined; a gold item the parser misses scores 0
      "decide      | 1.0 | 1.0 | 0.75 | 1.0 | 0.6359492250508451 | 1.0 | 0.8976582041751408",
      // actions of nested items too; "Book a room" is too unlike "Book the room for the workshop"
      "actions     | 1.0 | 1.0 | 1.0 | 1.0 | 1.0 | 0.5714285714285715 | 0.9285714285714285",
      // no gold participants against one found: 0; no items on either side: 1; null date against a date: 0
      "empty       | 0.0 | 0.0 | 1.0 | 1.0 | 1.0 | 1.0                | 0.6666666666666666",
      // no gold decisions: 1 whatever the parser gives; its only participant is absent
      "nodecisions | 1.0 | 0.0 | 1.0 | 1.0 | 1.0 | 1.0                | 0.8333333333333334"})
  void scoresAsScorePyDoes(String name, double date, double people, double items, double order, double decide,
                           double actions, double mean) throws IOException {
    RealGold gold = RealGold.read(resource(name + ".gold.json"));
    Minutes parsed = MinutesJson.read(resource(name + ".parsed.json"));
    SoftScore s = SoftScore.of(gold, parsed);
    assertArrayEquals(new double[] {date, people, items, order, decide, actions}, s.values(), 1e-15);
    assertEquals(mean, s.mean(), 1e-15);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'§ 13'  | 13",
      "'8.1.'  | 8.1",
      "' 6.10 '| 6.10",
      "'§§ 4. .'| 4",
      "        | ''",
      "''      | ''"})
  void numbersLoseTheirSignAndTrailingDots(String number, String expected) {
    assertEquals(expected, SoftScore.num(number));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'Treasurer’s  Report:' | treasurer s report",
      "'ﬁnal\u00adly (a)\u200b'  | finally a",
      "'Sammanträdets\u00a0laglighet ; [x]' | sammanträdets laglighet x"})
  void normalisesAsScorePyDoes(String text, String expected) {
    assertEquals(expected, SoftScore.norm(text));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SoftScoreTest.class.getResourceAsStream("soft/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
