package dev.minutes.spark;

import static dev.minutes.spark.SparkTests.spark;
import static dev.minutes.spark.SparkTests.testdata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's work in the tests' session: four tables written, in Parquet and in JSON lines. */
class MainTest {
  @Test
  void writesTheFourTables(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("2018/nov"));
    for (String f : List.of("seed-chromium.pdf", "english.pdf", "traps.pdf")) {
      Files.copy(testdata().resolve(f), in.resolve("2018/nov").resolve(f));
    }
    Files.copy(testdata().resolve("malformed/header-only.pdf"), in.resolve("header-only.pdf"));
    int items = 0;
    int actions = 0;
    int decisions = 0;
    for (String f : List.of("seed-chromium.pdf", "english.pdf", "traps.pdf")) {
      Minutes m = SparkTests.PARSER.parse(testdata().resolve(f));
      for (Item i : m.allItems()) {
        items++;
        actions += i.actions().size();
        decisions += i.decisions().size();
      }
    }
    for (String format : List.of("parquet", "json")) {
      Path out = dir.resolve("out-" + format);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Main.write(spark(), Main.Args.parse(new String[] {in.toString(), out.toString(), "--format", format}),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      String summary = err.toString(StandardCharsets.UTF_8);
      assertTrue(summary.startsWith("minutes-spark: 4 files: 3 ok, 1 failed {damaged=1};"), summary);
      for (String table : List.of("documents", "items", "actions", "decisions")) {
        assertTrue(Files.exists(out.resolve(table).resolve("_SUCCESS")), format + " " + table);
      }
      var read = spark().read().format(format);
      assertEquals(4, read.load(out.resolve("documents").toString()).count());
      assertEquals(items, read.load(out.resolve("items").toString()).count());
      assertEquals(actions, read.load(out.resolve("actions").toString()).count());
      assertEquals(decisions, read.load(out.resolve("decisions").toString()).count());
    }
    // JSON lines: one document a line, every column there, null or not.
    List<JsonNode> docs = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir.resolve("out-json/documents"))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        for (String line : Files.readAllLines(p)) docs.add(new ObjectMapper().readTree(line));
      }
    }
    assertEquals(4, docs.size());
    for (JsonNode d : docs) {
      assertEquals(Tables.DOCUMENTS_SCHEMA.fieldNames().length, d.size(), d.toString());
      assertEquals(d.get("path").asText().endsWith("header-only.pdf") ? "damaged" : null,
          d.get("error").isNull() ? null : d.get("error").asText());
    }
  }

  @Test
  void usage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, Main.run(new String[] {"in"}, p));
    assertEquals(2, Main.run(new String[] {"in", "out", "--format", "csv"}, p));
    assertEquals(2, Main.run(new String[] {"in", "out", "--timeout", "soon"}, p));
    assertEquals(0, Main.run(new String[] {"--help"}, p));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar minutes-spark.jar"));
  }
}
