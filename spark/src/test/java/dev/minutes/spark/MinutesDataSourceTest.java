package dev.minutes.spark;

import static dev.minutes.spark.SparkTests.PARSER;
import static dev.minutes.spark.SparkTests.local;
import static dev.minutes.spark.SparkTests.project;
import static dev.minutes.spark.SparkTests.spark;
import static dev.minutes.spark.SparkTests.testdata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.MinutesException;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data source in local[2]: its rows against what {@code minutes parse} gives for the same files. */
class MinutesDataSourceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The seven fixtures and the forty generated documents, by path, and what the library makes of each. */
  private static final Map<Path, Minutes> EXPECTED = new TreeMap<>();
  private static MinutesTables tables;
  private static long parsedToKeep;

  @BeforeAll
  static void readOnce() throws Exception {
    try (Stream<Path> s = Stream.concat(Files.list(testdata()), Files.list(testdata().resolve("generated")))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).toList()) EXPECTED.put(p, PARSER.parse(p));
    }
    assertEquals(47, EXPECTED.size());
    // A glob and a folder, as load(paths...) takes them; one parse for the four tables.
    long before = ExecutorParsing.started();
    tables = MinutesTables.read(spark(), Map.of(), testdata() + "/*.pdf", testdata().resolve("generated").toString());
    tables.documents().count();
    parsedToKeep = ExecutorParsing.started() - before;
  }

  @Test
  void theFourTablesComeFromOneParse() {
    assertEquals(EXPECTED.size(), parsedToKeep, "each file parsed once to fill the kept scan");
    long before = ExecutorParsing.started();
    for (Dataset<Row> t : tables.byName().values()) t.collectAsList();
    assertEquals(before, ExecutorParsing.started(), "the tables are read from the kept scan");
  }

  @Test
  void documentsAreWhatMinutesParseGives() throws IOException {
    List<Row> rows = tables.documents().collectAsList();
    assertEquals(EXPECTED.size(), rows.size());
    for (Row row : rows) {
      Path file = local(row.getAs("path"));
      Minutes expected = EXPECTED.get(file);
      assertNotNull(expected, file.toString());
      assertNull(row.getAs("error"), file + ": " + row.getAs("message"));
      // The whole document, as minutes parse --compact prints it.
      assertEquals(MinutesJson.toJson(expected, false), row.getAs("json"), file.toString());
      assertEquals(Files.size(file), (long) row.getAs("bytes"));
      // Each column, field for field, as the JSON has it.
      assertColumnsMatch(MAPPER.readTree(MinutesJson.toJson(expected, false)), row, Tables.DOCUMENTS_SCHEMA,
          List.of("path", "bytes", "error", "message", "ms", "json"));
    }
  }

  @Test
  void flatTablesAreTheJsonsItemsActionsAndDecisions() throws IOException {
    Map<String, List<JsonNode>> expected = Map.of("items", new ArrayList<>(), "actions", new ArrayList<>(),
        "decisions", new ArrayList<>());
    for (Map.Entry<Path, Minutes> e : EXPECTED.entrySet()) {
      String path = "file:" + e.getKey();
      flatten(path, MAPPER.readTree(MinutesJson.toJson(e.getValue(), false)).path("items"), null, null, new int[1],
          expected);
    }
    assertTrue(expected.get("items").size() > 600 && expected.get("actions").size() > 400
        && expected.get("decisions").size() > 400, "the corpus has items, actions and decisions to compare");
    Map<String, StructType> schemas = Map.of("items", Tables.ITEMS_SCHEMA, "actions", Tables.ACTIONS_SCHEMA,
        "decisions", Tables.DECISIONS_SCHEMA);
    for (var table : List.of("items", "actions", "decisions")) {
      List<JsonNode> want = sorted(expected.get(table).stream().map(n -> project(n, schemas.get(table))).toList());
      assertEquals(want, sorted(json(tables.byName().get(table))), table + " from the kept scan");
    }
    // The same rows through the option, as a reader of one table gets them.
    Dataset<Row> items = spark().read().format("minutes").option("table", "items")
        .load(testdata() + "/*.pdf", testdata().resolve("generated").toString());
    assertEquals(sorted(json(tables.items())), sorted(json(items)));
  }

  /**
   * Items whose headings print no number: number, parent and item are null, and the indexes tie sub-items to their
   * parents and actions and decisions to their items.
   */
  @Test
  void itemsWithoutNumbersAreTiedByTheirIndex(@TempDir Path dir) throws Exception {
    Files.copy(testdata().resolve("english.pdf"), dir.resolve("slots.pdf"));
    MinutesTables t = MinutesTables.read(spark(), Map.of("parser", UnnumberedParser.class.getName()), dir.toString());
    List<JsonNode> items = sorted(json(t.items())), actions = json(t.actions()), decisions = json(t.decisions());
    assertEquals(List.of("Governance", "Important Technical Priorities", "Annotation packages"),
        items.stream().map(n -> n.get("title").asText()).toList());
    for (JsonNode n : items) assertTrue(n.get("number").isNull() && n.get("parent").isNull(), n.toString());
    assertTrue(items.get(0).get("parentIndex").isNull() && items.get(1).get("parentIndex").isNull());
    assertEquals(1, items.get(2).get("parentIndex").asInt(), "the sub-item under the second item");
    assertEquals(2, items.get(2).get("level").asInt());
    assertEquals(1, actions.size());
    assertTrue(actions.get(0).get("item").isNull());
    assertEquals(2, actions.get(0).get("itemIndex").asInt());
    assertEquals(2, decisions.get(0).get("itemIndex").asInt());
    Map<String, List<JsonNode>> expected = Map.of("items", new ArrayList<>(), "actions", new ArrayList<>(),
        "decisions", new ArrayList<>());
    flatten("file:" + dir.resolve("slots.pdf"), MAPPER.readTree(MinutesJson.toJson(UnnumberedParser.minutes(
        "slots.pdf"), false)).path("items"), null, null, new int[1], expected);
    assertEquals(sorted(expected.get("items").stream().map(n -> project(n, Tables.ITEMS_SCHEMA)).toList()), items);
  }

  @Test
  void damagedFilesAreErrorRowsAndTheJobGoesOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.pdf"), "These are not minutes.\n");
    Files.write(dir.resolve("empty.pdf"), new byte[0]);
    Files.copy(testdata().resolve("english.pdf"), dir.resolve("english.pdf"));
    List<Path> inputs = new ArrayList<>();
    for (String folder : List.of("malformed", "regressions")) {
      try (Stream<Path> s = Files.list(testdata().resolve(folder))) {
        s.filter(p -> p.toString().endsWith(".pdf")).forEach(inputs::add);
      }
    }
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(inputs::add);
    }
    Map<Path, String> want = new HashMap<>();
    for (Path p : inputs) {
      try {
        PARSER.parse(p);
        want.put(p, null);
      } catch (MinutesException e) {
        want.put(p, ExecutorParsing.error(e.kind()));
      }
    }
    assertEquals("not-a-pdf", want.get(dir.resolve("notes.pdf")));
    assertTrue(want.values().stream().filter(v -> v != null).count() >= 10, "the corpus has unreadable files");

    List<Row> rows = spark().read().format("minutes")
        .load(testdata().resolve("malformed").toString(), testdata().resolve("regressions").toString(), dir.toString())
        .select("path", "error", "message", "json").collectAsList();
    assertEquals(inputs.size(), rows.size());
    for (Row row : rows) {
      Path file = local(row.getString(0));
      assertEquals(want.get(file), row.getString(1), file + ": " + row.getString(2));
      if (row.getString(1) == null) {
        assertNotNull(row.getString(3), file.toString());
      } else {
        assertTrue(row.getString(2).contains(file.getFileName().toString()), row.getString(2));
        assertNull(row.getString(3));
      }
    }
  }

  @Test
  void aSlowFileIsCutOffByTheTimeLimit() {
    Path longPdf = testdata().resolve("long/long-minutes.pdf");
    long start = System.nanoTime();
    Row row = spark().read().format("minutes").option("timeout", "1ms").load(longPdf.toString())
        .select("error", "message", "source").first();
    assertEquals("timeout", row.getString(0));
    assertTrue(row.getString(1).startsWith("long-minutes.pdf: no result within 0.001 s"), row.getString(1));
    assertTrue(row.isNullAt(2));
    assertTrue(System.nanoTime() - start < 30_000_000_000L);
  }

  @Test
  void aFileThatLoopsIsCutOffAndTheTaskGoesOn(@TempDir Path dir) throws Exception {
    for (String name : List.of("a-seed.pdf", "loop.pdf", "z-english.pdf")) {
      Files.copy(testdata().resolve(name.equals("z-english.pdf") ? "english.pdf" : "seed-plain.pdf"), dir.resolve(name));
    }
    SpinningParser.released = false;
    int abandonedBefore = ExecutorParsing.abandoned();
    try {
      long start = System.nanoTime();
      // One task for the three files: the loop is in the middle, the files after it must still be read.
      List<Row> rows = spark().read().format("minutes").option("parser", SpinningParser.class.getName())
          .option("timeout", "500ms").option("partitions", "1").load(dir.toString())
          .select("path", "error", "message").collectAsList();  // no orderBy: its sampling would read the files twice
      rows = rows.stream().sorted(Comparator.comparing((Row r) -> r.getString(0))).toList();
      double seconds = (System.nanoTime() - start) / 1e9;
      assertEquals(3, rows.size());
      assertNull(rows.get(0).getString(1), rows.get(0).getString(2));
      assertEquals("timeout", rows.get(1).getString(1));
      assertTrue(rows.get(1).getString(2).contains("loop.pdf: no result within 0.5 s"), rows.get(1).getString(2));
      assertNull(rows.get(2).getString(1), rows.get(2).getString(2));
      assertTrue(seconds < 20, "the job took " + seconds + " s");
      // The loop is still running, left behind, its interrupt ignored.
      assertEquals(1, SpinningParser.SPINNING.get());
      assertEquals(abandonedBefore + 1, ExecutorParsing.abandoned());
      assertTrue(SpinningParser.INTERRUPTS_IGNORED.get() >= 1);
    } finally {
      SpinningParser.released = true;
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (ExecutorParsing.abandoned() > abandonedBefore && System.nanoTime() < deadline) Thread.sleep(20);
    assertEquals(abandonedBefore, ExecutorParsing.abandoned(), "the left-behind thread ended when its loop did");
  }

  @Test
  void badOptionsAreSaidAtOnce() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> spark().read().format("minutes").option("table", "minutes").load(testdata().toString()));
    assertTrue(e.getMessage().contains("documents, items, actions, decisions, all"), e.getMessage());
  }

  /** The rows of an item list, depth first, as the flat tables should hold them (test's own walk). */
  private static void flatten(String path, JsonNode items, String parent, Integer parentIndex, int[] index,
                              Map<String, List<JsonNode>> into) {
    for (JsonNode item : items) {
      String number = item.get("number").isNull() ? null : item.get("number").asText();
      int own = index[0]++;
      ObjectNode row = ((ObjectNode) item).deepCopy().put("path", path).put("index", own).put("parent", parent)
          .put("parentIndex", parentIndex);
      into.get("items").add(row);
      int i = 0;
      for (JsonNode a : item.get("actions")) {
        into.get("actions").add(((ObjectNode) a).deepCopy().put("path", path).put("item", number).put("itemIndex", own)
            .put("index", i++));
      }
      i = 0;
      for (JsonNode d : item.get("decisions")) {
        into.get("decisions").add(MAPPER.createObjectNode().put("path", path).put("item", number).put("itemIndex", own)
            .put("index", i++).put("text", d.asText()));
      }
      flatten(path, item.get("items"), number, own, index, into);
    }
  }

  private static void assertColumnsMatch(JsonNode expected, Row row, StructType schema, List<String> skip)
      throws IOException {
    JsonNode actual = MAPPER.readTree(row.json());
    for (StructField f : schema.fields()) {
      if (skip.contains(f.name())) continue;
      assertEquals(project(expected.get(f.name()), f.dataType()), actual.get(f.name()),
          row.getAs("path") + ": column " + f.name());
    }
  }

  private static List<JsonNode> json(Dataset<Row> df) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      try {
        nodes.add(MAPPER.readTree(r.json()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return nodes;
  }

  private static List<JsonNode> sorted(List<JsonNode> rows) {
    List<JsonNode> list = new ArrayList<>(rows);
    list.sort(Comparator.comparing((JsonNode n) -> n.path("path").asText())
        .thenComparingInt(n -> n.path("itemIndex").asInt()).thenComparingInt(n -> n.path("index").asInt()));
    return list;
  }
}
