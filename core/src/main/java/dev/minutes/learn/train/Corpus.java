package dev.minutes.learn.train;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.eval.RealCorpus;
import dev.minutes.eval.RealGold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists and reads the documents to learn from: a real corpus (PDFs under {@code <source>/<name>.pdf}, gold as
 * {@code <gold>/<source>/<name>.gold.json} or {@code <gold>/<source>__<name>.json}), and the project's fixtures
 * (every {@code x.pdf} beside an {@code x.gold.json} under a folder).
 */
public final class Corpus {
  private Corpus() {}

  /** The documents of a real corpus that have both a PDF and gold ({@link RealCorpus}), by source and name. */
  public static List<Sample> real(Path pdfs, Path gold, MinutesParser parser) throws IOException {
    List<Sample> out = new ArrayList<>();
    for (RealCorpus.Document d : RealCorpus.of(pdfs, gold).documents()) {
      out.add(read(d.source(), d.name(), d.pdf(), d.gold(), parser, true));
    }
    return out;
  }

  /** The fixtures under {@code folder}: each PDF with a gold file beside it; their source is {@code fixtures}. */
  public static List<Sample> fixtures(Path folder, MinutesParser parser) throws IOException {
    List<Sample> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        Path g = pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".gold.json"));
        if (!Files.exists(g) || pdf.toString().contains("/scanned/") || pdf.toString().contains("/malformed/")) continue;
        out.add(read("fixtures", folder.relativize(pdf).toString(), pdf, g, parser, false));
      }
    }
    return out;
  }

  private static Sample read(String source, String name, Path pdf, Path gold, MinutesParser parser, boolean real) {
    try {
      return new Sample(source, name, parser.lines(Files.readAllBytes(pdf), pdf.getFileName().toString()),
          RealGold.read(gold), real);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MinutesException e) {
      throw new IllegalStateException(pdf + ": " + e.getMessage(), e);
    }
  }
}
