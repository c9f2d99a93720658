package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named present in a sentence of the header's prose ("A regularly scheduled meeting … occurred on September
 * 15, 2015. Present were President, Jim McCarthy; Vice-President, Mike McQuinn; … Also present were Doug Parmentier,
 * Scott Southworth, … Bill and Marge Rebovich.").
 *
 * <p>Rules: the list runs from "present were" ("in attendance were", "närvarande var", "anwesend waren", "til stede
 * var") to the sentence's end; entries are apart by semicolons where there are any, else by commas, and by "and";
 * in an entry "Role, Name" the last part, a name of two words or more, is the person and the parts before it the role
 * as written; a lone first name joined by "and" to a full name shares its surname ("Bill and Marge Rebovich"). Two
 * people at least, else no one.
 */
final class ProseAttendance {
  private ProseAttendance() {}

  private static final Pattern OPENS = Pattern.compile("(?iu)\\b(?:present|in\\s+attendance|attending|närvarande|anwesend"
      + "|til\\s+stede)\\s+(?:were|was|var|voro|waren|war)\\b:?\\s*");
  /** A sentence ends at a stop before a capital, not at an initial's ("J. Smith"). */
  private static final Pattern END = Pattern.compile("(?<!\\b\\p{Lu})\\.(?:\\s+(?=\\p{Lu})|\\s*$)");
  private static final Pattern AND = Pattern.compile("\\s+(?:and|och|und|og|&)\\s+");

  static List<Participant> find(List<TextLine> header) {
    StringBuilder b = new StringBuilder();
    for (TextLine l : header) b.append(b.length() == 0 ? "" : " ").append(l.text().strip());
    String text = TextJoin.normalise(b.toString());
    Map<String, Participant> people = new LinkedHashMap<>();
    Matcher m = OPENS.matcher(text);
    int from = 0;
    while (m.find(from)) {
      Matcher end = END.matcher(text);
      int stop = end.find(m.end()) ? end.start() : text.length();
      for (Participant p : list(text.substring(m.end(), stop))) people.putIfAbsent(ParticipantList.fold(p.name()), p);
      from = Math.max(stop, m.end());
    }
    return people.size() >= 2 ? List.copyOf(people.values()) : List.of();
  }

  private static List<Participant> list(String list) {
    List<Participant> out = new ArrayList<>();
    String[] entries = list.contains(";") ? list.split(";") : list.split(",");
    for (String entry : entries) {
      List<String> pieces = new ArrayList<>(List.of(AND.split(entry.strip())));
      for (int k = 0; k < pieces.size(); k++) {
        String piece = pieces.get(k).strip();
        String role = null;
        int comma = piece.lastIndexOf(',');
        if (comma > 0) {
          role = piece.substring(0, comma).strip();
          piece = piece.substring(comma + 1).strip();
        }
        String[] words = piece.split("\\s+");
        if (words.length == 1 && k + 1 < pieces.size()) {
          // "Bill and Marge Rebovich": the first name takes the surname of the name after it.
          String[] next = pieces.get(k + 1).strip().split("\\s+");
          if (next.length >= 2) piece = piece + " " + next[next.length - 1];
        }
        if (piece.split("\\s+").length < 2 || !ParticipantList.looksLikeName(piece) || ParticipantList.isGroup(piece)) continue;
        if (role != null && (role.isEmpty() || role.split("\\s+").length > 4)) role = null;
        out.add(new Participant(piece, ParticipantList.role(role), role, Participant.PRESENT, null));
      }
    }
    return out;
  }
}
