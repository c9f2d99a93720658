package dev.minutes.segment;

import dev.minutes.lexicon.Lexicon;
import dev.minutes.lexicon.WordClass;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the lexicon's label classes open in minutes: a header field ({@code Present} → {@link HeaderField#PRESENT},
 * {@code Apologies} → {@link HeaderField#ABSENT}) or a part of an item ({@code Beslut} → {@link Part#DECISIONS}).
 */
public final class LexiconLabels {
  private static final Map<WordClass, HeaderField> HEADER = new EnumMap<>(Map.ofEntries(
      Map.entry(WordClass.BODY_LABEL, HeaderField.BODY), Map.entry(WordClass.PRESENT_LABEL, HeaderField.PRESENT),
      Map.entry(WordClass.ABSENT_LABEL, HeaderField.ABSENT), Map.entry(WordClass.GUEST_LABEL, HeaderField.OTHERS_PRESENT),
      Map.entry(WordClass.SUBSTITUTE_LABEL, HeaderField.SUBSTITUTES), Map.entry(WordClass.CHAIR, HeaderField.CHAIR),
      Map.entry(WordClass.SECRETARY, HeaderField.SECRETARY), Map.entry(WordClass.ADJUSTER, HeaderField.ADJUSTERS),
      Map.entry(WordClass.DATE_LABEL, HeaderField.DATE), Map.entry(WordClass.TIME_LABEL, HeaderField.TIME),
      Map.entry(WordClass.END_TIME_LABEL, HeaderField.END_TIME), Map.entry(WordClass.PLACE_LABEL, HeaderField.LOCATION),
      Map.entry(WordClass.TIME_PLACE_LABEL, HeaderField.LOCATION), Map.entry(WordClass.MEMBER, HeaderField.CALLED)));

  private static final Map<WordClass, Part> PARTS = new EnumMap<>(Map.of(
      WordClass.DECISION_LABEL, Part.DECISIONS, WordClass.PROPOSAL_LABEL, Part.PROPOSAL,
      WordClass.DESCRIPTION_LABEL, Part.DESCRIPTION, WordClass.NOTES_LABEL, Part.NOTES,
      WordClass.ACTION_LABEL, Part.ACTIONS, WordClass.ATTACHMENT_LABEL, Part.ATTACHMENTS));

  private LexiconLabels() {}

  /** The header field {@code label} (a label's words, without its colon) opens, or null. */
  public static HeaderField header(Lexicon lexicon, String label) {
    for (WordClass c : lexicon.labels(label)) {
      HeaderField f = HEADER.get(c);
      if (f != null) return f;
    }
    return null;
  }

  /** The part of an item {@code label} opens, or null. */
  public static Part part(Lexicon lexicon, String label) {
    for (WordClass c : lexicon.labels(label)) {
      Part p = PARTS.get(c);
      if (p != null) return p;
    }
    return null;
  }
}
