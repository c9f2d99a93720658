package dev.minutes.extract.ocr;

import dev.minutes.extract.PageText;
import dev.minutes.extract.PdfTextExtractor;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What OCR measures on the scanned fixtures against what their born-digital PDFs say: each word's stroke ratio for
 * bold and regular words, each line's size against the true size. {@code OcrCalibration CACHE_DIR [NAME…]}.
 */
public final class OcrCalibration {
  public static void main(String[] args) throws Exception {
    CachedTesseract.install(Path.of(args[0]));
    Tesseract t = Tesseract.of(CachedTesseract.COMMAND);
    List<String> only = List.of(args).subList(1, args.length);
    for (Scans.Scan s : Scans.ALL) {
      if (!only.isEmpty() && !only.contains(s.name())) continue;
      List<PageText> born = new PdfTextExtractor(true).extract(Files.readAllBytes(Fixtures.testdata().resolve(s.source())), "x")
          .pages();
      String pack = s.name().contains("english") || s.name().contains("board") ? "eng" : "swe";
      List<double[]> bold = new ArrayList<>(), regular = new ArrayList<>();
      List<Double> boldD = new ArrayList<>(), regularD = new ArrayList<>();
      List<int[]> confusion = new ArrayList<>();
      List<OcrReader.RawWord> matchedWords = new ArrayList<>();
      List<Double> sizeRatio = new ArrayList<>(), xRatio = new ArrayList<>(), aRatio = new ArrayList<>(),
          baseErr = new ArrayList<>();
      List<OcrReader.RawLine> all = new ArrayList<>();
      int matched = 0, equal = 0;
      try (PDDocument doc = Loader.loadPDF(s.pdf().toFile())) {
        PDFRenderer r = new PDFRenderer(doc);
        r.setSubsamplingAllowed(true);
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          List<OcrReader.RawLine> raw = OcrReader.readPage(r, doc, p, List.of(pack), t, 120_000);
          all.addAll(raw);
          for (OcrReader.RawLine l : raw) {
            TextLine b = null;
            for (TextLine x : born.get(p - 1).lines()) {
              if (Math.abs(x.y() - l.baseline()) < 0.4 * x.fontSize() && (b == null
                  || Math.abs(x.y() - l.baseline()) < Math.abs(b.y() - l.baseline()))) b = x;
            }
            if (b == null) continue;
            sizeRatio.add(l.size() / b.fontSize());
            if (l.edges() != null) {
              double[] e = l.edges();
              xRatio.add((e[0] - e[1]) / b.fontSize());
              if (!Double.isNaN(e[2])) aRatio.add((e[0] - e[2]) / b.fontSize());
              baseErr.add(e[0] - b.y());
            }
            for (OcrReader.RawWord w : l.words()) {
              Word best = null;
              double overlap = 0;
              for (Word x : b.words()) {
                double o = Math.min(x.endX(), w.endX()) - Math.max(x.x(), w.x());
                if (o > overlap) {
                  overlap = o;
                  best = x;
                }
              }
              if (best == null) continue;
              matched++;
              if (best.text().equals(w.text())) equal++;
              if (Double.isNaN(w.strokeRatio())) continue;
              (best.bold() ? bold : regular).add(new double[] {w.strokeRatio(), w.text().length()});
              if (!Double.isNaN(w.density()) && w.text().length() >= 3) (best.bold() ? boldD : regularD).add(w.density());
              matchedWords.add(w);
              confusion.add(new int[] {best.bold() ? 1 : 0, -1});
            }
          }
        }
      }
      double usual = Weights.of(all).usualStroke();
      System.out.printf("%-22s density bold %s regular %s%n", s.name(), spread(boldD), spread(regularD));
      Weights.Decision d = Weights.of(all);
      for (int k = 0; k < confusion.size(); k++) confusion.get(k)[1] = d.bold(matchedWords.get(k)) ? 1 : 0;
      int tp = 0, fp = 0, fn = 0;
      for (int[] c : confusion) {
        if (c[0] == 1 && c[1] == 1) tp++;
        if (c[0] == 0 && c[1] == 1) fp++;
        if (c[0] == 1 && c[1] == 0) fn++;
      }
      System.out.printf("%-22s weights tell %s (step %.2f, separation %.2f, share %.3f): bold words %d right, %d wrong,"
          + " %d missed%n", s.name(), d.tells(), d.step(), d.separation(), d.share(), tp, fp, fn);
      System.out.printf("%-22s x-height/size %s; ascent/size %s; baseline error %s%n", s.name(), spread(xRatio),
          spread(aRatio), spread(baseErr));
      Collections.sort(sizeRatio);
      System.out.printf("%-22s %3d dpi %-5s words %d, %.1f%% equal; usual stroke %.3f; bold %s; regular %s; "
          + "size ratio p10 %.2f p50 %.2f p90 %.2f%n", s.name(), s.dpi(), s.bilevel() ? "b/w" : "grey", matched,
          100.0 * equal / matched, usual, stats(bold, usual), stats(regular, usual), sizeRatio.get(sizeRatio.size() / 10),
          sizeRatio.get(sizeRatio.size() / 2), sizeRatio.get(sizeRatio.size() * 9 / 10));
    }
  }

  static String spread(List<Double> v) {
    if (v.isEmpty()) return "-";
    Collections.sort(v);
    double mid = v.get(v.size() / 2);
    return String.format("p10 %.3f p50 %.3f p90 %.3f (±%.1f%%)", v.get(v.size() / 10), mid, v.get(v.size() * 9 / 10),
        50 * (v.get(v.size() * 9 / 10) - v.get(v.size() / 10)) / Math.abs(mid));
  }

  /** Count, the 10th, 50th and 90th percentile of ratio over the usual, and the share at or above 1.3. */
  static String stats(List<double[]> v, double usual) {
    if (v.isEmpty()) return "-";
    List<Double> r = new ArrayList<>();
    for (double[] x : v) r.add(x[0] / usual);
    Collections.sort(r);
    long above = r.stream().filter(x -> x >= 1.3).count();
    return String.format("n %d p10 %.2f p50 %.2f p90 %.2f ≥%.1f: %.0f%%", r.size(), r.get(r.size() / 10), r.get(r.size() / 2),
        r.get(r.size() * 9 / 10), 1.3, 100.0 * above / r.size());
  }
}
