package dev.minutes.learn.train;

import dev.minutes.MinutesParser;
import dev.minutes.learn.HeadingAlignment;
import java.nio.file.Path;
import java.util.List;

/** Prints, for each document of a real corpus, how many of its gold items were found in its lines. */
public final class AlignmentReport {
  private AlignmentReport() {}

  public static void main(String[] args) throws Exception {
    MinutesParser parser = MinutesParser.builder().build();
    boolean verbose = args.length > 2;
    for (Sample s : Corpus.real(Path.of(args[0]), Path.of(args[1]), parser)) {
      var lines = s.document().lines();
      HeadingAlignment.Result r = HeadingAlignment.align(lines, s.gold().allItems());
      System.out.printf("%-70s %3d / %3d%n", s.source() + "/" + s.name(), r.found(), r.total());
      if (verbose) {
        for (int k = 0; k < s.gold().allItems().size(); k++) {
          var g = s.gold().allItems().get(k);
          int at = r.itemLine()[k];
          System.out.printf("    %-8s %-50.50s -> %s%n", g.number(), g.title(), at < 0 ? "MISSING" : lines.get(at).text());
        }
      }
    }
  }
}
