package dev.minutes.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.minutes.MinutesParser;
import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A peer's corpus: the 618 damaged and odd PDFs of qpdf's test suite, in {@code ../shared/corpora/qpdf-qtest}
 * beside the repository (or where {@code -Dminutes.qpdf.corpus} says). Every file gets a result or the
 * parser's own error, in time. Skipped where the folder is absent. The corpus tries the PDF reader, not
 * Tesseract: OCR is off, so that the outcome is the same with or without Tesseract installed (a page of
 * inline images takes Tesseract 10 s; scans are the scanned fixtures' test). Prints the README's figures:
 * {@code mvn -B -q -pl core test -Dtest=QpdfCorpusTest}.
 */
class QpdfCorpusTest {
  static Path corpus() {
    String p = System.getProperty("minutes.qpdf.corpus");
    return p != null ? Path.of(p) : Fixtures.testdata().toAbsolutePath().getParent().getParent()
        .resolve("shared/corpora/qpdf-qtest");
  }

  private static final MinutesParser NO_OCR = MinutesParser.builder().ocr(OcrMode.NEVER).build();

  @Test
  void everyFileGetsAResultOrTheParsersError() throws Exception {
    Path dir = corpus();
    assumeTrue(Files.isDirectory(dir), "no qpdf corpus at " + dir);
    List<String> defects = new ArrayList<>();
    int results = 0, errors = 0;
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        Robustness.Outcome o = Robustness.parse(NO_OCR, Files.readAllBytes(pdf), pdf.getFileName().toString(),
            MalformedCorpusTest.LIMIT_MILLIS);
        if (!o.acceptable()) defects.add(pdf.getFileName() + ": " + o);
        else if (o.kind() == Robustness.Outcome.Kind.RESULT) results++;
        else {
          errors++;
          kinds.merge(o.detail(), 1, Integer::sum);
        }
      }
    }
    System.out.printf("qpdf corpus: %d files: %d results, %d parser errors %s, %d defects%n", results + errors
        + defects.size(), results, errors, kinds, defects.size());
    assertEquals(List.of(), defects);
  }
}
