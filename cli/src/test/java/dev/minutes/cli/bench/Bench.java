package dev.minutes.cli.bench;

import dev.minutes.MinutesParser;
import dev.minutes.cli.Main;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.gen.MinutesGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The benchmark behind the README's figures ({@code scripts/bench.sh}): the heap the language model holds;
 * the full parse of a long PDF against bare PDFBox text extraction (15 s of warm-up, then REPETITIONS
 * runs); bulk throughput with one and two workers (each run repeated REPETITIONS / 3 times, at least 3)
 * against poppler's pdftotext; for each bulk run the CPU time of the coordinator and its workers, the
 * time to the first parsed file, the workers' peak resident set size (VmHWM, read every 0.1 s) and, from
 * the workers' GC logs (which bench.sh turns on), the heap in use when a collection began and after a
 * worker's last collection. Medians of the repetitions, except memory: the largest seen.
 */
public final class Bench {
  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int corpusSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    System.out.printf("machine: %d cores, Java %s, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("load average at the start (1, 5, 15 min): " + loadAverage() + "\n");
    languageModel();
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

  /** The heap in use after a full collection, before and after the language model is loaded. */
  static void languageModel() {
    long before = heapAfterCollection();
    if (dev.minutes.nlp.LanguageGuess.of("Mötet öppnades av ordföranden som hälsade alla välkomna till mötet.") == null) {
      throw new IllegalStateException("no language");
    }
    long after = heapAfterCollection();
    System.out.printf(Locale.ROOT, "heap in use after a full collection: %.1f MB before the language model is "
        + "loaded, %.1f MB after (the model: %.1f MB)%n%n", before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0);
  }

  static long heapAfterCollection() {
    for (int i = 0; i < 3; i++) System.gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
    System.out.printf(Locale.ROOT, "long PDF (%d pages, %d KB), median of %d after 15 s of warm-up:%n", pages,
        pdf.length >> 10, reps);
    System.out.printf(Locale.ROOT, "| PDFBox PDFTextStripper.getText | %.0f ms | %.0f pages/s |%n", b, pages / b * 1000);
    System.out.printf(Locale.ROOT, "| minutes full parse             | %.0f ms | %.0f pages/s |%n", f, pages / f * 1000);
    System.out.printf(Locale.ROOT, "| ratio                          | %.2f    |              |%n%n", f / b);
  }

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
    System.out.printf(Locale.ROOT, "bulk corpus: %d generated PDFs, %d pages; median of %d runs%n", size, pages, reps);
    Path gcLogs = System.getProperty("minutes.bench.gclogs") == null ? null : Path.of(System.getProperty("minutes.bench.gclogs"));
    double one = 0;
    for (int jobs : new int[] {1, 2}) {
      List<Double> secs = new ArrayList<>(), first = new ArrayList<>(), cpu = new ArrayList<>();
      long rss = 0, gcStart = 0, gcLast = 0;
      for (int r = 0; r < reps; r++) {
        if (gcLogs != null) clear(gcLogs);
        Path out = Files.createTempDirectory("minutes-bench-out");
        StringWriter err = new StringWriter();
        RssWatch watch = new RssWatch();
        watch.start();
        double cpuBefore = cpuSeconds();
        long start = System.nanoTime();
        int code = Main.run(new String[] {"bulk", corpus.toString(), "--out", out.toString(), "--jobs", String.valueOf(jobs),
            "--progress", "none"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        double wall = (System.nanoTime() - start) / 1e9;
        watch.stopWatching();
        while (ProcessHandle.current().children().findAny().isPresent()) Thread.sleep(10);
        Thread.sleep(50);
        cpu.add(cpuSeconds() - cpuBefore);
        secs.add(wall);
        if (code != 0) throw new IllegalStateException("bulk failed: " + err);
        first.add(number(err.toString(), "first result after ([0-9.]+) s"));
        rss = Math.max(rss, watch.peakKb);
        if (gcLogs != null) {
          long[] gc = gcHeap(gcLogs);
          gcStart = Math.max(gcStart, gc[0]);
          gcLast = Math.max(gcLast, gc[1]);
        }
      }
      double s = median(secs);
      if (jobs == 1) one = s;
      System.out.printf(Locale.ROOT, "| minutes bulk --jobs %d | %.1f s | %.0f pages/s | %s | CPU %.1f s, %.2f cores busy "
          + "| first file %.2f s |%n", jobs, s, pages / s, jobs == 1 ? "" : String.format(Locale.ROOT, "%.2fx one job", one / s),
          median(cpu), median(cpu) / s, median(first));
      System.out.printf(Locale.ROOT, "|   workers: peak RSS %d MB | heap in use when a collection began, at most %s | "
          + "after a worker's last collection, at most %s |%n", rss >> 10, gcLogs == null ? "(no GC logs)" : gcStart + " MB",
          gcLogs == null ? "(no GC logs)" : gcLast + " MB");
    }
    for (int jobs : new int[] {1, 2}) {
      List<Double> secs = new ArrayList<>();
      for (int r = 0; r < reps; r++) {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", "ls " + corpus + "/*.pdf | xargs -P " + jobs
            + " -I{} pdftotext -q {} -").redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
          System.out.println("| pdftotext | not available (apt-get install poppler-utils) |");
          return;
        }
        secs.add((System.nanoTime() - start) / 1e9);
      }
      double s = median(secs);
      System.out.printf(Locale.ROOT, "| pdftotext, %d in parallel | %.1f s | %.0f pages/s |%n", jobs, s, pages / s);
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

  /** The largest VmHWM (peak resident set size, kB) of this process's children, read every 0.1 s. */
  static final class RssWatch extends Thread {
    volatile boolean running = true;
    volatile long peakKb;

    RssWatch() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        ProcessHandle.current().children().forEach(p -> {
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
