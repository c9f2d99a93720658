package dev.minutes.learn.train;

import dev.minutes.MinutesParser;
import dev.minutes.eval.RealCorpus;
import dev.minutes.eval.RealGold;
import dev.minutes.eval.SoftScore;
import dev.minutes.learn.HeadingAlignment;
import dev.minutes.learn.HeadingModels;
import dev.minutes.learn.Lines;
import dev.minutes.model.Minutes;
import dev.minutes.profile.Agreement;
import dev.minutes.profile.Profile;
import dev.minutes.profile.general.GeneralProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * For the choice between a family's reading and the general reader's: what each reading scores against the gold, and
 * the signals a choice can go by (the family's evidence, how far the readings agree, the text their items hold, how
 * likely the heading models find each reading's headings).
 */
final class ChoiceReport {
  private ChoiceReport() {}

  static void print(Sample s, RealCorpus.Document d, HeadingModels models) throws Exception {
    List<Profile> families = new ArrayList<>(MinutesParser.defaultProfiles());
    families.removeIf(p -> p instanceof GeneralProfile);
    Minutes family = MinutesParser.builder().profiles(families).build().parse(d.pdf());
    Minutes general = MinutesParser.builder().profiles(List.of(new GeneralProfile(models))).build().parse(d.pdf());
    RealGold gold = RealGold.read(d.gold());
    SoftScore fs = SoftScore.of(gold, family), gs = SoftScore.of(gold, general);
    Lines lines = new Lines(s.document().lines());
    double[][] p = models.probabilities(lines);
    System.out.printf("CHOICE %-60s %-18s ev=%.2f agree=%.2f content=%d/%d n=%d/%d plaus=%.2f/%.2f items=%.2f/%.2f dec=%.2f/%.2f%n",
        s.source() + "/" + s.name(), family.source().format().profile(), evidence(family), Agreement.items(family.items(), general.items()),
        Agreement.content(family.items()), Agreement.content(general.items()), family.allItems().size(), general.allItems().size(),
        plausibility(lines, p, family), plausibility(lines, p, general), fs.items(), gs.items(), fs.decide(), gs.decide());
  }

  private static double evidence(Minutes m) {
    return m.source().format().evidence().size();
  }

  /** The mean probability the heading models give the lines a reading's headings stand on (0 for none found). */
  static double plausibility(Lines lines, double[][] p, Minutes m) {
    RealGold r = RealGold.of(m);
    var items = r.allItems();
    if (items.isEmpty()) return 0;
    HeadingAlignment.Result a = HeadingAlignment.align(lines.all(), items);
    double sum = 0;
    for (int k = 0; k < items.size(); k++) {
      int at = a.itemLine()[k];
      if (at < 0) continue;
      sum += items.get(k).number() == null ? p[2][at] : p[0][at];
    }
    return sum / items.size();
  }
}
