package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.lexicon.Lexicon;
import dev.minutes.lexicon.WordClass;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attendance recorded in an opening item rather than in the header ("§1 Til stede:", "1. CALL TO ORDER AND ROLL
 * CALL"). Rules:
 * <ul>
 *   <li>only where the header names no one, and only in the first {@value #FIRST} items;</li>
 *   <li>the item's title holds an attendance label ({@link WordClass#PRESENT_LABEL}) or a quorum word
 *       ({@link WordClass#QUORUM});</li>
 *   <li>a table row not in bold (column titles are), its cells apart by wide gaps, whose cell says a status is a
 *       person: the first cell the name, the status cell the attendance (an absence label or word absent, anything
 *       else present: "Present", "Late 7:08 p.m.");</li>
 *   <li>else each line that is a list entry ("(a) Alexander Scheurer;", "– Maja Ling Han") or a name of two to five
 *       words alone, a role after a comma aside ("Markku Keskikallio, puheenjohtaja"), is a person present; lines
 *       that are sentences are not;</li>
 *   <li>or, in any of those items, names run in after an attendance label in its title or text ("Board Roll Call –
 *       Mark Smith, Charlie Simons, …"), each entry of two words or more a person present;</li>
 *   <li>those present listed in an item whose title is a guests' label ("Muut saapuvilla olleet") after such an
 *       item are present as well;</li>
 *   <li>two people at least, else nothing.</li>
 * </ul>
 */
final class AttendanceInItems {
  static final int FIRST = 3;
  private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\(?[a-zA-Z0-9]{1,2}[.)]|[-–—•·*▪])\\s+");
  private static final Pattern TRAILER = Pattern.compile("[;,.]?\\s*(?:\\b(?:og|och|and|und|ja|sekä|samt)\\b)?[;,.]?\\s*$");
  private static final Pattern STATUS_WORD = Pattern.compile("(?i)present|absent|late|excused|remote|"
      + "närvarande|frånvarande|anwesend|abwesend|entschuldigt|läsnä|poissa|fraværende|til stede|tilstede");
  private static final Pattern ABSENT_WORD = Pattern.compile("(?i)absent|excused|frånvarande|abwesend|entschuldigt|"
      + "poissa|fraværende");

  private AttendanceInItems() {}

  /** An opening item: its title and its lines, in order. */
  record Opening(String title, List<TextLine> lines) {}

  static List<Participant> find(List<Opening> items, Lexicon lexicon, Layout layout) {
    List<Participant> found = new ArrayList<>();
    for (int k = 0; k < Math.min(FIRST, items.size()); k++) {
      Opening item = items.get(k);
      List<Participant> runIn = runIn(item, lexicon);
      if (runIn.size() >= 2 && found.isEmpty()) return runIn;
      boolean others = !found.isEmpty() && lexicon.contains(item.title(), WordClass.GUEST_LABEL);
      if (!others && !lexicon.contains(item.title(), WordClass.PRESENT_LABEL)
          && !lexicon.contains(item.title(), WordClass.QUORUM)) {
        continue;
      }
      List<Participant> people = table(item.lines(), lexicon, layout);
      if (people.size() < 2) people = list(item.lines());
      if (people.size() >= 2 || others) found.addAll(people);
    }
    return found.size() >= 2 ? found : List.of();
  }

  /** A label run in before its text: the words before a dash set apart by spaces, or before a colon. */
  private static final Pattern RUN_IN = Pattern.compile("^(\\p{Lu}.{2,60}?)(?:\\s[–—-]\\s|:\\s)\\s*(\\S.*)$");

  /**
   * Names run in after an attendance label in the item's title or text ("Call to Order and Board Roll Call – Mark
   * Smith, Charlie Simons, …", "Owners in Attendance – …"), the label's line and those that go on from it (up to the
   * next run-in label), read as a list: each entry a name of two words or more is a person present.
   */
  static List<Participant> runIn(Opening item, Lexicon lexicon) {
    List<String> texts = new ArrayList<>();
    texts.add(item.title());
    for (TextLine l : item.lines()) texts.add(l.text().strip());
    List<Participant> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Matcher m = RUN_IN.matcher(texts.get(i));
      if (!m.matches() || !attendanceLabel(m.group(1), lexicon)) continue;
      String names = m.group(2);
      for (int j = i + 1; j < texts.size() && j <= i + 3 && !RUN_IN.matcher(texts.get(j)).matches(); j++) {
        names = TextJoin.join(names, texts.get(j));
      }
      for (ParticipantList.Entry e : ParticipantList.parse(List.of(names), Participant.PRESENT, null)) {
        String name = e.participant().name();
        if (e.looksLikeName() && !e.group() && name.split("\\s+").length >= 2) out.add(e.participant());
      }
    }
    return out;
  }

  private static boolean attendanceLabel(String label, Lexicon lexicon) {
    return lexicon.contains(label, WordClass.PRESENT_LABEL) || lexicon.contains(label, WordClass.QUORUM)
        || lexicon.contains(label, WordClass.GUEST_LABEL);
  }

  /** Rows whose cells include a status. */
  private static List<Participant> table(List<TextLine> lines, Lexicon lexicon, Layout layout) {
    List<Participant> out = new ArrayList<>();
    for (TextLine line : lines) {
      List<String> cells = cells(line, layout);
      if (cells.size() < 2 || line.bold()) continue; // a row of column titles is set apart in bold
      String status = null;
      for (int c = 1; c < cells.size(); c++) {
        String cell = cells.get(c).strip();
        String first = cell.split("\\s+")[0];
        if (STATUS_WORD.matcher(cell).matches() || STATUS_WORD.matcher(first).matches()) {
          status = cell;
          break;
        }
      }
      String name = cells.get(0).strip();
      if (status == null || !ParticipantList.looksLikeName(name) || name.split("\\s+").length > 5) continue;
      boolean absent = ABSENT_WORD.matcher(status.split("\\s+")[0]).matches()
          || lexicon.exactly(status, WordClass.ABSENT_LABEL).isPresent();
      out.add(new Participant(name, null, null, absent ? Participant.ABSENT : Participant.PRESENT, null));
    }
    return out;
  }

  /** A line's cells: runs of words apart by less than a wide gap ({@link Layout#isWideGap}). */
  static List<String> cells(TextLine line, Layout layout) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    List<Word> words = line.words();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && layout.isWideGap(line, i)) {
        cells.add(cell.toString());
        cell.setLength(0);
      }
      if (cell.length() > 0) cell.append(' ');
      cell.append(words.get(i).text());
    }
    if (cell.length() > 0) cells.add(cell.toString());
    return cells;
  }

  /** List entries and names alone, each a person present; a sentence ends nothing but is no one. */
  private static List<Participant> list(List<TextLine> lines) {
    List<Participant> out = new ArrayList<>();
    for (TextLine line : lines) {
      String text = ENUMERATOR.matcher(line.text().strip()).replaceFirst("");
      text = TRAILER.matcher(text).replaceFirst("").strip();
      String name = text.split(",", 2)[0].strip(); // "Markku Keskikallio, puheenjohtaja": the name before the role
      int words = name.split("\\s+").length;
      if (words < 2 || words > 5 || !ParticipantList.looksLikeName(name)) continue;
      if (!Character.isUpperCase(text.codePointAt(0)) || text.equals(text.toUpperCase(Locale.ROOT))) continue;
      for (ParticipantList.Entry e : ParticipantList.parse(List.of(text), Participant.PRESENT, null, true, false)) {
        if (e.looksLikeName() && !e.group()) out.add(e.participant());
      }
    }
    return out;
  }
}
