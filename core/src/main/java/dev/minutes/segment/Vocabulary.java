package dev.minutes.segment;

import dev.minutes.LabelSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document family's words, which the shared recognisers read it by: its header labels, how it numbers
 * its items, the sub-headings that open an item's parts, the phrases that record a decision or give an
 * action, and the lines that begin what is not an item (appendices, appeal instructions).
 *
 * @param language ISO 639-1 code of the family's usual language
 * @param headerLabels header labels (as written, compared folded) and what each gives
 * @param numbering the number syntaxes its item headings use
 * @param partLabels sub-heading labels inside an item (folded) and the part each opens
 * @param partHeadings whole-line patterns that open a part ({@code <Organ>s beslut:})
 * @param bodyPart where text under an item heading goes before any sub-heading
 * @param decisionCues patterns found in a paragraph that records a decision
 * @param pastCues patterns found in a paragraph that reports an earlier decision, which is not this meeting's
 * @param actionLine a line giving an action's responsible person ({@code ACTION: DT}), group 1 the person
 * @param actionPhrases patterns found in a paragraph that gives someone a task, group 1 the person
 *     ({@code Johan väljs att kontakta …})
 * @param stops lines that begin what is not an item: the last item ends before them
 * @param caseNumber a case registration number on a line of its own near the heading, group 1 the number
 * @param strictDecisions whether a decision must both stand in a decision part and carry a decision cue (a
 *     parliament's protocol, whose speeches use the same words as its votes)
 * @param hyphenated whether the family's text is hyphenated at line ends, so that a hyphen between two lower-case
 *     letters at a line's end is no part of the word ({@code ge-} + {@code nehmigt})
 * @param bylines labels (folded) that, followed by a colon and a name, say who prepared or presents the item
 *     ({@code Beredning: personalchef Kristina Wikblad}): such a line is no text of the item
 * @param residenceAfterName whether participant lists give a place of residence after the name and role
 *     ({@code Bétrisey Karin, Kesswil}), which is not a role
 * @param sessionLine a line naming a session that handled the item ({@code Stadsstyrelsen 19.12.2022, 284 §}),
 *     group 1 (or, where that is empty, 2) its paragraph number: what follows belongs to this meeting only when that is the item's number
 * @param lexicon where not null, the multilingual lexicon's labels, decision cues and stops count beside the
 *     family's own (a reader of minutes of any family)
 */
public record Vocabulary(String language, Map<String, HeaderField> headerLabels, Set<NumberSyntax> numbering,
                         Map<String, Part> partLabels, Map<Pattern, Part> partHeadings, Part bodyPart,
                         List<Pattern> decisionCues, List<Pattern> pastCues, Pattern actionLine,
                         List<Pattern> actionPhrases, boolean strictDecisions, boolean hyphenated,
                         Set<String> bylines, boolean residenceAfterName, List<Pattern> stops, Pattern caseNumber,
                         Pattern sessionLine, dev.minutes.lexicon.Lexicon lexicon) {
  public Vocabulary {
    headerLabels = Map.copyOf(headerLabels);
    numbering = Set.copyOf(numbering);
    partLabels = Map.copyOf(partLabels);
    partHeadings = Map.copyOf(partHeadings);
    decisionCues = List.copyOf(decisionCues);
    bylines = Set.copyOf(bylines);
    pastCues = List.copyOf(pastCues);
    actionPhrases = List.copyOf(actionPhrases);
    stops = List.copyOf(stops);
  }

  /** The longest header label, in words. */
  public int longestHeaderLabel() {
    return headerLabels.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** Builds a vocabulary from labels as written. */
  public static final class Builder {
    private final String language;
    private final Map<String, HeaderField> header = new HashMap<>();
    private final Set<NumberSyntax> numbering = EnumSet.noneOf(NumberSyntax.class);
    private final Map<String, Part> parts = new HashMap<>();
    private final Map<Pattern, Part> partHeadings = new HashMap<>();
    private Part bodyPart = Part.NOTES;
    private final List<Pattern> cues = new java.util.ArrayList<>();
    private final List<Pattern> past = new java.util.ArrayList<>();
    private Pattern actionLine;
    private final List<Pattern> actionPhrases = new java.util.ArrayList<>();
    private boolean residenceAfterName;
    private final Set<String> bylines = new java.util.HashSet<>();
    private boolean strictDecisions;
    private boolean hyphenated;
    private final List<Pattern> stops = new java.util.ArrayList<>();
    private Pattern caseNumber;
    private Pattern sessionLine;
    private dev.minutes.lexicon.Lexicon lexicon;

    public Builder(String language) {
      this.language = language;
    }

    public Builder header(HeaderField field, String... labels) {
      for (String l : labels) header.put(LabelSet.key(l), field);
      return this;
    }

    public Builder numbering(NumberSyntax... syntaxes) {
      numbering.addAll(List.of(syntaxes));
      return this;
    }

    public Builder part(Part part, String... labels) {
      for (String l : labels) parts.put(LabelSet.key(l), part);
      return this;
    }

    /** A whole-line pattern (case-insensitive) that opens {@code part}. */
    public Builder partHeading(Part part, String regex) {
      partHeadings.put(Pattern.compile("(?iu)" + regex), part);
      return this;
    }

    public Builder bodyPart(Part part) {
      bodyPart = part;
      return this;
    }

    /** Patterns (case-insensitive) that a decision paragraph starts with. */
    public Builder decisionCues(String... regexes) {
      for (String r : regexes) cues.add(Pattern.compile("(?iu)" + r));
      return this;
    }

    /** Patterns (case-insensitive) found in a paragraph that reports an earlier meeting's decision. */
    public Builder pastCues(String... regexes) {
      for (String r : regexes) past.add(Pattern.compile("(?iu)" + r));
      return this;
    }

    public Builder actionLine(String regex) {
      actionLine = Pattern.compile("(?iu)" + regex);
      return this;
    }

    /** Patterns found in a paragraph that gives someone a task; group 1 is the person (case as written). */
    public Builder actionPhrases(String... regexes) {
      for (String r : regexes) actionPhrases.add(Pattern.compile(r));
      return this;
    }

    /** Labels that, with a colon and a name after them, say who prepared or presents the item. */
    public Builder byline(String... labels) {
      for (String l : labels) bylines.add(LabelSet.key(l));
      return this;
    }

    /** Decisions only where a decision part and a decision cue agree. */
    public Builder strictDecisions() {
      strictDecisions = true;
      return this;
    }

    /** Text hyphenated at line ends. */
    public Builder hyphenated() {
      hyphenated = true;
      return this;
    }

    /** Participant lists give a place of residence last ({@code Bétrisey Karin, Kesswil}). */
    public Builder residenceAfterName() {
      residenceAfterName = true;
      return this;
    }

    /** Patterns (case-insensitive) of lines that begin what is not an item. */
    public Builder stops(String... regexes) {
      for (String r : regexes) stops.add(Pattern.compile("(?iu)" + r));
      return this;
    }

    public Builder caseNumber(String regex) {
      caseNumber = Pattern.compile(regex);
      return this;
    }

    public Builder sessionLine(String regex) {
      sessionLine = Pattern.compile(regex);
      return this;
    }

    /** The lexicon whose labels, decision cues and stops count beside this vocabulary's own. */
    public Builder lexicon(dev.minutes.lexicon.Lexicon words) {
      lexicon = words;
      return this;
    }

    public Vocabulary build() {
      return new Vocabulary(language, header, numbering, parts, partHeadings, bodyPart, cues, past, actionLine,
          actionPhrases, strictDecisions, hyphenated, bylines, residenceAfterName, stops,
          caseNumber, sessionLine, lexicon);
    }
  }
}
