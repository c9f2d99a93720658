package dev.minutes.people;

import dev.minutes.model.Participant;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says which participant a written name refers to, on evidence only. In order:
 * <ol>
 *   <li>the whole name, with case and diacritics folded ({@code Ulf Mansson} = {@code Ulf Månsson});</li>
 *   <li>the first name and initials of the rest, in order ({@code Lisa A L} = {@code Lisa Andersson Lindberg});</li>
 *   <li>the first and the last name ({@code Lisa Lindberg});</li>
 *   <li>the first name alone, where one participant has it ({@code Margaretha});</li>
 *   <li>initials, two to four capitals each with up to two letters after it ({@code DT}, {@code AHol}): the
 *       participant written with those initials, else the one whose name has as many words (a hyphen parts
 *       two) and each begins with its initial ({@code David Thomas}, {@code Alan Holzer}).</li>
 * </ol>
 * A rule links only when exactly one participant fits it; a genitive {@code -s} is tried off as well
 * ({@code Magnus Haglunds}). Otherwise no link: a shared surname ({@code Mathias Haglund}) is no evidence.
 */
public final class NameMatcher {
  private final List<List<String>> names = new ArrayList<>();
  private final java.util.Set<String> firstNames = new java.util.HashSet<>();
  /** Each participant's initials as written beside the name, else null. */
  private final List<String> initialsOf = new ArrayList<>();

  public NameMatcher(List<Participant> participants) {
    for (Participant p : participants) {
      List<String> t = tokens(p.name());
      names.add(t);
      initialsOf.add(p.initials());
      if (!t.isEmpty()) firstNames.add(t.get(0));
    }
  }

  /** Whether a written name could start with {@code word}: every rule needs a participant's first name first. */
  public boolean mayStart(String word) {
    return firstNames.contains(fold(word));
  }

  /** One word folded as {@link #tokens} folds it, without the regular expressions where it is plain ASCII. */
  private static String fold(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        List<String> t = tokens(word);
        return t.isEmpty() ? "" : t.get(0);
      }
    }
    return word.toLowerCase(Locale.ROOT);
  }

  /** Whether a word is written as initials ({@code DT}, {@code AHol}). */
  public boolean isInitials(String word) {
    return INITIALS.matcher(word).matches();
  }

  /** The participant's index, or -1. */
  public int match(String written) {
    if (written == null) return -1;
    if (INITIALS.matcher(written.strip()).matches()) {
      int i = matchInitials(written.strip());
      if (i >= 0) return i;
    }
    List<String> t = tokens(written);
    if (t.isEmpty()) return -1;
    int i = matchTokens(t);
    if (i >= 0) return i;
    String last = t.get(t.size() - 1);
    if (last.length() > 3 && last.endsWith("s")) {
      List<String> base = new ArrayList<>(t);
      base.set(base.size() - 1, last.substring(0, last.length() - 1));
      return matchTokens(base);
    }
    return -1;
  }

  private int matchTokens(List<String> t) {
    int i = unique(n -> n.equals(t));
    if (i != -2) return i;
    if (t.size() >= 2 && t.subList(1, t.size()).stream().allMatch(s -> s.length() == 1)) {
      i = unique(n -> n.size() == t.size() && n.get(0).equals(t.get(0)) && initialsMatch(n, t));
      if (i != -2) return i;
    }
    if (t.size() == 2) {
      i = unique(n -> n.size() > 2 && n.get(0).equals(t.get(0)) && n.get(n.size() - 1).equals(t.get(1)));
      if (i != -2) return i;
    }
    if (t.size() == 1) {
      i = unique(n -> n.get(0).equals(t.get(0)));
      if (i != -2) return i;
    }
    return -1;
  }

  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\p{Ll}{0,2}){2,4}");

  private int matchInitials(String initials) {
    int i = unique(k -> initials.equals(initialsOf.get(k)), initialsOf.size());
    if (i != -2) return Math.max(i, -1);
    List<String> groups = new ArrayList<>();
    for (String g : initials.split("(?=\\p{Lu})")) if (!g.isEmpty()) groups.add(g.toLowerCase(Locale.ROOT));
    i = unique(n -> {
      List<String> words = new ArrayList<>();
      for (String part : n) for (String w : part.split("-")) if (!w.isEmpty()) words.add(w);
      if (words.size() != groups.size()) return false;
      for (int k = 0; k < words.size(); k++) if (!words.get(k).startsWith(groups.get(k))) return false;
      return true;
    });
    return Math.max(i, -1);
  }

  /** The one index below {@code size} that fits, -1 when several do, -2 when none does. */
  private static int unique(java.util.function.IntPredicate fits, int size) {
    int found = -2;
    for (int i = 0; i < size; i++) {
      if (fits.test(i)) {
        if (found >= 0) return -1;
        found = i;
      }
    }
    return found;
  }

  private static boolean initialsMatch(List<String> name, List<String> written) {
    for (int k = 1; k < name.size(); k++) {
      if (name.get(k).charAt(0) != written.get(k).charAt(0)) return false;
    }
    return true;
  }

  /** The one participant whose name fits, -1 when several fit, -2 when none does. */
  private int unique(java.util.function.Predicate<List<String>> fits) {
    return unique(i -> fits.test(names.get(i)), names.size());
  }

  /** Lower case, diacritics off, split at spaces (a hyphen stays inside: {@code per-eric}). */
  static List<String> tokens(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String t : s.split("[\\s.]+")) {
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }
}
