package dev.minutes.cli.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.MinutesParser;
import dev.minutes.cli.ExitCodes;
import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.json.MinutesJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bulk", mixinStandardHelpOptions = true,
    description = {"Parses every PDF below IN_DIR into OUT_DIR/<relative path>.json, in isolated worker JVMs.",
        "Resumable: an input whose output matches its size and SHA-256 is skipped. OUT_DIR/report.jsonl has one "
            + "line per input."})
public final class BulkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN_DIR", description = "folder searched recursively for *.pdf (any case)")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "OUT_DIR", description = "where the JSON files and report.jsonl go")
  Path out;

  @Option(names = "--jobs", paramLabel = "N", description = "files parsed at once, on the threads of worker JVMs, up to "
      + MAX_THREADS + " a JVM (default: the number of cores)")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "DURATION", description = "per file, e.g. 60s, 2m, 500ms (default 60s)")
  String timeout = "60s";

  @Option(names = "--force", description = "parse every input again, even where an up-to-date output exists")
  boolean force;

  @Option(names = "--retry-failed", description = "parse again the inputs that failed before (unchanged inputs "
      + "that failed are otherwise skipped, with their earlier error)")
  boolean retryFailed;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "also write one line per parsed document to FILE")
  Path jsonl;

  @Option(names = "--worker-heap", paramLabel = "SIZE", description = "heap for each file parsed at once (default 256m); a worker "
      + "JVM's heap cap is this times the files it parses at once")
  String heap = "256m";

  @Option(names = "--recycle", paramLabel = "N", description = "start a fresh worker after N files (default 10000; "
      + "a worker also asks to be replaced when half its heap stays in use)")
  int recycle = 10_000;

  @Option(names = "--progress", paramLabel = "MODE", description = "bar, lines or none (default: bar on a terminal, else lines)")
  String progress;

  @Option(names = "--ocr", paramLabel = "MODE", description = "read pages by OCR (Tesseract): auto (pages without usable "
      + "text, the default), always (every page) or never")
  OcrMode ocr = OcrMode.AUTO;

  @Option(names = "--ocr-timeout", paramLabel = "DURATION", description = "more time a file gets for each page it reads "
      + "by OCR (default 60s)")
  String ocrTimeout = "60s";

  private final ObjectMapper mapper = MinutesJson.mapper();
  private long ocrPageMillis;
  /** The inputs found (some may be up to date and skipped). */
  private int files;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final List<WorkerProcess> live = java.util.Collections.synchronizedList(new ArrayList<>());

  /** Files one worker JVM parses at once, at most: more would put more files at risk when one ends it. */
  static final int MAX_THREADS = 4;

  /** The worker's main class; tests put in one with faults. */
  String workerMain = Worker.class.getName();

  /**
   * One input and where its output goes; its size and SHA-256 once known; how often it went back to the
   * queue while it was being parsed (see {@link Lane}).
   */
  record Task(Path input, Path output, String relative, long bytes, String sha256, int putBacks) {
    Task withContent() throws IOException {
      byte[] b = Files.readAllBytes(input);
      return new Task(input, output, relative, b.length, MinutesParser.sha256(b), putBacks);
    }

    Task putBack() {
      return new Task(input, output, relative, bytes, sha256, putBacks + 1);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(in)) {
      err.println("minutes: " + in + ": not a folder");
      return ExitCodes.USAGE;
    }
    long timeoutMillis;
    try {
      timeoutMillis = parseDuration(timeout);
    } catch (IllegalArgumentException e) {
      err.println("minutes: --timeout " + timeout + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      ocrPageMillis = parseDuration(ocrTimeout);
    } catch (IllegalArgumentException e) {
      err.println("minutes: --ocr-timeout " + ocrTimeout + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (jobs < 1 || recycle < 1) {
      err.println("minutes: --jobs and --recycle must be at least 1");
      return ExitCodes.USAGE;
    }
    Files.createDirectories(out);
    removeStaleParts();
    List<Task> tasks = find();
    files = tasks.size();
    Map<String, JsonNode> before = previousFailures(out.resolve("report.jsonl"));
    Run run = new Run(tasks.size(), out.resolve("report.jsonl"), jsonl);
    Thread hook = new Thread(() -> {
      stopping.set(true);
      synchronized (live) {
        live.forEach(WorkerProcess::kill);
      }
      run.close();
    }, "bulk-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    Progress bar = new Progress(run, err, progressMode());
    try {
      // Workers start, and parse, while the inputs are hashed and checked against their outputs.
      int lanes = Math.min((jobs + MAX_THREADS - 1) / MAX_THREADS, Math.max(1, tasks.size()));
      BlockingDeque<Task> toParse = new LinkedBlockingDeque<>();
      AtomicBoolean checking = new AtomicBoolean(true);
      Lane.Results results = new Lane.Results() {
        @Override
        public void started(Task t) {
          run.started(t);
        }

        @Override
        public void ocrPage(Task t) {
          run.ocrPage();
        }

        @Override
        public void ok(Task t, JsonNode reply) throws IOException {
          run.ok(t, reply, jsonl == null ? null : mapper.readTree(t.output().toFile()));
          run.peakHeap(reply.path("peakHeap").asLong());
        }

        @Override
        public void failed(Task t, JsonNode reply) throws IOException {
          run.failed(t, reply);
          run.peakHeap(reply.path("peakHeap").asLong());
        }

        @Override
        public void putBack(Task t) {
          run.putBack.incrementAndGet();
        }
      };
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < lanes; i++) {
        int laneThreads = jobs / lanes + (i < jobs % lanes ? 1 : 0);
        Lane.Workers workers = new Lane.Workers() {
          @Override
          public WorkerProcess start() throws IOException {
            return startWorker(laneThreads);
          }

          @Override
          public void retire(WorkerProcess w) {
            w.close();
            live.remove(w);
          }
        };
        Lane lane = new Lane(tasks.isEmpty() ? null : startWorker(laneThreads), toParse, checking::get, stopping::get,
            workers, results, timeoutMillis, ocrPageMillis, recycle);
        Thread t = new Thread(() -> {
          try {
            lane.run();
          } catch (RuntimeException e) {
            err.println("minutes: bulk: " + e);
          }
        }, "bulk-" + i);
        t.start();
        threads.add(t);
      }
      bar.start();
      try {
        for (Task task : tasks) {
          Task t = task.withContent();
          JsonNode failedBefore = before.get(t.input().toString());
          JsonNode current = force ? null : upToDateOutput(t);
          if (current != null) {
            run.skipped(t, current, null);
          } else if (!force && !retryFailed && failedBefore != null && failedBefore.path("bytes").asLong() == t.bytes()
              && failedBefore.path("sha256").asText().equals(t.sha256())) {
            run.skipped(t, null, failedBefore);
          } else {
            toParse.add(t);
          }
        }
      } finally {
        checking.set(false);
      }
      for (Thread t : threads) t.join();
    } finally {
      bar.stop();
      run.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down
      }
    }
    err.println(run.summary(out.resolve("report.jsonl")));
    err.flush();
    return run.failed.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** A new worker, counted as live (the shutdown hook kills the live ones); null when the run is stopping. */
  private WorkerProcess startWorker(int threads) throws IOException {
    WorkerProcess w = new WorkerProcess(heap, threads, quickCompile(), workerOptions(), workerMain, ocr);
    synchronized (live) {
      if (stopping.get()) {
        w.kill();
        return null;
      }
      live.add(w);
    }
    return w;
  }

  /**
   * Workers that fill every core compile with C1 only when the run is short: C2's compiler threads take the cores
   * the parses need, and its code pays that back only over a longer run (on 2 cores, generated minutes of 6 pages:
   * 1,000 files took 8.4 s with C1 alone and 9.3 s with C2, 3,000 files 21.9 s and 19.4 s).
   */
  public static final int QUICK_COMPILE_MAX_FILES = 1_500;

  private boolean quickCompile() {
    return jobs >= Runtime.getRuntime().availableProcessors() && files <= QUICK_COMPILE_MAX_FILES;
  }

  /** JVM options for the workers from the environment variable {@code MINUTES_WORKER_OPTS}, split at spaces. */
  private static List<String> workerOptions() {
    String extra = System.getenv("MINUTES_WORKER_OPTS");
    return extra == null || extra.isBlank() ? List.of() : List.of(extra.strip().split("\\s+"));
  }

  private List<Task> find() throws IOException {
    try (Stream<Path> files = Files.walk(in)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
          .sorted()
          .map(p -> {
            String rel = in.relativize(p).toString();
            return new Task(p, out.resolve(rel + ".json"), rel, -1, null, 0);
          }).toList();
    }
  }

  /** The output, read, when it is up to date: when it records the input's size and SHA-256; else null. */
  private JsonNode upToDateOutput(Task t) {
    if (!Files.isRegularFile(t.output())) return null;
    try {
      JsonNode output = mapper.readTree(t.output().toFile());
      JsonNode source = output.path("source");
      boolean same = source.path("bytes").asLong(-1) == t.bytes() && source.path("sha256").asText().equals(t.sha256());
      return same ? output : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The inputs that failed in the previous run, by input path, from its report (failed or skipped with an error). */
  private Map<String, JsonNode> previousFailures(Path report) {
    Map<String, JsonNode> failed = new java.util.HashMap<>();
    if (!Files.isRegularFile(report)) return failed;
    try (Stream<String> lines = Files.lines(report, StandardCharsets.UTF_8)) {
      lines.forEach(l -> {
        try {
          JsonNode r = mapper.readTree(l);
          if (!r.path("error").isNull() && !r.path("error").isMissingNode()) failed.put(r.path("input").asText(), r);
        } catch (IOException e) {
          // a line cut by an interrupted run
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // no usable report: nothing is known to have failed
    }
    return failed;
  }

  /** Temporary files of a run that was stopped mid-write. */
  private void removeStaleParts() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(AtomicFiles.PART);
      }).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private String progressMode() {
    if (progress != null) return progress;
    return System.console() != null ? "bar" : "lines";
  }

  static long parseDuration(String s) {
    var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?").matcher(s.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) throw new IllegalArgumentException("not a duration (60s, 2m, 500ms)");
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> v;
      case "m" -> v * 60_000;
      case "h" -> v * 3_600_000;
      default -> v * 1000;
    };
    if (millis < 1) throw new IllegalArgumentException("must be positive");
    return (long) millis;
  }

  /** The state of a run: counts, the report and the dataset file, written as results come. */
  final class Run {
    final int total;
    final AtomicInteger done = new AtomicInteger(), ok = new AtomicInteger(), skipped = new AtomicInteger(),
        failed = new AtomicInteger(), flagged = new AtomicInteger(), putBack = new AtomicInteger();
    final AtomicLong pages = new AtomicLong(), peakHeap = new AtomicLong(), firstResultNanos = new AtomicLong();
    /** Pages read by OCR so far, counted as each starts; and pages of finished files read by OCR. */
    final AtomicLong ocrStarted = new AtomicLong(), ocrPages = new AtomicLong();
    final long startNanos = System.nanoTime();
    final Map<String, Integer> failures = new TreeMap<>();
    volatile String current = "";
    private final BufferedWriter report;
    private final BufferedWriter dataset;
    private boolean closed;

    Run(int total, Path reportFile, Path jsonlFile) throws IOException {
      this.total = total;
      this.report = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
      this.dataset = jsonlFile == null ? null : Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8);
    }

    void started(Task t) {
      current = t.relative();
    }

    void ocrPage() {
      ocrStarted.incrementAndGet();
    }

    /** Skipped: up to date ({@code json} is its output), or failed before ({@code failedBefore} says how). */
    void skipped(Task t, JsonNode json, JsonNode failedBefore) throws IOException {
      skipped.incrementAndGet();
      if (failedBefore == null) {
        line(t, "skipped", null, null, json.path("source").path("pages").asInt(), null, json,
            json.path("source").path("ocr").size());
      } else {
        line(t, "skipped", failedBefore.path("error").asText(), failedBefore.path("message").asText(), null, null, null,
            null);
      }
    }

    void ok(Task t, JsonNode reply, JsonNode json) throws IOException {
      ok.incrementAndGet();
      pages.addAndGet(reply.path("pages").asLong());
      ocrPages.addAndGet(reply.path("ocrPages").asLong());
      firstResultNanos.compareAndSet(0, System.nanoTime() - startNanos);
      line(t, "ok", null, null, reply.path("pages").asInt(), reply.path("ms").asLong(), json, reply.path("checks"),
          reply.path("ocrPages").asInt());
    }

    void failed(Task t, JsonNode reply) throws IOException {
      failed.incrementAndGet();
      String kind = kind(reply.path("kind").asText());
      synchronized (failures) {
        failures.merge(kind, 1, Integer::sum);
      }
      line(t, "failed", kind, reply.path("message").asText(), null,
          reply.has("ms") ? reply.path("ms").asLong() : null, null, null);
    }

    void peakHeap(long bytes) {
      peakHeap.accumulateAndGet(bytes, Math::max);
    }

    private synchronized void line(Task t, String status, String kind, String message, Integer pageCount, Long ms,
                                   JsonNode json, Integer ocrPageCount) throws IOException {
      line(t, status, kind, message, pageCount, ms, json, null, ocrPageCount);
    }

    /**
     * {@code checks}: the self-checks' codes the worker reported, where the output is not read here;
     * {@code ocrPageCount}: the pages read by OCR.
     */
    private synchronized void line(Task t, String status, String kind, String message, Integer pageCount, Long ms,
                                   JsonNode json, JsonNode checksReported, Integer ocrPageCount) throws IOException {
      done.incrementAndGet();
      if (closed) return;
      ObjectNode r = mapper.createObjectNode();
      r.put("input", t.input().toString()).put("output", json == null && !"ok".equals(status) ? null : t.output().toString())
          .put("status", status).put("error", kind).put("message", message)
          .put("bytes", t.bytes()).put("sha256", t.sha256());
      if (pageCount != null) r.put("pages", pageCount);
      else r.putNull("pages");
      if (ms != null) r.put("ms", ms);
      else r.putNull("ms");
      if (ocrPageCount != null) r.put("ocrPages", ocrPageCount);
      else r.putNull("ocrPages");
      if (json != null || checksReported != null && checksReported.isArray()) {
        // The self-checks' codes: a document to look at.
        java.util.Set<String> codes = new java.util.TreeSet<>();
        if (json != null) {
          for (JsonNode w : json.path("warnings")) {
            if (dev.minutes.check.SelfChecks.isCheck(w.path("code").asText())) codes.add(w.path("code").asText());
          }
        } else {
          checksReported.forEach(c -> codes.add(c.asText()));
        }
        var checks = r.putArray("checks");
        codes.forEach(checks::add);
        if (!codes.isEmpty()) flagged.incrementAndGet();
      }
      report.write(mapper.writeValueAsString(r));
      report.write('\n');
      report.flush();
      if (dataset != null && json != null) {
        dataset.write(mapper.writeValueAsString(json));
        dataset.write('\n');
        dataset.flush();
      }
    }

    synchronized void close() {
      if (closed) return;
      closed = true;
      try {
        report.close();
        if (dataset != null) dataset.close();
      } catch (IOException e) {
        // nothing more can be saved
      }
    }

    double seconds() {
      return (System.nanoTime() - startNanos) / 1e9;
    }

    String summary(Path reportFile) {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
          "minutes bulk: %d files: %d ok, %d skipped, %d failed", total, ok.get(), skipped.get(), failed.get()));
      if (!failures.isEmpty()) s.append(" ").append(failures);
      s.append(String.format(Locale.ROOT, "; %d to look at (self-check warnings)", flagged.get()));
      if (putBack.get() > 0) s.append(String.format(Locale.ROOT, "; %d put back in the queue when their worker ended", putBack.get()));
      s.append(String.format(Locale.ROOT, "; %d pages in %.1f s (%.1f pages/s)", pages.get(), seconds(),
          pages.get() / Math.max(seconds(), 1e-9)));
      if (ocrPages.get() > 0) s.append(String.format(Locale.ROOT, "; %d pages read by OCR", ocrPages.get()));
      if (firstResultNanos.get() > 0) s.append(String.format(Locale.ROOT, "; first result after %.2f s", firstResultNanos.get() / 1e9));
      if (peakHeap.get() > 0) {
        s.append(String.format(Locale.ROOT, "; worker heap at most %d MB (its pools' peaks summed)", peakHeap.get() >> 20));
      }
      return s.append("; report: ").append(reportFile).toString();
    }
  }

  /** The report's word for a failure kind. */
  static String kind(String k) {
    return switch (k) {
      case "NOT_A_PDF" -> "not-a-pdf";
      case "DAMAGED" -> "damaged";
      case "PASSWORD_REQUIRED" -> "password";
      case "NO_TEXT" -> "no-text";
      case "IO" -> "unreadable";
      case "TIMEOUT" -> "timeout";
      case "OUT_OF_MEMORY" -> "out-of-memory";
      default -> "crashed";
    };
  }

  /** Progress on standard error: a bar on a terminal, a plain line every ten seconds elsewhere. */
  static final class Progress {
    private final Run run;
    private final PrintWriter err;
    private final String mode;
    private Thread thread;

    Progress(Run run, PrintWriter err, String mode) {
      this.run = run;
      this.err = err;
      this.mode = mode;
    }

    void start() {
      if (mode.equals("none")) return;
      thread = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(mode.equals("bar") ? 250 : 10_000);
            print(false);
          }
        } catch (InterruptedException e) {
          // stopped
        }
      }, "bulk-progress");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      if (thread == null) return;
      thread.interrupt();
      thread.join();
      print(true);
    }

    private void print(boolean last) {
      int done = run.done.get();
      double s = run.seconds();
      double pagesPerSecond = run.pages.get() / Math.max(s, 1e-9);
      double filesPerSecond = (run.ok.get() + run.failed.get()) / Math.max(s, 1e-9);
      int left = run.total - done;
      String eta = filesPerSecond > 0 ? format(Duration.ofSeconds((long) (left / filesPerSecond))) : "?";
      if (mode.equals("bar")) {
        int width = 30, filled = run.total == 0 ? width : width * done / run.total;
        String name = run.current.length() > 40 ? "…" + run.current.substring(run.current.length() - 39) : run.current;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d files  %.1f pages/s%s  ETA %s  %-40s", "#".repeat(filled),
            ".".repeat(width - filled), done, run.total, pagesPerSecond, ocr(), eta, last ? "" : name);
        if (last) err.println();
      } else if (!last) {
        err.printf(Locale.ROOT, "minutes bulk: %d/%d files, %.1f pages/s%s, ETA %s, now %s%n", done, run.total,
            pagesPerSecond, ocr(), eta, run.current);
      }
      err.flush();
    }

    /** The pages read by OCR so far, counted as each starts: a scan takes seconds a page, so they show it moving. */
    private String ocr() {
      long n = run.ocrStarted.get();
      return n == 0 ? "" : String.format(Locale.ROOT, " (%d read by OCR)", n);
    }

    private static String format(Duration d) {
      long h = d.toHours(), m = d.toMinutesPart(), s = d.toSecondsPart();
      return h > 0 ? String.format("%dh%02dm", h, m) : m > 0 ? String.format("%dm%02ds", m, s) : s + "s";
    }
  }
}
