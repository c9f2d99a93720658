package dev.minutes.learn.train;

import dev.minutes.MinutesParser;
import dev.minutes.eval.RealGold;
import dev.minutes.eval.SoftScore;
import dev.minutes.learn.HeadingAlignment;
import dev.minutes.learn.LineFeatures;
import dev.minutes.learn.HeadingModels;
import dev.minutes.learn.Lines;
import dev.minutes.learn.Similarity;
import dev.minutes.profile.general.Outline;
import dev.minutes.profile.general.Titles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Leave-one-source-out figures of the heading model alone: item F1 (number and title) per document and source. */
public final class HeadingLoso {
  private HeadingLoso() {}

  public static void main(String[] args) throws Exception {
    MinutesParser parser = MinutesParser.builder().build();
    List<Sample> real = new ArrayList<>();
    real.addAll(Corpus.real(Path.of(args[0]), Path.of(args[1]), parser));
    real.addAll(Corpus.real(Path.of(args[2]), Path.of(args[3]), parser));
    List<Sample> fixtures = new ArrayList<>();
    for (int a = 4; a < args.length; a++) fixtures.addAll(Corpus.fixtures(Path.of(args[a]), parser));
    Map<String, List<Sample>> bySource = new LinkedHashMap<>();
    for (Sample s : real) bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
    double sum = 0;
    int n = 0;
    for (var e : bySource.entrySet()) {
      List<Sample> train = new ArrayList<>(fixtures);
      for (Sample s : real) if (!s.source().equals(e.getKey())) train.add(s);
      HeadingModels model = HeadingTraining.train(train);
      for (Sample s : e.getValue()) {
        double f = itemF1(s, model, System.getenv("SHOW") != null && s.name().contains(System.getenv("SHOW")));
        sum += f;
        n++;
        System.out.printf("%-70s %.2f%n", s.source() + "/" + s.name(), f);
      }
    }
    System.out.printf("mean over %d documents: %.3f%n", n, sum / n);
  }

  static double itemF1(Sample s, HeadingModels model, boolean show) {
    Lines lines = new Lines(s.document().lines());
    double[][] p = model.probabilities(lines);
    double[] h = p[0], t = p[1], u = p[2];
    List<Outline.Heading> headings = Outline.choose(lines, h, u);
    List<String[]> got = new ArrayList<>();
    for (int k = 0; k < headings.size(); k++) {
      int end = k + 1 < headings.size() ? headings.get(k + 1).line() : lines.size();
      got.add(new String[] {headings.get(k).number(), Titles.of(lines, headings.get(k), t, end).text()});
    }
    List<RealGold.Item> gold = s.gold().allItems();
    if (show) {
      for (RealGold.Item g : gold) System.out.printf("   G %-8s %s%n", g.number(), g.title());
      for (String[] g : got) System.out.printf("   P %-8s %s%n", g[0], g[1]);
      for (int i = 0; i < lines.size(); i++) {
        if (h[i] > 0.1 || t[i] > 0.1 || u[i] > 0.1) System.out.printf("   %.2f %.2f %.2f %s%n", h[i], t[i], u[i], lines.text(i));
      }
    }
    return SoftScore.matchF1(gold, got,
        (g, found) -> SoftScore.num(g.number()).equals(SoftScore.num(found[0])) && Similarity.of(g.title(), found[1]) >= 0.85);
  }
}
