package dev.minutes.learn.train;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.eval.RealCorpus;
import dev.minutes.eval.RealGold;
import dev.minutes.eval.SoftScore;
import dev.minutes.eval.SoftScoreReport;
import dev.minutes.json.MinutesJson;
import dev.minutes.learn.HeadingModels;
import dev.minutes.model.Minutes;
import dev.minutes.profile.Profile;
import dev.minutes.profile.general.GeneralProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accuracy figure that counts: leave one source out. For each organisation in the real corpora, the heading
 * models are trained on every other organisation's documents and the project's fixtures, and that organisation's
 * documents are parsed with them and scored against their gold ({@link SoftScore}); the report gives each document,
 * each source, the mean over documents and the mean over sources. Arguments: pairs of a real corpus's PDF folder and
 * its gold folder, then {@code --fixtures} and the fixture folders, then optionally {@code --general} (every document
 * read by the general reader alone, no family profile), {@code --json FILE}, {@code --outputs DIR} (each document's
 * JSON as its fold parsed it, as {@code <source>__<name>.json}) and {@code --only SOURCE} (that source's fold alone).
 */
public final class LeaveOneSourceOut {
  /** A document whose item F1 is under this is wrong: it should be flagged. */
  static final double WRONG = 0.5;

  private LeaveOneSourceOut() {}

  public static void main(String[] args) throws Exception {
    MinutesParser lines = MinutesParser.builder().build();
    List<Sample> real = new ArrayList<>();
    List<Sample> fixtures = new ArrayList<>();
    Map<String, RealCorpus.Document> documents = new LinkedHashMap<>();
    boolean generalOnly = false, choices = false;
    Path json = null, outputs = null;
    String only = null;
    int a = 0;
    for (; a + 1 < args.length && !args[a].startsWith("--"); a += 2) {
      for (RealCorpus.Document d : RealCorpus.of(Path.of(args[a]), Path.of(args[a + 1])).documents()) {
        documents.put(d.source() + "/" + d.name(), d);
      }
      real.addAll(Corpus.real(Path.of(args[a]), Path.of(args[a + 1]), lines));
    }
    for (; a < args.length; a++) {
      switch (args[a]) {
        case "--fixtures" -> {
          while (a + 1 < args.length && !args[a + 1].startsWith("--")) fixtures.addAll(Corpus.fixtures(Path.of(args[++a]), lines));
        }
        case "--general" -> generalOnly = true;
        case "--choices" -> choices = true;
        case "--json" -> json = Path.of(args[++a]);
        case "--outputs" -> outputs = Files.createDirectories(Path.of(args[++a]));
        case "--only" -> only = args[++a];
        default -> throw new IllegalArgumentException("unknown argument: " + args[a]);
      }
    }
    Map<String, List<Sample>> bySource = new LinkedHashMap<>();
    for (Sample s : real) bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
    List<SoftScoreReport.DocumentScore> scores = new ArrayList<>();
    int[] wrong = new int[2], right = new int[2]; // [flagged, not flagged]
    for (var e : bySource.entrySet()) {
      if (only != null && !only.equals(e.getKey())) continue;
      List<Sample> train = new ArrayList<>(fixtures);
      for (Sample s : real) if (!s.source().equals(e.getKey())) train.add(s);
      HeadingModels models = HeadingTraining.train(train);
      List<Profile> profiles = new ArrayList<>();
      // The families as the library lists them, its general reader (the shipped models, trained on this source too)
      // replaced by one with the models trained without it.
      if (!generalOnly) {
        for (Profile p : MinutesParser.defaultProfiles()) if (!(p instanceof GeneralProfile)) profiles.add(p);
      }
      profiles.add(new GeneralProfile(models));
      MinutesParser parser = MinutesParser.builder().profiles(profiles).build();
      for (Sample s : e.getValue()) {
        RealCorpus.Document d = documents.get(s.source() + "/" + s.name());
        if (choices) ChoiceReport.print(s, d, models);
        SoftScore score;
        String profile = "", error = null, confidence = dev.minutes.model.Format.LOW;
        try {
          Minutes m = parser.parse(d.pdf());
          score = SoftScore.of(RealGold.read(d.gold()), m);
          profile = m.source().format().profile();
          confidence = m.source().format().confidence();
          if (outputs != null) {
            Files.writeString(outputs.resolve(s.source() + "__" + s.name() + ".json"), MinutesJson.toJson(m, true));
          }
        } catch (MinutesException ex) {
          score = SoftScore.ZERO;
          error = ex.getMessage();
        }
        scores.add(new SoftScoreReport.DocumentScore(s.source(), s.name() + " [" + profile + ", " + confidence + "]",
            score, error));
        boolean flagged = !dev.minutes.model.Format.HIGH.equals(confidence);
        if (score.items() < WRONG) wrong[flagged ? 0 : 1]++;
        else right[flagged ? 0 : 1]++;
      }
    }
    SoftScoreReport report = SoftScoreReport.of(scores);
    System.out.print(report.table());
    System.out.printf("%nconfidence: %d documents with item F1 under %.1f, %d of them flagged (medium or low): recall %.2f;"
        + " %d documents flagged, %d of them wrong: precision %.2f%n", wrong[0] + wrong[1], WRONG, wrong[0],
        wrong[0] / (double) Math.max(1, wrong[0] + wrong[1]), wrong[0] + right[0], wrong[0],
        wrong[0] / (double) Math.max(1, wrong[0] + right[0]));
    if (json != null) Files.writeString(json, report.json());
  }
}
