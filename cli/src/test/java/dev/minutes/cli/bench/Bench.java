package dev.minutes.cli.bench;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.gen.MinutesGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The benchmark behind the README's figures ({@code scripts/bench.sh}), each a ratio of two things measured
 * side by side in one run, A and B in turn, the ratio taken pair by pair (so that it holds while the
 * shared machine's speed drifts), its median quoted:
 * <ul>
 *   <li>a whole-process {@code ./minutes parse} against bare PDFBox text extraction ({@link BareText}) in a
 *       JVM of its own, on the 6-page seed and on the first 150 pages of the long fixture; on the default
 *       JDK, and on JDK 25 (where the launcher uses its AOT cache) when one is installed;
 *   <li>the full parse of the long fixture against bare PDFBox once both are warm, in this JVM;
 *   <li>a whole-process {@code minutes bulk} of generated minutes with {@code --jobs 2} against
 *       {@code --jobs 1}, against poppler's {@code pdftotext} two at a time, and against bare PDFBox on two
 *       threads of one JVM ({@link BareBulk}), which is held against {@code pdftotext} too; for each bulk run the CPU
 *       time of the coordinator and its workers, the time to the first parsed file, and, the largest seen,
 *       the workers' peak resident set size and the heap in their GC logs (which bench.sh turns on).
 * </ul>
 */
public final class Bench {
  static final Path ROOT = Fixtures.testdata().getParent();
  static final Path JAR = ROOT.resolve("cli/target/minutes.jar");

  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int corpusSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    System.out.printf("machine: %d cores, Java %s, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("load average at the start (1, 5, 15 min): " + loadAverage() + "\n");
    coldStart(reps);
    longDocument(reps);
    bulk(corpusSize, Math.max(3, reps / 3));
    System.out.println("\nload average at the end (1, 5, 15 min): " + loadAverage());
  }

  /** The machine's load average (Linux), which says whether others shared the cores meanwhile. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** Whole-process parse against whole-process bare PDFBox, per JDK. */
  static void coldStart(int reps) throws Exception {
    Path seed = ROOT.resolve("testdata/seed-chromium.pdf");
    Path cut = Files.createTempFile("minutes-bench-150-pages", ".pdf");
    try (PDDocument d = Loader.loadPDF(ROOT.resolve("testdata/long/long-minutes.pdf").toFile())) {
      while (d.getNumberOfPages() > 150) d.removePage(d.getNumberOfPages() - 1);
      d.save(cut.toFile());
    }
    String bareCp = ROOT.resolve("cli/target/test-classes") + ":" + java.util.Arrays.stream(
        System.getProperty("java.class.path").split(":")).filter(e -> e.matches(".*/(pdfbox|pdfbox-io|fontbox|commons-logging)-[^/]*\\.jar"))
        .collect(java.util.stream.Collectors.joining(":"));
    List<String> jdks = new ArrayList<>(List.of(System.getProperty("java.home")));
    Path jdk25 = Path.of(System.getenv().getOrDefault("JDK25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    if (Files.isExecutable(jdk25.resolve("bin/java"))) jdks.add(jdk25.toString());
    System.out.printf(Locale.ROOT, "whole process, ./minutes parse FILE (A, the launcher: on JDK 17 and 25 with %s, "
        + "from its class cache: a CDS archive on JDK 17, an AOT cache on JDK 25) against bare PDFBox PDFTextStripper in its own JVM, output to /dev/null: with the "
        + "JVM's default flags (B) and with the launcher's flags (B'); %d rounds of A, B, B' after 2 warm-up rounds; "
        + "medians, ratios pair by pair:%n", String.join(" ", PARSE_FLAGS), reps);
    System.out.println("| JDK | file | minutes (A) | bare PDFBox (B) | B with the launcher's flags (B') | A/B | A/B' |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (String home : jdks) {
      String version = home.contains("25") ? "25, AOT cache" : System.getProperty("java.specification.version") + ", CDS archive";
      Map<String, String> env = Map.of("PATH", home + "/bin:" + System.getenv("PATH"));
      waitForTheCache(env, seed, home.contains("25") ? ".aot" : ".jsa");
      for (Path file : List.of(seed, cut)) {
        List<String> a = List.of(ROOT.resolve("minutes").toString(), "parse", file.toString());
        List<String> b = List.of(home + "/bin/java", "-cp", bareCp, BareText.class.getName(), file.toString());
        List<String> flagged = new ArrayList<>(List.of(home + "/bin/java"));
        flagged.addAll(PARSE_FLAGS);
        flagged.addAll(b.subList(1, b.size()));
        double[] r = rounds(List.of(a, b, flagged), env, reps);
        System.out.printf(Locale.ROOT, "| %s | %s, %d pages | %.2f s | %.2f s | %.2f s | **%.2f** | **%.2f** |%n", version,
            file == seed ? "seed-chromium.pdf" : "long-minutes.pdf cut", file == seed ? 6 : 150, r[0], r[1], r[2], r[3], r[4]);
      }
    }
    System.out.println();
    Files.delete(cut);
  }

  /**
   * Runs the launcher until its class cache for the JDK exists (an AOT cache on JDK 25, a CDS archive before:
   * made in the background on first use).
   */
  static void waitForTheCache(Map<String, String> env, Path pdf, String extension) throws Exception {
    Path dir = ROOT.resolve("cli/target/aot");
    for (int i = 0; i < 120; i++) {
      try (var files = Files.list(dir)) {
        if (files.anyMatch(f -> f.toString().endsWith(extension) && f.toFile().length() > 0
            && f.toFile().lastModified() > JAR.toFile().lastModified())) return;
      } catch (java.nio.file.NoSuchFileException e) {
        // not yet
      }
      if (i % 20 == 0) run(List.of(ROOT.resolve("minutes").toString(), "parse", pdf.toString()), env);
      Thread.sleep(500);
    }
    throw new IllegalStateException("the launcher made no class cache (" + extension + ") in 60 s");
  }

  /** The JVM flags the launcher gives a parse (see ./minutes). */
  static final List<String> PARSE_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
      "-Dsun.reflect.inflationThreshold=2147483647");

  /**
   * Runs the commands in turn, rounds times after two warm-up rounds: the median wall seconds of each, then
   * the medians of the first's time over each other's, round by round.
   */
  static double[] rounds(List<List<String>> commands, Map<String, String> env, int reps) throws Exception {
    for (int i = 0; i < 2; i++) {
      for (List<String> c : commands) run(c, env);
    }
    List<List<Double>> times = new ArrayList<>();
    List<List<Double>> ratios = new ArrayList<>();
    for (int k = 0; k < commands.size(); k++) {
      times.add(new ArrayList<>());
      ratios.add(new ArrayList<>());
    }
    for (int i = 0; i < reps; i++) {
      for (int k = 0; k < commands.size(); k++) times.get(k).add(run(commands.get(k), env));
      for (int k = 1; k < commands.size(); k++) ratios.get(k).add(times.get(0).get(i) / times.get(k).get(i));
    }
    double[] r = new double[2 * commands.size() - 1];
    for (int k = 0; k < commands.size(); k++) r[k] = median(times.get(k));
    for (int k = 1; k < commands.size(); k++) r[commands.size() + k - 1] = median(ratios.get(k));
    return r;
  }

  /** Wall seconds of one whole process, its output discarded; it must exit 0. */
  static double run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    long start = System.nanoTime();
    int code = pb.start().waitFor();
    double s = (System.nanoTime() - start) / 1e9;
    if (code != 0) throw new IllegalStateException(command + " exited with " + code);
    return s;
  }

  static void longDocument(int reps) throws Exception {
    byte[] pdf = Files.readAllBytes(Fixtures.testdata().resolve("long/long-minutes.pdf"));
    MinutesParser parser = MinutesParser.builder().build();
    int pages;
    try (PDDocument d = Loader.loadPDF(pdf)) {
      pages = d.getNumberOfPages();
    }
    Callable bare = () -> {
      try (PDDocument d = Loader.loadPDF(pdf)) {
        return new PDFTextStripper().getText(d).length();
      }
    };
    Callable full = () -> parser.parse(pdf, "long-minutes.pdf").items().size();
    long warmUntil = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      bare.call();
      full.call();
    }
    List<Double> bareMs = new ArrayList<>(), fullMs = new ArrayList<>();
    for (int i = 0; i < reps; i++) {
      bareMs.add(time(bare));
      fullMs.add(time(full));
    }
    double b = median(bareMs), f = median(fullMs);
    System.out.printf(Locale.ROOT, "long PDF (%d pages, %d KB), in this JVM, median of %d after 15 s of warm-up:%n", pages,
        pdf.length >> 10, reps);
    System.out.printf(Locale.ROOT, "| PDFBox PDFTextStripper.getText | %.0f ms | %.0f pages/s |%n", b, pages / b * 1000);
    System.out.printf(Locale.ROOT, "| minutes full parse             | %.0f ms | %.0f pages/s |%n", f, pages / f * 1000);
    System.out.printf(Locale.ROOT, "| ratio                          | %.2f    |              |%n%n", f / b);
  }

  /** One whole-process bulk run's figures. */
  record BulkRun(double seconds, double cpu, double first, long rssKb, long gcStart, long gcLast) {}

  static void bulk(int size, int reps) throws Exception {
    Path corpus = Files.createTempDirectory("minutes-bench-corpus");
    int pages = 0;
    for (long seed = 1; seed <= size; seed++) {
      MinutesGenerator.Case c = MinutesGenerator.generate(seed);
      byte[] pdf = PdfRenderer.render(c.truth(), c.style());
      Files.write(corpus.resolve(String.format("doc-%04d.pdf", seed)), pdf);
      try (PDDocument d = Loader.loadPDF(pdf)) {
        pages += d.getNumberOfPages();
      }
    }
    System.out.printf(Locale.ROOT, "bulk: %d generated minutes, %d pages; whole processes (java -jar minutes.jar bulk, "
        + "JDK %s), each of the %d rounds running --jobs 1, --jobs 2 and pdftotext two at a time in turn; medians:%n",
        size, pages, System.getProperty("java.specification.version"), reps);
    Path gcLogs = System.getProperty("minutes.bench.gclogs") == null ? null : Path.of(System.getProperty("minutes.bench.gclogs"));
    List<BulkRun> one = new ArrayList<>(), two = new ArrayList<>();
    List<Double> poppler = new ArrayList<>(), bare = new ArrayList<>(), twoByOne = new ArrayList<>(),
        twoByPoppler = new ArrayList<>(), bareByPoppler = new ArrayList<>(), twoByBare = new ArrayList<>();
    // Bare PDFBox gets the flags bulk's workers get for a run of this size (see BulkCommand.quickCompile).
    List<String> bareCommand = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC"));
    if (size <= dev.minutes.cli.bulk.BulkCommand.QUICK_COMPILE_MAX_FILES) bareCommand.add("-XX:TieredStopAtLevel=1");
    bareCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), BareBulk.class.getName(), corpus.toString(), "2"));
    // Without poppler's pdftotext the comparison with it is left out, not the rest of the benchmark.
    boolean popplerHere = new ProcessBuilder("bash", "-c", "command -v pdftotext").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start().waitFor() == 0;
    if (!popplerHere) System.out.println("(pdftotext is not installed: apt-get install poppler-utils; its rows are left out)");
    for (int r = 0; r < reps; r++) {
      BulkRun a = bulkRun(corpus, 1, gcLogs), b = bulkRun(corpus, 2, gcLogs);
      double p = popplerHere ? run(List.of("bash", "-c", "ls " + corpus + "/*.pdf | xargs -P 2 -I{} pdftotext -q {} -"),
          Map.of()) : Double.NaN;
      double q = run(bareCommand, Map.of());
      one.add(a);
      two.add(b);
      poppler.add(p);
      bare.add(q);
      twoByOne.add(a.seconds() / b.seconds());
      twoByPoppler.add(p / b.seconds());
      bareByPoppler.add(p / q);
      twoByBare.add(q / b.seconds());
    }
    for (List<BulkRun> runs : List.of(one, two)) {
      double s = median(runs.stream().map(BulkRun::seconds).toList()), cpu = median(runs.stream().map(BulkRun::cpu).toList());
      System.out.printf(Locale.ROOT, "| minutes bulk --jobs %d | %.1f s | %.0f pages/s | CPU %.1f s, %.2f cores busy | "
          + "first file %.2f s | workers' peak RSS %d MB | heap when a collection began, at most %d MB; after the last, "
          + "at most %d MB |%n", runs == one ? 1 : 2, s, pages / s, cpu, cpu / s,
          median(runs.stream().map(BulkRun::first).toList()), runs.stream().mapToLong(BulkRun::rssKb).max().orElse(0) >> 10,
          runs.stream().mapToLong(BulkRun::gcStart).max().orElse(0), runs.stream().mapToLong(BulkRun::gcLast).max().orElse(0));
    }
    if (popplerHere) {
      System.out.printf(Locale.ROOT, "| pdftotext, two at a time | %.1f s | %.0f pages/s |%n", median(poppler), pages / median(poppler));
    }
    System.out.printf(Locale.ROOT, "| bare PDFBox (PDFTextStripper), two threads in one JVM | %.1f s | %.0f pages/s |%n",
        median(bare), pages / median(bare));
    System.out.printf(Locale.ROOT, "| ratio: pages/s of --jobs 2 / --jobs 1 | **%.2f** |%n", median(twoByOne));
    if (popplerHere) {
      System.out.printf(Locale.ROOT, "| ratio: pages/s of --jobs 2 / pdftotext two at a time | **%.2f** |%n", median(twoByPoppler));
      System.out.printf(Locale.ROOT, "| ratio: pages/s of bare PDFBox on two threads / pdftotext two at a time | **%.2f** |%n",
          median(bareByPoppler));
    }
    System.out.printf(Locale.ROOT, "| ratio: pages/s of --jobs 2 / bare PDFBox on two threads | **%.2f** |%n", median(twoByBare));
    deleteTree(corpus);
  }

  static BulkRun bulkRun(Path corpus, int jobs, Path gcLogs) throws Exception {
    if (gcLogs != null) clear(gcLogs);
    Path out = Files.createTempDirectory("minutes-bench-out");
    Path err = Files.createTempFile("minutes-bench-err", ".txt");
    RssWatch watch = new RssWatch();
    watch.start();
    double cpuBefore = cpuSeconds();
    long start = System.nanoTime();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
        "bulk", corpus.toString(), "--out", out.toString(), "--jobs", String.valueOf(jobs), "--progress", "none")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    int code = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    watch.stopWatching();
    double cpu = cpuSeconds() - cpuBefore;
    String said = Files.readString(err);
    if (code != 0) throw new IllegalStateException("bulk failed: " + said);
    long[] gc = gcLogs == null ? new long[2] : gcHeap(gcLogs);
    deleteTree(out);
    Files.delete(err);
    return new BulkRun(wall, cpu, number(said, "first result after ([0-9.]+) s"), watch.peakKb, gc[0], gc[1]);
  }

  static void deleteTree(Path dir) throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }

  /** CPU seconds this process and its reaped children have used (Linux: /proc/self/stat). */
  static double cpuSeconds() throws Exception {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the command: state is field 3, so utime, stime, cutime and cstime (14 to 17) are f[11] to f[14].
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    return ticks / (double) clockTicks();
  }

  private static long clockTicks = 0;

  static long clockTicks() throws Exception {
    if (clockTicks == 0) {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
      clockTicks = Long.parseLong(new String(p.getInputStream().readAllBytes()).strip());
    }
    return clockTicks;
  }

  /** The largest VmHWM (peak resident set size, kB) of the workers (this process's grandchildren), read every 0.1 s. */
  static final class RssWatch extends Thread {
    volatile boolean running = true;
    volatile long peakKb;

    RssWatch() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        ProcessHandle.current().descendants().filter(p -> p.parent().map(q -> q.pid() != ProcessHandle.current().pid())
            .orElse(false)).forEach(p -> {
          try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
              if (line.startsWith("VmHWM:")) peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
            }
          } catch (Exception e) {
            // the worker has just ended
          }
        });
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopWatching() throws InterruptedException {
      running = false;
      join();
    }
  }

  static void clear(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) Files.delete(f);
    }
  }

  /**
   * From the workers' GC logs ({@code -Xlog:gc}: "Pause Young (Allocation Failure) 68M->13M(247M)"): the most
   * heap in use when a collection began, and the most a worker held after its last collection, in MB.
   */
  static long[] gcHeap(Path dir) throws Exception {
    long start = 0, last = 0;
    Pattern pause = Pattern.compile("Pause .*?(\\d+)M->(\\d+)M\\(\\d+M\\)");
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        long after = 0;
        for (String line : Files.readAllLines(f)) {
          Matcher m = pause.matcher(line);
          if (!m.find()) continue;
          start = Math.max(start, Long.parseLong(m.group(1)));
          after = Long.parseLong(m.group(2));
        }
        last = Math.max(last, after);
      }
    }
    return new long[] {start, last};
  }

  interface Callable {
    Object call() throws Exception;
  }

  static double time(Callable c) throws Exception {
    long start = System.nanoTime();
    c.call();
    return (System.nanoTime() - start) / 1e6;
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
  }

  static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }
}
