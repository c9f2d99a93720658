package dev.minutes.extract.ocr;

import dev.minutes.extract.PageText;
import dev.minutes.extract.PdfTextExtractor;
import dev.minutes.extract.TextLine;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** How OCR reads the numbers that open lines in the scanned fixtures (headings, numbered clauses). Development only. */
public final class NumberCheck {
  public static void main(String[] args) throws Exception {
    CachedTesseract.install(Path.of(args[0]));
    Tesseract t = Tesseract.of(CachedTesseract.COMMAND);
    int all = 0, right = 0;
    for (Scans.Scan s : Scans.ALL) {
      List<PageText> born = new PdfTextExtractor(true).extract(Files.readAllBytes(Fixtures.testdata().resolve(s.source())), "x").pages();
      String pack = s.name().contains("english") || s.name().contains("board") ? "eng" : "swe";
      try (PDDocument doc = Loader.loadPDF(s.pdf().toFile())) {
        PDFRenderer r = new PDFRenderer(doc);
        r.setSubsamplingAllowed(true);
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          List<OcrReader.RawLine> raw = OcrReader.readPage(r, doc, p, List.of(pack), t, 120_000);
          for (TextLine b : born.get(p - 1).lines()) {
            String first = b.words().get(0).text();
            if (!first.matches("\\d{1,2}(\\.\\d{1,2})*\\.")) continue;
            all++;
            OcrReader.RawLine best = null;
            for (OcrReader.RawLine l : raw) {
              if (Math.abs(l.baseline() - b.y()) < 4 && (best == null || Math.abs(l.baseline() - b.y()) < Math.abs(best.baseline() - b.y()))) best = l;
            }
            String got = best == null ? "(none)" : best.words().get(0).text() + " [" + best.words().get(0).confidence() + "]";
            if (best != null && best.words().get(0).text().equals(first)) right++;
            else System.out.printf("%-22s p%d %-8s read %s (%s)%n", s.name(), p, first, got, b.text());
          }
        }
      }
    }
    System.out.printf("%d of %d line-opening numbers read right%n", right, all);
  }
}
