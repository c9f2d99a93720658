package dev.minutes.profile.general;

import dev.minutes.lexicon.Lexicon;
import dev.minutes.segment.HeaderField;
import dev.minutes.segment.Part;
import dev.minutes.segment.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of every family at once, with the multilingual lexicon beside them: a reader of minutes whose family is
 * not known reads their header labels, part labels, decision cues, action lines and stops in any of the languages.
 * Where two families disagree on a label, the first listed wins. A decision heading may name the body that decides
 * and when ({@code Kommunstyrelsens beslut}, {@code Udvalgets beslutning den 04.12.2012 Punkt 1},
 * {@code Beslutning i Plan- og Udviklingsudvalget den 20.06.2013}).
 */
final class GeneralVocabulary {
  private static final String DECISION_WORDS = "(?:beslut|beslutning|beslutninger|beslutningen|beschluss|päätös|vedtak"
      + "|decision|decisions|resolution|resolved)";

  private GeneralVocabulary() {}

  static Vocabulary of(List<Vocabulary> families, Lexicon lexicon) {
    Map<String, HeaderField> header = new HashMap<>();
    Map<String, Part> parts = new HashMap<>();
    Map<Pattern, Part> partHeadings = new HashMap<>();
    List<Pattern> cues = new ArrayList<>(), past = new ArrayList<>(), phrases = new ArrayList<>(), stops = new ArrayList<>();
    Set<String> bylines = new HashSet<>();
    Pattern actionLine = null, caseNumber = null, sessionLine = null;
    for (Vocabulary v : families) {
      v.headerLabels().forEach(header::putIfAbsent);
      v.partLabels().forEach(parts::putIfAbsent);
      v.partHeadings().forEach(partHeadings::putIfAbsent);
      cues.addAll(v.decisionCues());
      past.addAll(v.pastCues());
      phrases.addAll(v.actionPhrases());
      stops.addAll(v.stops());
      bylines.addAll(v.bylines());
      if (actionLine == null) actionLine = v.actionLine();
      if (caseNumber == null) caseNumber = v.caseNumber();
      if (sessionLine == null) sessionLine = v.sessionLine();
    }
    partHeadings.put(Pattern.compile("(?iu)^(?=(?-i:\\p{Lu}))(?:[\\p{L}\\-’' ]{2,60}s\\s+)?" + DECISION_WORDS
        + "(?:\\s+(?:i|den|am|på|of|vom)\\b.{0,80})?:?$"), Part.DECISIONS);
    return new Vocabulary(null, header, Set.of(), parts, partHeadings, Part.NOTES, cues, past, actionLine, phrases,
        false, false, bylines, false, stops, caseNumber, sessionLine, lexicon);
  }
}
