package dev.minutes.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * A page scanned a little askew, measured and turned straight before it is read. Tesseract reads askew lines
 * well enough, but its boxes stay askew: over a 2° turn a line's words drift by a line's height from one end to
 * the other, and the left margin by two centimetres from the top of the page to its foot, which the layout rules
 * (indents, hard breaks, columns) cannot take.
 *
 * <p>The measure is the projection profile: the page's dark pixels, taken at about 75 dpi, are counted per row
 * along lines sloping by each angle from -{@value #MAX_DEGREES}° to +{@value #MAX_DEGREES}°; lines of text
 * give the sharpest profile (the largest sum of squared row counts) at their own slope. Steps of 0.1°, then of
 * 0.01° around the best.
 */
public final class Deskew {
  /** The largest turn looked for, either way. */
  public static final double MAX_DEGREES = 5;
  /** Smaller turns are left alone: a turn blurs the image a little, and a tenth of a degree moves a word less than its stroke. */
  public static final double MIN_DEGREES = 0.1;

  private Deskew() {}

  /**
   * The slope of the page's lines of text in degrees, positive where they descend to the right (in the image,
   * whose y axis points down); 0 when the page has too little ink to tell.
   */
  public static double skewDegrees(BufferedImage gray) {
    int factor = Math.max(1, Math.round(gray.getWidth() / 640f));
    int w = gray.getWidth() / factor, h = gray.getHeight() / factor;
    if (w < 16 || h < 16) return 0;
    int[] small = new int[w * h];
    Raster r = gray.getRaster();
    int[] row = new int[gray.getWidth()];
    int[] histogram = new int[256];
    for (int y = 0; y < h; y++) {
      int[] acc = new int[w];
      for (int dy = 0; dy < factor; dy++) {
        r.getSamples(0, y * factor + dy, w * factor, 1, 0, row);
        for (int x = 0; x < w * factor; x++) acc[x / factor] += row[x];
      }
      for (int x = 0; x < w; x++) {
        int v = acc[x] / (factor * factor);
        small[y * w + x] = v;
        histogram[v]++;
      }
    }
    int threshold = otsu(histogram);
    int n = 0;
    for (int v : small) if (v < threshold) n++;
    if (n < 200 || n > w * h / 2) return 0;
    int[] xs = new int[n], ys = new int[n];
    int k = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (small[y * w + x] < threshold) {
          xs[k] = x;
          ys[k++] = y;
        }
      }
    }
    int[] counts = new int[h + 2 * w + 2];
    double best = 0, bestScore = -1;
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
      double s = score(xs, ys, n, a, w, counts);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    double coarse = best;
    for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) {
      double s = score(xs, ys, n, a, w, counts);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return Math.round(best * 100) / 100.0;
  }

  /** The sum of squared row counts with rows sloping by {@code degrees}. */
  private static double score(int[] xs, int[] ys, int n, double degrees, int w, int[] counts) {
    java.util.Arrays.fill(counts, 0);
    double t = Math.tan(Math.toRadians(degrees));
    int shift = w + 1;
    for (int i = 0; i < n; i++) {
      int row = (int) Math.round(ys[i] - xs[i] * t) + shift;
      if (row >= 0 && row < counts.length) counts[row]++;
    }
    double sum = 0;
    for (int c : counts) sum += (double) c * c;
    return sum;
  }

  /** Otsu's threshold of a grey histogram: the level that best splits ink from paper. */
  static int otsu(int[] histogram) {
    long total = 0, sum = 0;
    for (int i = 0; i < 256; i++) {
      total += histogram[i];
      sum += (long) i * histogram[i];
    }
    long weightB = 0, sumB = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; t++) {
      weightB += histogram[t];
      if (weightB == 0) continue;
      long weightF = total - weightB;
      if (weightF == 0) break;
      sumB += (long) t * histogram[t];
      double mB = (double) sumB / weightB, mF = (double) (sum - sumB) / weightF;
      double between = (double) weightB * weightF * (mB - mF) * (mB - mF);
      if (between > best) {
        best = between;
        threshold = t + 1;
      }
    }
    return threshold;
  }

  /** The image turned by {@code -degrees} about its centre, so that lines sloping by {@code degrees} run level; white where nothing was. */
  public static BufferedImage straighten(BufferedImage gray, double degrees) {
    BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(-degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
      g.drawImage(gray, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
