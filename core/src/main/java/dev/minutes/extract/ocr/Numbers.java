package dev.minutes.extract.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A heading's number OCR was unsure of, read again alone. Tesseract reads a line's words by what surrounds them, so a
 * number before a title, set apart by a wide gap, is read as a letter ({@code 1.} as {@code a}) or as another digit
 * ({@code 5.} as {@code 8.}), with low confidence. Such a word is read again, cut out and enlarged, as figures only;
 * what is read with confidence replaces it.
 */
final class Numbers {
  /** A first word read with less confidence is read again. */
  static final int DOUBTFUL = 60;
  /** The second reading is taken from this confidence. */
  static final int SURE = 60;
  /** The gap after the number, in line heights ({@code x_size}): a heading's number stands apart from its title. */
  static final double GAP = 1.0;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}([.:]\\d{1,2}){0,3}[.:)]?");

  private Numbers() {}

  /** Whether {@code line}'s first word may be a misread heading number: short, doubtful, set apart from a title. */
  static boolean doubtful(Hocr.Line line) {
    if (line.words().size() < 2) return false;
    Hocr.Word first = line.words().get(0), next = line.words().get(1);
    if (first.confidence() >= DOUBTFUL || first.text().length() > 5) return false;
    boolean titled = !next.text().isEmpty() && Character.isUpperCase(next.text().codePointAt(0));
    return titled && next.box().left() - first.box().right() >= GAP * line.xSize();
  }

  /** {@code line}, its first word read again where it is {@link #doubtful} and a number is read with confidence. */
  static Hocr.Line reread(Hocr.Line line, BufferedImage page, int dpi, Tesseract tesseract, long timeoutMillis)
      throws IOException, InterruptedException {
    if (!doubtful(line)) return line;
    Hocr.Word first = line.words().get(0);
    Hocr.Box b = first.box();
    int pad = (int) Math.round(0.3 * line.xSize());
    int left = Math.max(0, b.left() - pad), top = Math.max(0, line.box().top() - pad);
    int right = Math.min(page.getWidth(), b.right() + pad), bottom = Math.min(page.getHeight(), line.box().bottom() + pad);
    if (right - left < 2 || bottom - top < 2) return line;
    // enlarged to 300 dpi or more: figures of a 150 dpi scan are a dozen pixels high
    double scale = Math.max(1, Math.ceil(300.0 / dpi));
    BufferedImage crop = new BufferedImage((int) ((right - left) * scale), (int) ((bottom - top) * scale),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = crop.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(page.getSubimage(left, top, right - left, bottom - top), 0, 0, crop.getWidth(), crop.getHeight(), null);
    g.dispose();
    List<Hocr.Line> read = Hocr.lines(tesseract.number(crop, (int) (dpi * scale), timeoutMillis));
    if (read.size() != 1 || read.get(0).words().size() != 1) return line;
    Hocr.Word again = read.get(0).words().get(0);
    if (again.confidence() < SURE || !NUMBER.matcher(again.text()).matches()) return line;
    List<Hocr.Word> words = new ArrayList<>(line.words());
    words.set(0, new Hocr.Word(again.text(), b, again.confidence()));
    return new Hocr.Line(line.box(), line.slope(), line.offset(), line.xSize(), words);
  }
}
