package dev.minutes.spark;

import static dev.minutes.spark.SparkTests.PARSER;
import static dev.minutes.spark.SparkTests.local;
import static dev.minutes.spark.SparkTests.spark;
import static dev.minutes.spark.SparkTests.testdata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.MinutesException;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as the README runs it, in its own JVM: {@code java -jar spark/target/minutes-spark.jar
 * --master local[2] testdata OUT} from the repository's root writes the four tables, and what they hold is what
 * the library (unshaded, in this JVM) makes of every file of testdata/.
 */
class RunnableJarIT {
  private static final Path ROOT = testdata().getParent();
  private static final Path JAR = ROOT.resolve("spark/target/minutes-spark.jar");

  @Test
  void theReadmeCommandWritesTheFourTablesForTestdata(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("tables");
    Path log = dir.resolve("stderr.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-jar", "spark/target/minutes-spark.jar", "--master", "local[2]", "testdata",
        out.toString()).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the command ends");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);

    Map<Path, Minutes> parsed = new HashMap<>();
    Map<Path, String> errors = new HashMap<>();
    try (Stream<Path> s = Files.walk(testdata())) {
      for (Path f : s.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).toList()) {
        try {
          parsed.put(f, PARSER.parse(f));
        } catch (MinutesException e) {
          errors.put(f, ExecutorParsing.error(e.kind()));
        }
      }
    }
    int files = parsed.size() + errors.size();
    assertTrue(output.contains("minutes-spark: " + files + " files: " + parsed.size() + " ok, " + errors.size()
        + " failed"), output);
    for (String table : List.of("documents", "items", "actions", "decisions")) {
      assertTrue(Files.exists(out.resolve(table).resolve("_SUCCESS")), table + "\n" + output);
    }

    List<Row> docs = spark().read().parquet(out.resolve("documents").toString()).select("path", "error", "json")
        .collectAsList();
    assertEquals(files, docs.size());
    ObjectMapper mapper = new ObjectMapper();
    for (Row d : docs) {
      Path f = local(d.getString(0));
      assertEquals(errors.get(f), d.getString(1), f.toString());
      if (parsed.containsKey(f)) assertEquals(MinutesJson.toJson(parsed.get(f), false), d.getString(2), f.toString());
    }
    // The fixture's gold file, as the README's JSON contract shows it.
    Path seed = testdata().resolve("seed-chromium.pdf");
    String seedJson = docs.stream().filter(d -> local(d.getString(0)).equals(seed)).findFirst().orElseThrow().getString(2);
    assertEquals(mapper.readTree(testdata().resolve("seed-chromium.gold.json").toFile()), mapper.readTree(seedJson));

    long items = 0;
    long actions = 0;
    long decisions = 0;
    for (Minutes m : parsed.values()) {
      for (Item i : m.allItems()) {
        items++;
        actions += i.actions().size();
        decisions += i.decisions().size();
      }
    }
    assertEquals(items, spark().read().parquet(out.resolve("items").toString()).count());
    assertEquals(actions, spark().read().parquet(out.resolve("actions").toString()).count());
    assertEquals(decisions, spark().read().parquet(out.resolve("decisions").toString()).count());
  }

  @Test
  void theJarRelocatesWhatClashesWithSparkAndOpensWhatSparkNeeds() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).toList();
      for (String clash : List.of("com/fasterxml/", "org/apache/commons/io/", "org/apache/commons/logging/",
          "org/apache/spark/", "scala/", "org/slf4j/")) {
        assertTrue(names.stream().noneMatch(n -> n.startsWith(clash)), clash + " is in the jar");
      }
      assertTrue(names.contains("dev/minutes/shaded/jackson/databind/ObjectMapper.class"));
      assertTrue(names.contains("META-INF/services/org.apache.spark.sql.sources.DataSourceRegister"));
      Manifest m = jar.getManifest();
      assertEquals("dev.minutes.spark.Main", m.getMainAttributes().getValue("Main-Class"));
      assertTrue(m.getMainAttributes().getValue("Add-Opens").contains("java.base/sun.nio.ch"));
      String[] classPath = m.getMainAttributes().getValue("Class-Path").split(" ");
      assertTrue(classPath.length > 100, "Spark's jars are named");
      for (String entry : classPath) assertTrue(Files.isRegularFile(JAR.getParent().resolve(entry)), entry);
      assertTrue(List.of(classPath).stream().anyMatch(e -> e.startsWith("spark-lib/spark-sql_2.13-")));
    }
  }
}
