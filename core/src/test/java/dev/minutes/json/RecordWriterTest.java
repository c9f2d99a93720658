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

  /** Nulls (an item whose heading prints no number among them) and empty lists. */
  @Test
  void nullsAndEmptyListsAreWrittenAsTheMapperWritesThem() throws Exception {
    var source = new dev.minutes.model.Source("x.pdf", "0", 1, 1, null, null, null, null, null, null);
    var meeting = new dev.minutes.model.Meeting(null, null, null, null, null, null, List.of());
    var unnumbered = new dev.minutes.model.Item(null, 1, "Welcome", List.of(1), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    Minutes m = new Minutes(Minutes.SCHEMA_VERSION, source, meeting, List.of(unnumbered), List.of());
    assertTrue(MinutesJson.toJson(m, false).contains("\"items\":[{\"number\":null,\"level\":1,"));
    assertEquals(MinutesJson.mapper().writer(MinutesJson.pretty()).writeValueAsString(m), MinutesJson.toJson(m, true));
    assertEquals(MinutesJson.mapper().writeValueAsString(m), MinutesJson.toJson(m, false));
  }

  /**
   * What only some documents carry: provenance (a map of elements, boxes of doubles, {@code continued} left out
   * where empty) and the pages read by OCR ({@code source.ocr}, left out where none was).
   */
  @Test
  void provenanceAndOcrPagesAreWrittenAsTheMapperWritesThem() throws Exception {
    Minutes m = dev.minutes.MinutesParser.builder().provenance(true).build()
        .parse(Fixtures.testdata().resolve("traps.pdf"));
    assertTrue(m.provenance() != null && !m.provenance().elements().isEmpty());
    var source = m.source();
    for (Minutes doc : List.of(m, m.withProvenance(null), new Minutes(m.schemaVersion(), new dev.minutes.model.Source(
        source.file(), source.sha256(), source.bytes(), source.pages(), source.producer(), source.language(),
        source.title(), source.author(), source.created(), source.format(), List.of(1, 2)), m.meeting(), m.items(),
        m.warnings(), m.provenance()))) {
      assertEquals(MinutesJson.mapper().writer(MinutesJson.pretty()).writeValueAsString(doc), MinutesJson.toJson(doc, true));
      assertEquals(MinutesJson.mapper().writeValueAsString(doc), MinutesJson.toJson(doc, false));
    }
  }
}
