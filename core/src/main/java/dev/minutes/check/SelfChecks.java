package dev.minutes.check;

import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import dev.minutes.model.Warning;
import dev.minutes.people.NameMatcher;
import dev.minutes.segment.DueDate;
import dev.minutes.segment.ItemNumber;
import dev.minutes.segment.ParticipantList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 5: the parser's look at its own result, for results that are probably wrong, so that a bulk import
 * shows which documents need a person's eye. Each check is a rule, and each adds a warning whose code starts
 * with {@code check.}:
 * <ul>
 *   <li>{@code check.action-meta-in-text}: an action's text holds a date and a participant's name, the date and
 *       person line read into the text;</li>
 *   <li>{@code check.heading-in-text}: a paragraph opens with the number that would follow its item and a
 *       capitalised title, a heading read as text (not where the number before it opens another paragraph of
 *       the section: a numbered list; not in an item without a number, which no number follows);</li>
 *   <li>{@code check.title-empty}: an item without a title;</li>
 *   <li>{@code check.participants-unparsed}: a participant that does not look like a name.</li>
 * </ul>
 * Numbering that skips is {@code item.numbering-gap}, said by the segmenter where it sees the heading (never between
 * items whose headings print no number).
 */
public final class SelfChecks {
  /** The codes of warnings that say a result is probably wrong: every {@code check.} code and numbering gaps. */
  public static boolean isCheck(String code) {
    return code.startsWith("check.") || code.equals("item.numbering-gap");
  }

  private static final Pattern DATE = Pattern.compile("(?<![\\d/.-])(?:" + DueDate.PATTERN + ")(?![\\d/])");
  private static final Pattern OPENING_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.?\\s+(\\p{Lu}\\S*)");

  private SelfChecks() {}

  /** The warnings of every check on {@code m}, in document order. */
  public static List<Warning> of(Minutes m) {
    List<Warning> out = new ArrayList<>();
    NameMatcher names = new NameMatcher(m.meeting().participants());
    for (Participant p : m.meeting().participants()) {
      if (!ParticipantList.looksLikeName(p.name())) {
        out.add(new Warning("check.participants-unparsed", "participant does not look like a name: " + p.name(), null));
      }
    }
    for (Item item : m.allItems()) {
      Integer page = item.pages().isEmpty() ? null : item.pages().get(0);
      if (item.title() == null || item.title().isBlank()) {
        out.add(new Warning("check.title-empty", item.label() + " has no title", page));
      }
      for (Action a : item.actions()) {
        if (DATE.matcher(a.text()).find() && mentionsParticipant(a.text(), names)) {
          out.add(new Warning("check.action-meta-in-text", item.label()
              + ": an action's text holds a date and a participant's name: " + a.text(), page));
        }
      }
      ItemNumber own = item.number() == null ? null : ItemNumber.parse(item.number());
      if (own == null) continue; // without a number, no heading can be told to follow it
      for (List<String> section : List.of(item.description(), item.notes(), item.decisions())) {
        List<String> openings = new ArrayList<>();
        for (String p : section) {
          Matcher h = OPENING_NUMBER.matcher(p);
          if (h.find()) openings.add(h.group(1).replaceAll("\\.$", ""));
        }
        for (String p : section) {
          Matcher h = OPENING_NUMBER.matcher(p);
          if (!h.find()) continue;
          ItemNumber n = ItemNumber.parse(h.group(1));
          if (n != null && n.level() >= own.level() && n.stepFrom(own) == 1 && !isListStart(n, own)
              && !inNumberedList(n, openings)) {
            out.add(new Warning("check.heading-in-text", item.label()
                + ": a paragraph opens like the next item's heading: " + abbreviate(p), page));
          }
        }
      }
    }
    return out;
  }

  /** A number whose predecessor opens another paragraph of the section is a numbered list's. */
  private static boolean inNumberedList(ItemNumber n, List<String> openings) {
    List<Integer> parts = new ArrayList<>(n.parts());
    int last = parts.size() - 1;
    if (parts.get(last) < 2) return false;
    parts.set(last, parts.get(last) - 1);
    return openings.contains(new ItemNumber(parts).toString());
  }

  /** {@code 1.} under item 1 opens a list more often than a sub-item; only deeper numbers count. */
  private static boolean isListStart(ItemNumber n, ItemNumber own) {
    return n.level() == 1 && own.level() == 1 && n.parts().get(0) == 1;
  }

  private static boolean mentionsParticipant(String text, NameMatcher names) {
    return !dev.minutes.people.PeopleLinker.mentions(text, "actions", names).isEmpty();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "…";
  }
}
