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
 * The benchmark behind the README's figures ({@code scripts/bench.sh}): the full parse of a long PDF
 * against bare PDFBox text extraction, bulk throughput with one and two workers against poppler's
 * pdftotext, the time to the first parsed file and the peak heap of a worker. Warm-up runs first, then
 * repetitions; medians are reported.
 */
public final class Bench {
  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int corpusSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    System.out.printf("machine: %d cores, Java %s, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    longDocument(reps);
    bulk(corpusSize, Math.max(3, reps / 3));
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
    double one = 0;
    for (int jobs : new int[] {1, 2}) {
      List<Double> secs = new ArrayList<>(), first = new ArrayList<>(), heap = new ArrayList<>();
      for (int r = 0; r < reps; r++) {
        Path out = Files.createTempDirectory("minutes-bench-out");
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(new String[] {"bulk", corpus.toString(), "--out", out.toString(), "--jobs", String.valueOf(jobs),
            "--progress", "none"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        secs.add((System.nanoTime() - start) / 1e9);
        if (code != 0) throw new IllegalStateException("bulk failed: " + err);
        first.add(number(err.toString(), "first result after ([0-9.]+) s"));
        heap.add(number(err.toString(), "worker peak heap ([0-9]+) MB"));
      }
      double s = median(secs);
      if (jobs == 1) one = s;
      System.out.printf(Locale.ROOT, "| minutes bulk --jobs %d | %.1f s | %.0f pages/s | %s | first file %.2f s | worker peak heap %.0f MB |%n",
          jobs, s, pages / s, jobs == 1 ? "" : String.format(Locale.ROOT, "%.2fx one job", one / s), median(first),
          Collections.max(heap));
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
