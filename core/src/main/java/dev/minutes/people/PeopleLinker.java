package dev.minutes.people;

import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Mention;
import dev.minutes.model.Minutes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 4: links names to the meeting's participants. An action's responsible person gets the
 * participant's index; names in an item's description, notes, action texts and decisions become
 * {@link Mention}s.
 * A name in text is a participant's initials written as a word ({@code AHol}), or a run of capitalised words
 * and initials (up to four), tried longest first against {@link NameMatcher}; only a match links.
 */
public final class PeopleLinker {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
  private static final int MAX_NAME_WORDS = 4;

  private PeopleLinker() {}

  public static Minutes link(Minutes m) {
    NameMatcher names = new NameMatcher(m.meeting().participants());
    List<Item> items = m.items().stream().map(i -> link(i, names)).toList();
    return new Minutes(m.schemaVersion(), m.source(), m.meeting(), items, m.warnings(), m.provenance());
  }

  private static Item link(Item item, NameMatcher names) {
    List<Action> actions = item.actions().stream().map(a -> {
      int i = responsible(a.responsible(), names);
      return a.withParticipantIndex(i >= 0 ? i : null);
    }).toList();
    List<Mention> mentions = new ArrayList<>();
    find(item.description(), "description", names, mentions);
    find(item.notes(), "notes", names, mentions);
    find(item.actions().stream().map(Action::text).toList(), "actions", names, mentions);
    find(item.decisions(), "decisions", names, mentions);
    List<Item> children = item.items().stream().map(c -> link(c, names)).toList();
    return item.withLinks(actions, mentions, children);
  }

  private static final Pattern RESPONSIBLE_PARTS = Pattern.compile("\\s*(?:/|,|&|\\band\\b|\\boch\\b|\\bund\\b)\\s*");

  /**
   * The participant an action is given to: the responsible as written, else, where it names several
   * ({@code DT/TRUSTEES}, {@code IB/ Agenda}), the one part that is a participant; none where two are (an
   * action links one person, and choosing one of two would be a guess).
   */
  private static int responsible(String written, NameMatcher names) {
    int whole = names.match(written);
    if (whole >= 0 || written == null) return whole;
    int found = -1;
    for (String part : RESPONSIBLE_PARTS.split(written.strip())) {
      int i = names.match(part);
      if (i < 0 || i == found) continue;
      if (found >= 0) return -1;
      found = i;
    }
    return found;
  }

  private static void find(List<String> paragraphs, String section, NameMatcher names, List<Mention> into) {
    for (String p : paragraphs) {
      into.addAll(mentions(p, section, names));
    }
  }

  /** The participants named in {@code text}. */
  public static List<Mention> mentions(String text, String section, NameMatcher names) {
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) words.add(new int[] {w.start(), w.end()});
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      int taken = 0;
      String word = text.substring(words.get(i)[0], words.get(i)[1]);
      if (names.isInitials(word)) {
        int index = names.match(word);
        if (index >= 0) {
          out.add(new Mention(word, index, section));
          i++;
          continue;
        }
      }
      if (Character.isUpperCase(text.codePointAt(words.get(i)[0]))
          && names.mayStart(text.substring(words.get(i)[0], words.get(i)[1]))) {
        int run = 1;
        while (run < MAX_NAME_WORDS && i + run < words.size()
            && words.get(i + run)[0] == words.get(i + run - 1)[1] + 1 && text.charAt(words.get(i + run)[0] - 1) == ' '
            && Character.isUpperCase(text.codePointAt(words.get(i + run)[0]))) {
          run++;
        }
        for (int n = run; n >= 1 && taken == 0; n--) {
          String span = text.substring(words.get(i)[0], words.get(i + n - 1)[1]);
          int index = names.match(span);
          if (index >= 0) {
            out.add(new Mention(span, index, section));
            taken = n;
          }
        }
      }
      i += Math.max(1, taken);
    }
    return out;
  }
}
