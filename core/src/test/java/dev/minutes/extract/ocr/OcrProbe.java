package dev.minutes.extract.ocr;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints what OCR reads on pages of a PDF before sizes and weights are decided: each line's baseline and height
 * (Tesseract's x_size, in points), each word's confidence and stroke ratio. For looking at a scan:
 * {@code OcrProbe FILE [PAGE…] [--lang swe+eng]}.
 */
public final class OcrProbe {
  public static void main(String[] args) throws Exception {
    Path pdf = Path.of(args[0]);
    List<String> rest = List.of(args).subList(1, args.length);
    List<String> packs = List.of("swe", "eng");
    int li = rest.indexOf("--lang");
    if (li >= 0) packs = List.of(rest.get(li + 1).split("\\+"));
    Tesseract tesseract = Tesseract.of("tesseract");
    int ci = rest.indexOf("--cache");
    if (ci >= 0) {
      CachedTesseract.install(Path.of(rest.get(ci + 1)));
      tesseract = Tesseract.of(CachedTesseract.COMMAND);
    }
    Tesseract t = tesseract;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      renderer.setSubsamplingAllowed(true);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        if (rest.stream().anyMatch(a -> a.matches("\\d+")) && !rest.contains(Integer.toString(page))) continue;
        long start = System.nanoTime();
        List<OcrReader.RawLine> lines = OcrReader.readPage(renderer, doc, page, packs, new Tesseract("probe") {
          @Override
          public String hocr(java.awt.image.BufferedImage image, List<String> p, int dpi, long timeout)
              throws java.io.IOException, InterruptedException {
            String hocr = t.hocr(image, p, dpi, timeout);
            for (Hocr.Line l : Hocr.lines(hocr)) {
              StringBuilder s = new StringBuilder("   hocr:");
              for (Hocr.Word w : l.words()) s.append(' ').append(w.text()).append('[').append(w.confidence()).append(' ')
                  .append(w.box().height()).append(']');
              System.out.println(s);
            }
            return hocr;
          }
        }, 120_000);
        System.out.printf("page %d: %.1f s%n", page, (System.nanoTime() - start) / 1e9);
        for (OcrReader.RawLine l : lines) {
          StringBuilder s = new StringBuilder();
          for (OcrReader.RawWord w : l.words()) {
            s.append(w.text()).append(String.format("[%d %.3f] ", w.confidence(), w.strokeRatio()));
          }
          double[] e = l.edges();
          System.out.printf("%6.1f %5.2f %5.2f %s %s%n", l.baseline(), l.xSize() / OcrReader.X_SIZE_PER_EM, l.size(),
              e == null ? "-" : String.format("[b %.1f x %.1f a %.1f]", e[0], e[1], e[2]), s);
        }
      }
    }
  }
}
