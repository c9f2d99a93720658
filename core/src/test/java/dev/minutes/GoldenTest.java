package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.minutes.fixtures.ContentView;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture PDF in {@code testdata/} parses to its expected JSON, compared whole; the expected JSON
 * is valid against the shipped schema; and each fixture's content equals the hand-written content
 * model it was drawn from.
 */
class GoldenTest {
  private static final MinutesParser PARSER = MinutesParser.builder().build();

  static Stream<Path> goldenPdfs() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.testdata())) {
      List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf"))
          .filter(p -> Files.exists(gold(p))).sorted().toList();
      assertTrue(pdfs.size() >= 6, "at least six golden fixtures, found " + pdfs);
      return pdfs.stream();
    }
  }

  static Path gold(Path pdf) {
    return pdf.resolveSibling(pdf.getFileName().toString().replaceAll("\\.pdf$", ".gold.json"));
  }

  static JsonSchema schema() throws IOException {
    try (InputStream in = MinutesParser.class.getResourceAsStream("minutes-1.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenPdfs")
  void parsesToItsExpectedJson(Path pdf) throws Exception {
    String expected = Files.readString(gold(pdf)).strip();
    String actual = MinutesJson.toJson(PARSER.parse(pdf), true);
    assertEquals(expected, actual, "parse(" + pdf.getFileName() + ") differs from " + gold(pdf).getFileName());
  }

  /** Every gold file below testdata: the fixtures', the generated documents', the long one's, the real corpus's. */
  static Stream<Path> allGold() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.testdata())) {
      List<Path> gold = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
      assertTrue(gold.size() >= 48, "gold files: " + gold.size());
      return gold.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allGold")
  void everyGoldFileIsValidAgainstTheSchema(Path gold) throws Exception {
    JsonNode json = MinutesJson.mapper().readTree(gold.toFile());
    Set<ValidationMessage> errors = schema().validate(json);
    assertEquals(Set.of(), errors, Fixtures.testdata().relativize(gold).toString());
  }

  @Test
  void schemaRejectsADocumentThatBreaksTheContract() throws Exception {
    JsonNode json = MinutesJson.mapper().readTree(gold(Fixtures.testdata().resolve("traps.pdf")).toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("meeting")).put("date", "12/13/2018");
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("warnings");
    assertEquals(2, schema().validate(json).size());
  }

  static Stream<Fixtures.Fixture> fixtures() {
    return Fixtures.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void contentEqualsTheContentModelItWasDrawnFrom(Fixtures.Fixture fixture) throws Exception {
    Minutes truth = Fixtures.content(fixture.content());
    Minutes parsed = PARSER.parse(Fixtures.testdata().resolve(fixture.name() + ".pdf"));
    List<String> diff = ContentView.differences(ContentView.of(truth), ContentView.of(parsed));
    assertEquals(List.of(), diff);
    assertFalse(parsed.items().isEmpty());
  }

  /** One parser shared by threads gives each document the same result as alone. */
  @Test
  void oneParserIsSafeToShareBetweenThreads() throws Exception {
    List<Path> pdfs = goldenPdfs().toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Path pdf : pdfs) results.add(pool.submit(() -> MinutesJson.toJson(PARSER.parse(pdf), true)));
      }
      for (int k = 0; k < results.size(); k++) {
        Path pdf = pdfs.get(k % pdfs.size());
        assertEquals(Files.readString(gold(pdf)).strip(), results.get(k).get(), pdf.getFileName().toString());
      }
    } finally {
      pool.shutdown();
    }
  }
}
