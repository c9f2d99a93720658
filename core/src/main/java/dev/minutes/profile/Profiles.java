package dev.minutes.profile;

import dev.minutes.model.Format;
import dev.minutes.model.Item;
import dev.minutes.profile.general.GeneralProfile;
import dev.minutes.segment.Warnings;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the profile a document is read as. Rule: the profile with the highest evidence score wins; a
 * tie goes to the one listed first; when no profile has any evidence, the first profile reads the document.
 */
public final class Profiles {
  private Profiles() {}

  /** The choice: the profile, and the evidence as {@code source.format} records it. */
  public record Choice(Profile profile, Evidence evidence) {
    public Format format(String kind) {
      List<String> reasons = new ArrayList<>(evidence.reasons());
      if (reasons.isEmpty()) reasons.add("no family's evidence: read as " + profile.name());
      return new Format(profile.name(), kind, reasons);
    }
  }

  /**
   * A document read: the profile chosen, its reading, the warnings the reading gave, how far a family's reading and
   * the general reader's agreed ({@link Agreement#items}; NaN where only one read it) and how likely the heading
   * models find the chosen reading's headings ({@code plausibility}, mean probability; NaN where not judged).
   */
  public record Reading(Choice choice, Segmented result, List<dev.minutes.model.Warning> warnings, double agreement,
                        double plausibility) {}

  /** The least agreement with the general reader's items for a family's reading to stand. */
  public static final double AGREEMENT = 0.5;

  /**
   * How many times more of the document's text the general reader's items must hold than a family's agreeing
   * reading for the general reading to stand: a reading whose items hold little text found their headings where they
   * are listed (a table of contents), not where they are handled.
   */
  public static final double CONTENT = 2.0;

  /** And by at least this many characters: a paragraph's worth. */
  public static final int MORE_TEXT = 300;

  /**
   * Reads the document with the profile {@link #choose} chooses. Rule: where that is a family other than the meeting
   * app's export (whose labels are proof) and the general reader is among the profiles, the general reader reads the
   * document too, and the family's reading stands unless
   * <ul>
   *   <li>the two find different items (F1 of matched items, {@link Agreement}, under {@value #AGREEMENT}) and the
   *       family finds fewer items than the general reader: the family's clues misled it and it missed the headings;
   *   </li>
   *   <li>or they agree, but the general reader's items hold more than {@value #CONTENT} times the text and
   *       {@value #MORE_TEXT} characters more: the family found the headings where they are listed (a table of
   *       contents), not where they are handled.</li>
   * </ul>
   * Where the family's reading stands, the header fields it left empty (date, times, place, participants …) are the
   * general reader's; where it records no decision at all, its items take the decisions of the general reader's same
   * items.
   */
  public static Reading read(List<Profile> profiles, DocumentLines document) {
    Choice choice = choose(profiles, document);
    Warnings w = new Warnings();
    Segmented result = choice.profile().segment(document, w);
    Profile general = profiles.stream().filter(p -> p instanceof GeneralProfile).findFirst().orElse(null);
    if (choice.profile() instanceof dev.minutes.profile.export.ExportProfile || general == null) {
      return new Reading(choice, result, w.list(), Double.NaN, Double.NaN);
    }
    GeneralProfile reader = (GeneralProfile) general;
    if (choice.profile() == general) {
      return new Reading(choice, result, w.list(), Double.NaN, reader.plausibility(document, result.items()));
    }
    Warnings gw = new Warnings();
    Segmented other = general.segment(document, gw);
    double agreement = Agreement.items(result.items(), other.items());
    long own = Agreement.content(result.items()), theirs = Agreement.content(other.items());
    boolean agrees = agreement >= AGREEMENT;
    int found = count(result.items()), generalFound = count(other.items());
    boolean stands = agrees ? theirs <= CONTENT * own + MORE_TEXT : generalFound <= found;
    if (stands) {
      return new Reading(choice, filled(result, other), w.list(), agreement, reader.plausibility(document, result.items()));
    }
    List<String> reasons = new ArrayList<>(general.evidence(document).reasons());
    reasons.add(agrees
        ? String.format(java.util.Locale.ROOT, "%s's items hold %d characters of text, the general reader's %d",
            choice.profile().name(), own, theirs)
        : String.format(java.util.Locale.ROOT, "%s found %d items, the general reader %d, agreeing at %.2f",
            choice.profile().name(), found, generalFound, agreement));
    reasons.addAll(choice.evidence().reasons().stream().map(r -> choice.profile().name() + ": " + r).toList());
    return new Reading(new Choice(general, new Evidence(choice.evidence().score(), reasons)), other, gw.list(), agreement,
        reader.plausibility(document, other.items()));
  }

  /** The family's reading with the header fields it left empty taken from the general reader's. */
  private static Segmented filled(Segmented family, Segmented general) {
    dev.minutes.model.Meeting a = family.meeting(), b = general.meeting();
    dev.minutes.model.Meeting m = new dev.minutes.model.Meeting(or(a.title(), b.title()), or(a.body(), b.body()),
        or(a.date(), b.date()), or(a.startTime(), b.startTime()), or(a.endTime(), b.endTime()),
        or(a.location(), b.location()), a.participants().isEmpty() ? b.participants() : a.participants());
    List<Item> items = Agreement.decisions(family.items()) == 0 ? Agreement.fill(family.items(), general.items())
        : family.items();
    return m.equals(a) && items.equals(family.items()) ? family
        : new Segmented(m, items, family.kind(), family.labelLanguage(), family.trace());
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  private static int count(List<dev.minutes.model.Item> items) {
    int n = 0;
    for (var i : items) n += 1 + count(i.items());
    return n;
  }

  public static Choice choose(List<Profile> profiles, DocumentLines document) {
    Profile best = profiles.get(0);
    Evidence bestEvidence = Evidence.NONE;
    boolean first = true;
    for (Profile p : profiles) {
      Evidence e = p.evidence(document);
      if (first || e.score() > bestEvidence.score()) {
        best = p;
        bestEvidence = e;
      }
      first = false;
    }
    return new Choice(best, bestEvidence);
  }
}
