package dev.minutes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Minutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming writer gives the object mapper's text, pretty and compact, for every gold document. */
class RecordWriterTest {
  @Test
  void writesWhatTheObjectMapperWritesForEveryGoldDocument() throws Exception {
    List<Path> golds;
    try (Stream<Path> files = Files.walk(Fixtures.testdata())) {
      golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    assertTrue(golds.size() > 100, golds.size() + " gold documents");
    for (Path gold : golds) {
      Minutes m = MinutesJson.read(Files.readString(gold));
      for (boolean pretty : new boolean[] {true, false}) {
        assertEquals((pretty ? MinutesJson.mapper().writer(MinutesJson.pretty()) : MinutesJson.mapper().writer()).writeValueAsString(m),
            MinutesJson.toJson(m, pretty), gold + (pretty ? " pretty" : " compact"));
      }
    }
  }

  @Test
  void nullsAndEmptyListsAreWrittenAsTheMapperWritesThem() throws Exception {
    var source = new dev.minutes.model.Source("x.pdf", "0", 1, 1, null, null, null, null, null, null);
    var meeting = new dev.minutes.model.Meeting(null, null, null, null, null, null, List.of());
    Minutes m = new Minutes(Minutes.SCHEMA_VERSION, source, meeting, List.of(), List.of());
    assertEquals(MinutesJson.mapper().writer(MinutesJson.pretty()).writeValueAsString(m), MinutesJson.toJson(m, true));
    assertEquals(MinutesJson.mapper().writeValueAsString(m), MinutesJson.toJson(m, false));
  }
}
