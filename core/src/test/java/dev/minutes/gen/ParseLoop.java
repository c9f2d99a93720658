package dev.minutes.gen;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.PdfRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a fresh JVM spends on compiling the parser against what a file costs once compiled
 * ({@code scripts/jit-cost.sh}). {@code write DIR N} draws generated documents 1 to N into DIR (in a JVM of
 * its own, so that the renderer's compilation is not counted); {@code parse DIR} parses them one after the
 * other in one JVM and prints the first file's time and the median of the second half's; the script runs
 * it with {@code -XX:+CITime}, which prints the time each compiler spent.
 */
public final class ParseLoop {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    if (args[0].equals("write")) {
      Files.createDirectories(dir);
      for (long seed = 1, n = Long.parseLong(args[2]); seed <= n; seed++) {
        MinutesGenerator.Case c = MinutesGenerator.generate(seed);
        Files.write(dir.resolve(String.format("doc-%05d.pdf", seed)), PdfRenderer.render(c.truth(), c.style()));
      }
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    long start = System.nanoTime();
    MinutesParser parser = MinutesParser.builder().build();
    List<Double> ms = new ArrayList<>();
    for (Path f : files) {
      long t = System.nanoTime();
      parser.parse(f);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    double total = (System.nanoTime() - start) / 1e9;
    List<Double> late = new ArrayList<>(ms.subList(ms.size() / 2, ms.size()));
    Collections.sort(late);
    System.out.printf(Locale.ROOT, "%d files in %.1f s: the first %.0f ms, the second half's median %.1f ms a file%n",
        files.size(), total, ms.get(0), late.get(late.size() / 2));
  }
}
