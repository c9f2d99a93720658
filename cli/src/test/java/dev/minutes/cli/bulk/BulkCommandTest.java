package dev.minutes.cli.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.MinutesParser;
import dev.minutes.cli.Main;
import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk runs over a tree of good and bad PDFs, with real worker JVMs. */
class BulkCommandTest {
  @TempDir Path tmp;
  Path in;
  Path out;
  final StringWriter err = new StringWriter();

  @BeforeEach
  void tree() throws Exception {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Path t = Fixtures.testdata();
    Files.createDirectories(in.resolve("2018/nov"));
    Files.createDirectories(in.resolve("broken"));
    Files.copy(t.resolve("seed-chromium.pdf"), in.resolve("2018/nov/seed-chromium.pdf"));
    Files.copy(t.resolve("english.pdf"), in.resolve("2018/English.PDF"));
    Files.copy(t.resolve("traps.pdf"), in.resolve("traps.pdf"));
    Files.copy(t.resolve("malformed/truncated-25.pdf"), in.resolve("broken/truncated-25.pdf"));
    Files.copy(t.resolve("malformed/encrypted-user-password.pdf"), in.resolve("broken/secret.pdf"));
    // a page with nothing on it: no text, even by OCR
    Files.copy(t.resolve("malformed/empty-page.pdf"), in.resolve("broken/scan.pdf"));
    Files.writeString(in.resolve("broken/notes.pdf"), "just text\n");
    Files.writeString(in.resolve("readme.txt"), "not a pdf and not named like one\n");
  }

  int bulk(String... extra) {
    String[] args = Stream.concat(Stream.of("bulk", in.toString(), "--out", out.toString(), "--progress", "none"),
        Stream.of(extra)).toArray(String[]::new);
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  /** One file through one worker, as a bulk run sends it. */
  static JsonNode parseOne(WorkerProcess worker, Path input, Path output) throws InterruptedException {
    worker.send(1, input, output);
    for (JsonNode reply; (reply = worker.next(60_000)) != null; ) {
      String status = reply.path("status").asText();
      if (status.equals("ok") || status.equals("failed") || reply == WorkerProcess.EOF) return reply;
    }
    throw new AssertionError("no answer in 60 s");
  }

  Map<String, JsonNode> report() throws Exception {
    Map<String, JsonNode> byInput = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("report.jsonl"))) {
      JsonNode r = MinutesJson.mapper().readTree(line);
      byInput.put(in.relativize(Path.of(r.get("input").asText())).toString(), r);
    }
    return byInput;
  }

  static Map<String, String> statuses(Map<String, JsonNode> report) {
    return report.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> e.getValue().get("status").asText() + (e.getValue().get("error").isNull() ? "" : " " + e.getValue().get("error").asText()),
        (a, b) -> a, TreeMap::new));
  }

  @Test
  void writesEveryGoodFileReportsEveryBadOneAndASecondRunSkipsEverything() throws Exception {
    Path jsonl = tmp.resolve("dataset.jsonl");
    assertEquals(4, bulk("--jobs", "2", "--jsonl", jsonl.toString()), err.toString());
    assertEquals(Map.of(
        "2018/English.PDF", "ok", "2018/nov/seed-chromium.pdf", "ok", "traps.pdf", "ok",
        "broken/truncated-25.pdf", "failed damaged", "broken/secret.pdf", "failed password",
        "broken/scan.pdf", "failed no-text", "broken/notes.pdf", "failed not-a-pdf"), statuses(report()));

    // Each output is what the parser gives, under the mirrored path.
    Path output = out.resolve("2018/nov/seed-chromium.pdf.json");
    assertEquals(MinutesJson.toJson(MinutesParser.builder().build().parse(in.resolve("2018/nov/seed-chromium.pdf")), true)
        + "\n", Files.readString(output));
    JsonNode ok = report().get("traps.pdf");
    assertEquals(4, ok.get("pages").asInt());
    assertTrue(ok.get("ms").asLong() > 0);
    assertEquals(3, Files.readAllLines(jsonl).size());
    assertEquals("notes.pdf is text/plain, not a PDF", report().get("broken/notes.pdf").get("message").asText());
    assertTrue(err.toString().contains("7 files: 3 ok, 0 skipped, 4 failed"), err.toString());
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
    }

    // A second run does only what is left: nothing.
    assertEquals(0, bulk(), err.toString());
    assertTrue(statuses(report()).values().stream().allMatch(s -> s.startsWith("skipped")), statuses(report()).toString());
    assertEquals("skipped password", statuses(report()).get("broken/secret.pdf"));

    // An output a power cut left torn or empty does not read back whole: it is parsed again.
    Path torn = out.resolve("2018/English.PDF.json");
    byte[] whole = Files.readAllBytes(torn);
    Files.write(torn, java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.write(output, new byte[0]);
    assertEquals(0, bulk(), err.toString());
    assertEquals("ok", statuses(report()).get("2018/English.PDF"));
    assertEquals("ok", statuses(report()).get("2018/nov/seed-chromium.pdf"));
    assertEquals("skipped", statuses(report()).get("traps.pdf"));
    assertEquals(new String(whole, java.nio.charset.StandardCharsets.UTF_8), Files.readString(torn));

    // A changed input is parsed again; --force parses everything again.
    Files.copy(Fixtures.testdata().resolve("seed-plain.pdf"), in.resolve("traps.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(0, bulk());
    assertEquals("ok", statuses(report()).get("traps.pdf"));
    // The output records the new input's hash.
    assertEquals(MinutesParser.sha256(Files.readAllBytes(in.resolve("traps.pdf"))),
        MinutesJson.mapper().readTree(out.resolve("traps.pdf.json").toFile()).path("source").path("sha256").asText());
    assertEquals(4, bulk("--force"));
    assertFalse(statuses(report()).containsValue("skipped"));
  }

  /** The input folder holds one scan, of two pages (the test needs Tesseract). */
  private void inputIsOneScan() throws IOException {
    dev.minutes.fixtures.Ocr.assumeTesseract();
    Path scans = tmp.resolve("scans");
    Files.createDirectories(scans);
    Files.copy(Fixtures.testdata().resolve("scanned/english.pdf"), scans.resolve("english.pdf"));
    in = scans;
  }

  /**
   * A scan's pages read by OCR in the worker: counted in the progress, the report and the summary, each page giving
   * the file --ocr-timeout more than its --timeout, which alone would not hold two pages of Tesseract.
   */
  @Test
  void pagesReadByOcrAreCountedAndEachGivesTheFileMoreTime() throws Exception {
    inputIsOneScan();
    String[] args = {"bulk", in.toString(), "--out", out.toString(), "--progress", "lines", "--jobs", "1",
        "--timeout", "1s", "--ocr-timeout", "60s"};
    assertEquals(0, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
    JsonNode line = report().get("english.pdf");
    assertEquals("ok", line.get("status").asText(), line.toString());
    assertEquals(2, line.get("ocrPages").asInt());
    assertTrue(err.toString().contains("; 2 pages read by OCR;"), err.toString());
    assertEquals("[1,2]", MinutesJson.mapper().readTree(out.resolve("english.pdf.json").toFile()).at("/source/ocr")
        .toString());
    // with OCR off the scan has no text
    Files.delete(out.resolve("report.jsonl"));
    assertEquals(4, bulk("--jobs", "1", "--force", "--ocr", "never"), err.toString());
    assertEquals("failed no-text", statuses(report()).get("english.pdf"));
  }

  /**
   * A scan past its --timeout and the allowance of the page it started to read by OCR fails, the message saying how
   * long it was given.
   */
  @Test
  void aScanPastItsTimeIsToldHowLongItWasGivenWithItsOcrAllowance() throws Exception {
    inputIsOneScan();
    assertEquals(4, bulk("--jobs", "1", "--timeout", "1s", "--ocr-timeout", "1ms"), err.toString());
    JsonNode line = report().get("english.pdf");
    assertEquals("timeout", line.get("error").asText(), line.toString());
    assertEquals("english.pdf: no result within 1.0 s and 0.001 s for each of 1 page(s) read by OCR; the worker was "
        + "stopped", line.get("message").asText());
  }

  /** A document whose result carries a self-check warning is named in the report and counted in the summary. */
  @Test
  void theReportNamesTheDocumentsToLookAt() throws Exception {
    Path only = tmp.resolve("checks");
    Files.createDirectories(only);
    dev.minutes.fixtures.TinyPdf skipping = new dev.minutes.fixtures.TinyPdf()
        .header("Kommunchefsmöte", "2018-11-14 13:15 - 16:15", "Rex", "Lisa Andersson Lindberg, Magnus Haglund")
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades.").gap(10)
        .bold("3.|Budget").gap(4).bold("Anteckningar").line("Budgeten gicks igenom.");
    Files.write(only.resolve("gap.pdf"), skipping.bytes());
    Files.copy(Fixtures.testdata().resolve("traps.pdf"), only.resolve("traps.pdf"));
    in = only;
    assertEquals(0, bulk("--jobs", "1"), err.toString());
    assertEquals("[\"item.numbering-gap\"]", report().get("gap.pdf").get("checks").toString());
    assertEquals("[]", report().get("traps.pdf").get("checks").toString());
    assertTrue(err.toString().contains("; 1 to look at (self-check warnings)"), err.toString());
  }

  @Test
  void aWorkerPastItsTimeoutIsStoppedAndReplaced() throws Exception {
    assertEquals(4, bulk("--jobs", "1", "--timeout", "1ms"));
    Map<String, String> s = statuses(report());
    assertEquals(7, s.size());
    assertTrue(s.values().stream().allMatch(v -> v.equals("failed timeout")), s.toString());
    assertEquals(0, Files.list(out).filter(p -> p.toString().endsWith(".json")).count());
  }

  @Test
  void aWorkerOutOfMemoryIsReportedAndTheRunGoesOn() throws Exception {
    // 14 MB cannot hold what a parse needs (a worker runs out of memory in 20 MB and parses in 24 MB): every PDF
    // that reaches it runs a worker out of memory; each is reported, its worker replaced, and the run goes on to the end.
    assertEquals(4, bulk("--jobs", "1", "--worker-heap", "14m"));
    Map<String, String> s = statuses(report());
    assertEquals(7, s.size());
    assertEquals("failed out-of-memory", s.get("traps.pdf"));
    assertEquals("failed out-of-memory", s.get("2018/English.PDF"));
    assertEquals("failed not-a-pdf", s.get("broken/notes.pdf"));
  }

  @Test
  void aWorkerParsesThe206PageFixtureIn256Megabytes() throws Exception {
    Path only = tmp.resolve("long");
    Files.createDirectories(only);
    Files.copy(Fixtures.testdata().resolve("long/long-minutes.pdf"), only.resolve("long-minutes.pdf"));
    in = only;
    assertEquals(0, bulk("--worker-heap", "256m"), err.toString());
    JsonNode r = report().get("long-minutes.pdf");
    assertEquals("ok", r.get("status").asText());
    assertEquals(206, r.get("pages").asInt());
  }

  @Test
  void usageErrors() {
    in = tmp.resolve("missing");
    assertEquals(2, bulk());
    assertTrue(err.toString().contains("not a folder"), err.toString());
  }

  @Test
  void durations() {
    assertEquals(60_000, BulkCommand.parseDuration("60s"));
    assertEquals(120_000, BulkCommand.parseDuration("2m"));
    assertEquals(500, BulkCommand.parseDuration("500ms"));
    assertEquals(45_000, BulkCommand.parseDuration("45"));
  }

  @Test
  void whatTheWorkerJvmPrintsOnItsOwnIsNotTakenForAReply() throws Exception {
    // -XX:+PrintCommandLineFlags makes the JVM print a line on standard output before the worker starts.
    Path output = tmp.resolve("seed.json");
    try (WorkerProcess worker = new WorkerProcess("256m", 1, true, List.of("-XX:+PrintCommandLineFlags"),
        Worker.class.getName(), OcrMode.NEVER)) {
      JsonNode reply = parseOne(worker, Fixtures.testdata().resolve("seed-chromium.pdf"), output);
      assertEquals("ok", reply.path("status").asText(), reply.toString());
      assertEquals(reply.path("pages").asInt(), MinutesJson.mapper().readTree(output.toFile()).at("/source/pages").asInt());
    }
  }

  @Test
  void aWorkerWhoseHeapStaysHalfFullAsksToBeReplaced() throws Exception {
    // The language model and the rest a worker keeps hold about 30 MB: more than half of 48 MB, well
    // under half of 256 MB.
    Path seed = Fixtures.testdata().resolve("seed-chromium.pdf");
    try (WorkerProcess small = new WorkerProcess("48m", 1, true, List.of(), Worker.class.getName(), OcrMode.NEVER);
         WorkerProcess usual = new WorkerProcess("256m", 1, true, List.of(), Worker.class.getName(), OcrMode.NEVER)) {
      JsonNode reply = parseOne(small, seed, tmp.resolve("a.json"));
      assertEquals("ok", reply.path("status").asText(), reply.toString());
      assertTrue(reply.path("retire").asBoolean(), reply.toString());
      assertFalse(small.takesMore());
      reply = parseOne(usual, seed, tmp.resolve("b.json"));
      assertFalse(reply.path("retire").asBoolean(), reply.toString());
      assertTrue(usual.takesMore());
    }
    // A run whose workers all retire after one file still does every file.
    assertEquals(4, bulk("--jobs", "1", "--worker-heap", "48m"), err.toString());
    assertEquals(3, statuses(report()).values().stream().filter("ok"::equals).count());
  }

  @Test
  void inputsThatFailedAreSkippedUntilRetryFailed() throws Exception {
    // Every file fails the first run (a 1 ms timeout). Unchanged, they are skipped with their earlier
    // error; --retry-failed parses them again.
    assertEquals(4, bulk("--jobs", "1", "--timeout", "1ms"));
    assertTrue(statuses(report()).values().stream().allMatch("failed timeout"::equals), statuses(report()).toString());
    assertEquals(0, bulk("--jobs", "1"), err.toString());
    assertTrue(statuses(report()).values().stream().allMatch("skipped timeout"::equals), statuses(report()).toString());
    assertEquals(4, bulk("--jobs", "1", "--retry-failed"), err.toString());
    assertEquals(Map.of(
        "2018/English.PDF", "ok", "2018/nov/seed-chromium.pdf", "ok", "traps.pdf", "ok",
        "broken/truncated-25.pdf", "failed damaged", "broken/secret.pdf", "failed password",
        "broken/scan.pdf", "failed no-text", "broken/notes.pdf", "failed not-a-pdf"), statuses(report()));
    // What failed again is skipped again, with its new error; what is done stays done.
    assertEquals(0, bulk("--jobs", "1"));
    assertEquals("skipped password", statuses(report()).get("broken/secret.pdf"));
    assertEquals("skipped", statuses(report()).get("traps.pdf"));
  }

  @Test
  void recycleStartsAFreshWorkerAfterSoManyFiles() throws Exception {
    // Seven files and one job: one worker by default, a new one every two files with --recycle 2.
    assertEquals(1, workersStartedBy("--jobs", "1", "--force"));
    assertEquals(4, workersStartedBy("--jobs", "1", "--force", "--recycle", "2"));
    assertEquals(3, statuses(report()).values().stream().filter("ok"::equals).count());
  }

  /** How many worker JVMs a bulk run started: its child processes, watched while it runs. */
  int workersStartedBy(String... options) throws Exception {
    java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    Thread watch = new Thread(() -> {
      while (!done.get()) {
        ProcessHandle.current().children()
            .filter(p -> p.info().arguments().map(a -> List.of(a).contains(Worker.class.getName())).orElse(true))
            .forEach(p -> seen.add(p.pid()));
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    watch.start();
    try {
      assertEquals(4, bulk(options), err.toString());
    } finally {
      done.set(true);
      watch.join();
    }
    return seen.size();
  }
}
