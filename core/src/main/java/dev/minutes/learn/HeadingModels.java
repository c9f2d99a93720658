package dev.minutes.learn;

import dev.minutes.extract.TextLine;
import java.util.List;

/**
 * The two heading models: one reads documents that number their items (every line), the other documents that head
 * them without numbers (the lines that open with no identifier, or with a time slot). Outcomes are
 * {@link HeadingAlignment#HEADING}, {@link HeadingAlignment#TITLE} and {@link HeadingAlignment#OTHER}.
 */
public record HeadingModels(LineModel numbered, LineModel unnumbered) {
  /** Where the shipped models are, as resources. */
  public static final String NUMBERED = "/dev/minutes/learn/headings-numbered.bin.gz";
  public static final String UNNUMBERED = "/dev/minutes/learn/headings-unnumbered.bin.gz";

  private static final class Shipped {
    static final HeadingModels INSTANCE = read();

    private static HeadingModels read() {
      try (var n = HeadingModels.class.getResourceAsStream(NUMBERED);
           var u = HeadingModels.class.getResourceAsStream(UNNUMBERED)) {
        if (n == null || u == null) throw new IllegalStateException("the heading models are missing from the library");
        return new HeadingModels(LineModel.read(n), LineModel.read(u));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("the heading models cannot be read", e);
      }
    }
  }

  /** The models shipped with the library (trained by {@code scripts/train-reader.sh}), read once on first use. */
  public static HeadingModels shipped() {
    return Shipped.INSTANCE;
  }

  /** Each line's probabilities: [0] opens a numbered heading, [1] carries a title on, [2] opens an unnumbered one. */
  public double[][] probabilities(Lines lines) {
    double[][] known = remembered(lines.all());
    if (known != null) return known;
    double[][] p = new double[3][lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String[] f = LineFeatures.of(lines, i);
      var n = numbered.probabilities(f);
      p[0][i] = n.getOrDefault(HeadingAlignment.HEADING, 0.0);
      p[1][i] = n.getOrDefault(HeadingAlignment.TITLE, 0.0);
      p[2][i] = unnumbered.probability(f, HeadingAlignment.HEADING);
    }
    LAST.set(new Memo(this, lines.all(), p));
    return p;
  }

  /** As {@link #probabilities(Lines)}, for lines not yet read into {@link Lines} (which is not done again for the lines last read). */
  public double[][] probabilities(List<TextLine> lines) {
    double[][] known = remembered(lines);
    return known != null ? known : probabilities(new Lines(lines));
  }

  private double[][] remembered(List<TextLine> lines) {
    Memo last = LAST.get();
    return last != null && last.models() == this && same(last.lines(), lines) ? last.p() : null;
  }

  /**
   * The last lines read on each thread, with their probabilities: a parse asks twice for the same lines (the general
   * reader's headings, then the confidence judge), and gets the arrays of the first answer, which are not to be
   * changed.
   */
  private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

  private record Memo(HeadingModels models, List<TextLine> lines, double[][] p) {}

  /** The same lines, one by one (the lists may be two copies). */
  private static boolean same(List<TextLine> a, List<TextLine> b) {
    if (a == b) return true;
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
    return true;
  }
}
