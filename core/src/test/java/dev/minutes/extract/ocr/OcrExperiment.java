package dev.minutes.extract.ocr;

import dev.minutes.extract.PageText;
import dev.minutes.extract.PdfTextExtractor;
import dev.minutes.extract.TextLine;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.Scans;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Word error rate of OCR on the scanned fixtures against their born-digital text, for one way of preparing the
 * page image: {@code OcrExperiment VARIANT [NAME…]}, VARIANT {@code nn300} (PDFBox at 300 dpi), {@code native}
 * (at the scan's own resolution), {@code bicubic} (own resolution, scaled to 300 dpi bicubic).
 */
public final class OcrExperiment {
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    List<String> only = List.of(args).subList(1, args.length);
    long words = 0, errors = 0;
    double seconds = 0;
    for (Scans.Scan s : Scans.ALL) {
      if (!only.isEmpty() && !only.contains(s.name())) continue;
      List<PageText> born = new PdfTextExtractor(true).extract(Files.readAllBytes(Fixtures.testdata().resolve(s.source())), "x")
          .pages();
      String pack = s.name().contains("english") || s.name().contains("board") ? "eng" : "swe";
      long w = 0, e = 0;
      try (PDDocument doc = Loader.loadPDF(s.pdf().toFile())) {
        PDFRenderer r = new PDFRenderer(doc);
        r.setSubsamplingAllowed(true);
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
          long start = System.nanoTime();
          int dpi = variant.equals("native") ? s.dpi() : 300;
          BufferedImage img;
          if (variant.equals("nn300")) {
            img = r.renderImageWithDPI(p, 300, ImageType.GRAY);
          } else {
            img = r.renderImageWithDPI(p, s.dpi(), ImageType.GRAY);
            if (variant.equals("bicubic") && s.dpi() != 300) img = scale(img, 300.0 / s.dpi());
          }
          double skew = Deskew.skewDegrees(img);
          if (Math.abs(skew) >= Deskew.MIN_DEGREES) img = Deskew.straighten(img, skew);
          String hocr = Tesseract.of("tesseract").hocr(img, List.of(pack), dpi, 120_000);
          seconds += (System.nanoTime() - start) / 1e9;
          List<String> got = new ArrayList<>();
          for (Hocr.Line l : Hocr.lines(hocr)) for (Hocr.Word x : l.words()) got.add(x.text());
          List<String> want = new ArrayList<>();
          for (TextLine l : born.get(p).lines()) for (var x : l.words()) want.add(x.text());
          w += want.size();
          e += distance(want, got);
        }
      }
      System.out.printf("%-22s %4d dpi %-5s WER %.3f (%d of %d)%n", s.name(), s.dpi(), s.bilevel() ? "b/w" : "grey",
          (double) e / w, e, w);
      words += w;
      errors += e;
    }
    System.out.printf("%s: WER %.4f (%d of %d), %.1f s%n", variant, (double) errors / words, errors, words, seconds);
  }

  static BufferedImage scale(BufferedImage img, double f) {
    BufferedImage out = new BufferedImage((int) Math.round(img.getWidth() * f), (int) Math.round(img.getHeight() * f),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(img, 0, 0, out.getWidth(), out.getHeight(), null);
    g.dispose();
    return out;
  }

  static int distance(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) prev[j] = j;
    for (int i = 1; i <= a.size(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
