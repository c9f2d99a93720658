package dev.minutes.learn;

/**
 * The two heading models: one reads documents that number their items (every line), the other documents that head
 * them without numbers (the lines that open with no identifier, or with a time slot). Outcomes are
 * {@link HeadingAlignment#HEADING}, {@link HeadingAlignment#TITLE} and {@link HeadingAlignment#OTHER}.
 */
public record HeadingModels(LineModel numbered, LineModel unnumbered) {
  /** Each line's probabilities: [0] opens a numbered heading, [1] carries a title on, [2] opens an unnumbered one. */
  public double[][] probabilities(Lines lines) {
    double[][] p = new double[3][lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String[] f = LineFeatures.of(lines, i);
      var n = numbered.probabilities(f);
      p[0][i] = n.getOrDefault(HeadingAlignment.HEADING, 0.0);
      p[1][i] = n.getOrDefault(HeadingAlignment.TITLE, 0.0);
      p[2][i] = unnumbered.probability(f, HeadingAlignment.HEADING);
    }
    return p;
  }
}
