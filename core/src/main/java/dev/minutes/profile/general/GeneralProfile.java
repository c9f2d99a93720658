package dev.minutes.profile.general;

import dev.minutes.learn.HeadingModels;
import dev.minutes.lexicon.Lexicon;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.OutlineProfile;
import dev.minutes.profile.Segmented;
import dev.minutes.segment.OutlineSegmenter;
import dev.minutes.segment.Vocabulary;
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
    return new OutlineSegmenter(vocabulary, new LearnedHeadings(models != null ? models : HeadingModels.shipped()));
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
