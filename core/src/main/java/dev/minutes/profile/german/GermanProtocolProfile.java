package dev.minutes.profile.german;

import dev.minutes.extract.TextLine;
import dev.minutes.model.Meeting;
import dev.minutes.profile.Clues;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.OutlineProfile;
import dev.minutes.segment.HeaderField;
import dev.minutes.segment.NumberSyntax;
import dev.minutes.segment.Part;
import dev.minutes.segment.Vocabulary;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German and Swiss German protocols (Protokoll, Niederschrift, Sitzung): a header table with {@code Vorsitz},
 * {@code Protokoll}, {@code Anwesend}, {@code Entschuldigt}, {@code Ort}, {@code Zeit}; items numbered {@code 1.}
 * or {@code TOP 1}, a case number in parentheses after the title; decisions recorded as votes ("wird mit 108:0
 * Stimmen genehmigt") or resolutions ("Der Rat beschliesst").
 */
public final class GermanProtocolProfile extends OutlineProfile {
  public static final String NAME = "german-protocol";

  public static final Vocabulary VOCABULARY = new Vocabulary.Builder("de")
      .header(HeaderField.BODY, "Gremium", "Organ")
      .header(HeaderField.DATE, "Datum", "Sitzungsdatum", "Sitzung vom")
      .header(HeaderField.TIME, "Zeit", "Beginn", "Uhrzeit", "Sitzungsbeginn")
      .header(HeaderField.LOCATION, "Ort", "Sitzungsort", "Tagungsort", "Sitzungslokal", "Sitzungsraum", "Raum")
      .header(HeaderField.CHAIR, "Vorsitz", "Vorsitzender", "Vorsitzende", "Leitung", "Sitzungsleitung")
      .header(HeaderField.SECRETARY, "Protokoll", "Protokollführung", "Protokollführer", "Protokollführerin",
          "Schriftführer", "Schriftführerin")
      .header(HeaderField.PRESENT, "Anwesend", "Anwesende", "Teilnehmende", "Teilnehmer", "Anwesend sind")
      .header(HeaderField.ABSENT, "Entschuldigt", "Abwesend", "Es fehlen", "Entschuldigt abwesend", "Abwesend entschuldigt")
      .header(HeaderField.END_TIME, "Ende", "Sitzungsende", "Schluss")
      .header(HeaderField.OTHERS_PRESENT, "Gäste", "Ferner anwesend", "Außerdem anwesend", "Ausserdem anwesend", "Vorzeitig weggegangen", "Verspätet eingetroffen")
      .header(HeaderField.IGNORED, "Beschlussfähigkeit", "Tagesordnung", "Traktanden", "Erledigte Traktanden")
      .numbering(NumberSyntax.DOTTED, NumberSyntax.WORD)
      .bodyPart(Part.NOTES)
      .part(Part.PROPOSAL, "Antrag", "Anträge", "Beschlussantrag", "Beschlussvorschlag", "Antrag des Regierungsrates")
      .part(Part.NOTES, "Eintreten", "Detailberatung", "Diskussion", "Beantwortung", "Redaktionslesung", "Beratung",
          "Aussprache")
      .part(Part.DESCRIPTION, "Sachverhalt", "Begründung", "Erläuterung")
      .part(Part.DECISIONS, "Beschlussfassung", "Schlussabstimmung", "Abstimmung", "Beschluss", "Beschlüsse")
      .partHeading(Part.DECISIONS, "Beschluss (?:des|der) .{2,60}")
      .strictDecisions()
      .hyphenated()
      .decisionCues(
          "\\b(?:wird|werden|ist|sind|wurde|wurden)\\b.*\\b(?:genehmigt|angenommen|abgelehnt|beschlossen|erheblich erklärt"
              + "|zugestimmt|gutgeheissen|gutgeheißen|verabschiedet|nicht zustande gekommen|überwiesen)\\b",
          "\\bmit\\s+\\d+\\s*:\\s*\\d+\\s+Stimmen\\b", "^Ermittlung\\b.*:\\s*\\d+\\s+Stimmen",
          "^(?:Der|Die|Das)\\s+(?:Rat|Grosse Rat|Große Rat|Gemeinderat|Kantonsrat|Vorstand|Ausschuss|Versammlung)\\s+"
              + "(?:beschliesst|beschließt|stimmt|genehmigt|lehnt)\\b",
          "^Beschluss:", "^Abstimmungsergebnis\\b", "\\b\\d+\\s+Ja\\b.*\\b\\d+\\s+Nein\\b", "\\beinstimmig\\b")
      .stops("^Für die Richtigkeit\\b", "^Unterschriften?\\b", "^Die Protokollführer", "^Der Vorsitzende\\s*$")
      .pastCues("\\bvorangegangenen\\s+Sitzung\\b")
      .residenceAfterName()
      .caseNumber("^\\(([^()]*\\d+/\\d+[^()]*)\\)$")
      .build();

  private static final Pattern CASE_IN_TITLE = Pattern.compile("^(.*?)\\s*\\(([^()]*\\d+/\\d+[^()]*)\\)$");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Vocabulary vocabulary() {
    return VOCABULARY;
  }

  /**
   * Rules: a title line that names no protocol, over a line in the same type that does, is the letterhead naming
   * the body ({@code Grosser Rat} over {@code Protokoll Nr. 61 vom 16. August 2023}); a case number in parentheses
   * ending an item's title is its case number.
   */
  @Override
  protected dev.minutes.profile.Segmented finish(dev.minutes.profile.Segmented s, DocumentLines document) {
    Meeting m = s.meeting();
    List<TextLine> lines = document.lines();
    if (m.title() != null && !PROTOCOL.matcher(m.title()).find()) {
      for (int i = 1; i < Math.min(6, lines.size()); i++) {
        String t = lines.get(i).text().strip();
        if (PROTOCOL.matcher(t).find() && lines.get(i).fontSize() >= lines.get(0).fontSize() - 0.6f) {
          m = new Meeting(t, m.body() != null ? m.body() : m.title(), m.date(), m.startTime(), m.endTime(), m.location(),
              m.participants());
          break;
        }
      }
    }
    return new dev.minutes.profile.Segmented(m, s.items().stream().map(GermanProtocolProfile::caseFromTitle).toList(),
        s.kind(), s.labelLanguage(), s.trace());
  }

  private static final Pattern PROTOCOL = Pattern.compile("(?i)\\b(protokoll|niederschrift|sitzung)\\b");

  /** A case number in parentheses at the end of an item's title ({@code (20/BS 55/507)}) is its case number. */
  private static dev.minutes.model.Item caseFromTitle(dev.minutes.model.Item i) {
    Matcher m = CASE_IN_TITLE.matcher(i.title());
    List<dev.minutes.model.Item> kids = i.items().stream().map(GermanProtocolProfile::caseFromTitle).toList();
    if (!m.matches() || i.caseNumber() != null) {
      return new dev.minutes.model.Item(i.number(), i.level(), i.title(), i.caseNumber(), i.pages(), i.description(),
          i.notes(), i.proposal(), i.actions(), i.decisions(), i.attachments(), i.mentions(), kids);
    }
    return new dev.minutes.model.Item(i.number(), i.level(), m.group(1), m.group(2).strip(), i.pages(), i.description(),
        i.notes(), i.proposal(), i.actions(), i.decisions(), i.attachments(), i.mentions(), kids);
  }

  @Override
  public Evidence evidence(DocumentLines document) {
    List<TextLine> lines = document.lines();
    int labels = Clues.openingLines(lines, 60, "(Vorsitz|Anwesend|Entschuldigt|Protokollführ\\w*|Traktanden"
        + "|Tagesordnung|Beschlussfähigkeit)\\b");
    int decisions = Clues.containing(document, "stimmen beschluss top",
        "\\bmit\\s+\\d+\\s*:\\s*\\d+\\s+Stimmen\\b|\\bBeschluss\\b|\\bTOP\\s+\\d");
    int protocol = Clues.openingLines(lines, 6, ".*\\b(Protokoll|Niederschrift|Sitzung)\\b");
    return new Evidence.Builder()
        .add("de".equals(document.language()), 0.3, "German text")
        .add(labels, Math.min(0.3, 0.1 * labels), "German protocol header labels (Vorsitz, Anwesend, …)")
        .add(decisions, Math.min(0.2, 0.05 * decisions), "votes and resolutions (Beschluss, mit 108:0 Stimmen)")
        .add(protocol, 0.1, "a protocol's title")
        .build();
  }
}
