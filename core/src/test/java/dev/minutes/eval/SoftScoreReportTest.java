package dev.minutes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.json.MinutesJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SoftScoreReport}: means by document, by source and over sources; the table and the JSON. */
class SoftScoreReportTest {
  private static final SoftScoreReport REPORT = SoftScoreReport.of(List.of(
      new SoftScoreReport.DocumentScore("kent", "a", new SoftScore(1, 1, 1, 1, 1, 1), null),
      new SoftScoreReport.DocumentScore("kent", "b", new SoftScore(1, 0.5, 0.5, 0, 1, 1), null),
      new SoftScoreReport.DocumentScore("fcr", "c", SoftScore.ZERO, "c.pdf: the PDF is encrypted")));

  @Test
  void meansByDocumentAndBySource() {
    assertEquals(List.of("kent", "fcr"), REPORT.sources().stream().map(SoftScoreReport.Row::label).toList());
    assertEquals(new SoftScore(1, 0.75, 0.75, 0.5, 1, 1), REPORT.sources().get(0).score());
    assertEquals(new SoftScore(2 / 3.0, 0.5, 0.5, 1 / 3.0, 2 / 3.0, 2 / 3.0), REPORT.overall().score());
    assertEquals(new SoftScore(0.5, 0.375, 0.375, 0.25, 0.5, 0.5), REPORT.macro().score());
    assertEquals(2.5 / 6, REPORT.macro().score().mean(), 1e-15);
  }

  @Test
  void tableHasARowForEachDocumentSourceAndMean() {
    String table = REPORT.table();
    assertTrue(table.contains("kent/b                  1.000   0.500   0.500   0.000   1.000   1.000   0.667"), table);
    assertTrue(table.contains("kent (2)                1.000   0.750   0.750   0.500   1.000   1.000   0.833"), table);
    assertTrue(table.contains("mean over 2 sources     0.500   0.375   0.375   0.250   0.500   0.500   0.417"), table);
    assertTrue(table.contains("unreadable: fcr/c: c.pdf: the PDF is encrypted"), table);
  }

  @Test
  void jsonCarriesEachFieldAndTheMean() throws Exception {
    JsonNode json = MinutesJson.mapper().readTree(REPORT.json());
    assertEquals(0.375, json.at("/macro/score/people").asDouble());
    assertEquals(2.5 / 6, json.at("/macro/score/mean").asDouble(), 1e-15);
    assertEquals(3, json.at("/macro/documents").asInt());
    assertEquals("kent", json.at("/documents/1/source").asText());
    assertTrue(json.at("/documents/0/error").isMissingNode());
    assertEquals("c.pdf: the PDF is encrypted", json.at("/documents/2/error").asText());
    List<String> fields = new java.util.ArrayList<>();
    json.at("/overall/score").fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("date", "people", "items", "order", "decide", "actions", "mean"), fields);
  }
}
