package dev.minutes.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Bold told from the ink, where a scan shows it. Tesseract 4 and 5 do not tell a word's weight; two measures of a
 * word's ink do: the mean width of its vertical strokes ({@link OcrReader#strokeRatio}) and how much of its x-height
 * band is ink ({@link OcrReader#density}), each against the document's usual (its median by letters). A word's score
 * is the mean of the two ratios. The document's words (of three letters or more, weighted by letters) are split in
 * two by the score that best separates them (Otsu's); bold is told only where the split is clear: the heavier group's
 * mean at least {@value #MIN_STEP} times the lighter's, the split explaining at least {@value #MIN_SEPARATION} of the
 * scores' variance, and the heavier group between {@value #MIN_SHARE} and {@value #MAX_SHARE} of the letters.
 * Elsewhere (every word alike, or weights that blur into each other) no word is bold, and headings are told by size
 * or not at all.
 */
final class Weights {
  static final double MIN_STEP = 1.2;
  static final double MIN_SEPARATION = 0.6;
  static final double MIN_SHARE = 0.01;
  static final double MAX_SHARE = 0.5;

  /** The decision for a document: whether weights tell, and from which score a word is bold. */
  record Decision(boolean tells, double threshold, double usualStroke, double usualDensity, double step,
                  double separation, double share) {
    boolean bold(OcrReader.RawWord w) {
      double s = score(w, usualStroke, usualDensity);
      return tells && !Double.isNaN(s) && s >= threshold;
    }
  }

  private Weights() {}

  static double score(OcrReader.RawWord w, double usualStroke, double usualDensity) {
    double a = w.strokeRatio() / usualStroke, b = w.density() / usualDensity;
    if (Double.isNaN(a)) return b;
    if (Double.isNaN(b)) return a;
    return (a + b) / 2;
  }

  static Decision of(List<OcrReader.RawLine> raw) {
    double us = median(raw, true), ud = median(raw, false);
    List<double[]> scored = new ArrayList<>();
    for (OcrReader.RawLine l : raw) {
      for (OcrReader.RawWord w : l.words()) {
        int letters = (int) w.text().codePoints().filter(Character::isLetter).count();
        double s = score(w, us, ud);
        if (letters >= 3 && !Double.isNaN(s)) scored.add(new double[] {s, letters});
      }
    }
    if (scored.size() < 4) return new Decision(false, Double.NaN, us, ud, Double.NaN, Double.NaN, Double.NaN);
    scored.sort((x, y) -> Double.compare(x[0], y[0]));
    double total = 0, sum = 0, sumSq = 0;
    for (double[] x : scored) {
      total += x[1];
      sum += x[0] * x[1];
      sumSq += x[0] * x[0] * x[1];
    }
    double mean = sum / total, variance = sumSq / total - mean * mean;
    double bestBetween = -1, threshold = Double.NaN, low = 0, high = 0, share = 0;
    double w0 = 0, s0 = 0;
    for (int i = 0; i < scored.size() - 1; i++) {
      w0 += scored.get(i)[1];
      s0 += scored.get(i)[0] * scored.get(i)[1];
      if (scored.get(i)[0] == scored.get(i + 1)[0]) continue;
      double w1 = total - w0, m0 = s0 / w0, m1 = (sum - s0) / w1;
      double between = w0 * w1 / (total * total) * (m1 - m0) * (m1 - m0);
      if (between > bestBetween) {
        bestBetween = between;
        threshold = (scored.get(i)[0] + scored.get(i + 1)[0]) / 2;
        low = m0;
        high = m1;
        share = w1 / total;
      }
    }
    double step = high / low, separation = variance > 0 ? bestBetween / variance : 0;
    boolean tells = step >= MIN_STEP && separation >= MIN_SEPARATION && share >= MIN_SHARE && share <= MAX_SHARE;
    return new Decision(tells, threshold, us, ud, step, separation, share);
  }

  /** The median by letters of the words' stroke ratios ({@code stroke}) or densities. */
  private static double median(List<OcrReader.RawLine> raw, boolean stroke) {
    List<double[]> v = new ArrayList<>();
    double total = 0;
    for (OcrReader.RawLine l : raw) {
      for (OcrReader.RawWord w : l.words()) {
        double x = stroke ? w.strokeRatio() : w.density();
        int letters = (int) w.text().codePoints().filter(Character::isLetter).count();
        if (Double.isNaN(x) || letters < 2) continue;
        v.add(new double[] {x, letters});
        total += letters;
      }
    }
    if (v.isEmpty()) return Double.NaN;
    v.sort((a, b) -> Double.compare(a[0], b[0]));
    double half = 0;
    for (double[] x : v) {
      half += x[1];
      if (half * 2 >= total) return x[0];
    }
    return v.get(v.size() - 1)[0];
  }
}
