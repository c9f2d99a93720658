package dev.minutes.cli.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Bare PDFBox text extraction of every PDF in a folder, on N threads of one JVM, the text discarded: what any
 * PDFBox-based bulk reader costs at the least, the benchmark's yardstick beside {@code pdftotext}.
 *   BareBulk FOLDER THREADS
 */
public final class BareBulk {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[1]));
    List<Future<Integer>> done = files.stream().map(f -> pool.submit(() -> text(f.toFile()))).toList();
    long chars = 0;
    for (Future<Integer> d : done) chars += d.get();
    pool.shutdown();
    System.out.println(files.size() + " files, " + chars + " characters");
  }

  static int text(File f) throws Exception {
    try (PDDocument d = Loader.loadPDF(f)) {
      return new PDFTextStripper().getText(d).length();
    }
  }
}
