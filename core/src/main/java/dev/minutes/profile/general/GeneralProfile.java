package dev.minutes.profile.general;

import dev.minutes.eval.RealGold;
import dev.minutes.learn.HeadingAlignment;
import dev.minutes.learn.HeadingModels;
import dev.minutes.lexicon.Lexicon;
import dev.minutes.model.Item;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.OutlineProfile;
import dev.minutes.profile.Segmented;
import dev.minutes.segment.OutlineSegmenter;
import dev.minutes.segment.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Minutes of any family: the items are the headings the learned heading models find (numbered in any syntax, or
 * unnumbered), and the rest is read with the shared segmenter and the words of every family and language
 * ({@link GeneralVocabulary}). It reads what no family claims.
 */
public final class GeneralProfile extends OutlineProfile {
  public static final String NAME = "general";

  private final HeadingModels models;
  private final Vocabulary vocabulary;

  /** The profile with the models shipped with the library. */
  public GeneralProfile() {
    this(null);
  }

  /** The profile with {@code models} (null: those shipped with the library, read on first use). */
  public GeneralProfile(HeadingModels models) {
    this.models = models;
    this.vocabulary = GeneralVocabulary.of(List.of(dev.minutes.profile.protocol.ParagraphProtocolProfile.VOCABULARY,
        dev.minutes.profile.association.AssociationProfile.VOCABULARY,
        dev.minutes.profile.board.BoardMinutesProfile.VOCABULARY,
        dev.minutes.profile.german.GermanProtocolProfile.VOCABULARY), Lexicon.standard());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  protected OutlineSegmenter segmenter() {
    return new OutlineSegmenter(vocabulary, new LearnedHeadings(models()));
  }

  /**
   * How likely the heading models find the headings of {@code items} in the document: the mean, over the items, of
   * the probability the line each is headed on opens a heading (numbered or not, as the item is); 0 for an item whose
   * heading is not found, and 0 where there are no items.
   */
  public double plausibility(DocumentLines document, List<Item> items) {
    List<RealGold.Item> flat = new ArrayList<>();
    flatten(items, flat);
    if (flat.isEmpty() || document.lines().isEmpty()) return 0;
    double[][] p = models().probabilities(document.lines());
    int[] at = HeadingAlignment.align(document.lines(), flat).itemLine();
    double sum = 0;
    for (int k = 0; k < flat.size(); k++) {
      if (at[k] >= 0) sum += flat.get(k).number() == null ? p[2][at[k]] : p[0][at[k]];
    }
    return sum / flat.size();
  }

  private HeadingModels models() {
    return models != null ? models : HeadingModels.shipped();
  }

  private static void flatten(List<Item> items, List<RealGold.Item> into) {
    for (Item i : items) {
      into.add(new RealGold.Item(i.number(), i.title(), List.of(), List.of(), List.of()));
      flatten(i.items(), into);
    }
  }

  /** A little evidence on any document: the general reader reads what no family claims more strongly. */
  @Override
  public Evidence evidence(DocumentLines document) {
    return new Evidence.Builder().add(true, EVIDENCE, "read by the general reader").build();
  }

  /** The score every document has for this profile. */
  public static final double EVIDENCE = 0.05;

  /** Rule: a participant whose name is one word, or a label of the lexicon's (Allekirjoitukset, Sihteeri), is none. */
  @Override
  protected dev.minutes.model.Meeting finish(dev.minutes.model.Meeting m) {
    List<dev.minutes.model.Participant> people = m.participants().stream()
        .filter(p -> p.name() != null && p.name().strip().contains(" ") && Lexicon.standard().label(p.name()) == null)
        .toList();
    return new dev.minutes.model.Meeting(m.title(), m.body(), m.date(), m.startTime(), m.endTime(), m.location(), people);
  }

  @Override
  protected Segmented finish(Segmented s, DocumentLines document) {
    return new Segmented(s.meeting(), s.items(), s.kind(), document.language(), s.trace());
  }
}
