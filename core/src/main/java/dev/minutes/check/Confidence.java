package dev.minutes.check;

import dev.minutes.model.Format;
import dev.minutes.model.Minutes;
import dev.minutes.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How sure the parser is of its reading of a document, so that a bulk import lists the documents a person should
 * look at. Rules:
 * <ul>
 *   <li>{@value Format#LOW}: no item found, a page whose text layer is damaged, or headings the heading models find
 *       unlikely (mean probability under {@value #UNLIKELY});</li>
 *   <li>{@value Format#MEDIUM}: a family's reading and the general reader's found different items (agreement under
 *       {@value #AGREEMENT}), headings the models doubt (under {@value #DOUBTFUL}), items without numbers (the
 *       readings of unnumbered headings are the least sure), or any self-check's warning;</li>
 *   <li>{@value Format#HIGH} otherwise.</li>
 * </ul>
 * The signals the level rests on that no other warning states are warned of: {@code check.readings-disagree},
 * {@code check.headings-doubtful}.
 */
public final class Confidence {
  static final double UNLIKELY = 0.3;
  static final double DOUBTFUL = 0.6;
  static final double AGREEMENT = 0.5;

  /** The level and the warnings that say why. */
  public record Judgement(String level, List<Warning> warnings) {}

  private Confidence() {}

  /**
   * Judges {@code m} (its warnings already made); {@code agreement} and {@code plausibility} as
   * {@link dev.minutes.profile.Profiles.Reading} gives them (NaN where not measured).
   */
  public static Judgement of(Minutes m, double agreement, double plausibility) {
    List<Warning> out = new ArrayList<>();
    boolean low = m.items().isEmpty(), medium = false;
    for (Warning w : m.warnings()) {
      if (w.code().equals("text.garbled")) low = true;
      if (SelfChecks.isCheck(w.code())) medium = true;
    }
    if (!Double.isNaN(agreement) && agreement < AGREEMENT) {
      medium = true;
      out.add(new Warning("check.readings-disagree", String.format(Locale.ROOT,
          "the family's reading and the general reader's found different items (agreement %.2f)", agreement), null));
    }
    if (!Double.isNaN(plausibility) && !m.items().isEmpty() && plausibility < DOUBTFUL) {
      if (plausibility < UNLIKELY) low = true;
      else medium = true;
      out.add(new Warning("check.headings-doubtful", String.format(Locale.ROOT,
          "the heading models give this reading's headings a mean probability of %.2f", plausibility), null));
    }
    if (m.allItems().stream().anyMatch(i -> i.number() == null)) medium = true;
    return new Judgement(low ? Format.LOW : medium || !out.isEmpty() ? Format.MEDIUM : Format.HIGH, out);
  }
}
