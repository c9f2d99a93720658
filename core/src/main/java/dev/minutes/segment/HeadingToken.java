package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier a line opens with, in any of the ways minutes number their items, read without judging whether
 * the line is a heading: {@code § 13}, {@code 13 §}, {@code KS § 3 a}, {@code Punkt 5:}, {@code TOP 1},
 * {@code Item 4}, {@code 1.}, {@code 6.10.}, {@code 76} apart from its title, {@code 1)}, {@code (2)}, {@code a.},
 * {@code b)}, {@code IV.}, a resolution code {@code R2023-206}, a time slot {@code :03 - :05}. {@code printed} is the identifier as the gold writes it
 * (no {@code §}, no word, no trailing dot or bracket: {@code 13}, {@code 6.10}, {@code 3 a}); {@code path} its parts
 * for succession ({@link #follows}); {@code rest} the text after it (the title or nothing).
 */
public record HeadingToken(Syntax syntax, String printed, List<Part> path, String rest) {
  /** How the identifier is written. */
  public enum Syntax { SIGN, WORD, DOTTED, BARE, PAREN, LETTER, ROMAN, CODE, TIME_SLOT }

  /** One part of an identifier: a number with an optional letter after it ({@code 3 a}), or a letter alone. */
  public record Part(int number, char letter) {
    static Part of(int n) {
      return new Part(n, '\0');
    }

    boolean isLetter() {
      return number < 0;
    }
  }

  public HeadingToken {
    path = List.copyOf(path);
  }

  private static final Pattern SIGN_FIRST = Pattern.compile(
      "^(?:\\p{Lu}{1,5}\\s*)?§\\s*(\\d{1,4}(?:\\.\\d{1,3}){0,3})(?:\\s*([a-z])(?![\\p{L}\\d]))?\\.?(?=\\s|$|:)\\s*:?(.*)$");
  private static final Pattern SIGN_AFTER = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3}){0,3})\\s*§(?=\\s|$|:)\\s*:?(.*)$");
  private static final Pattern WORD = Pattern.compile("(?iu)^(?:item|punkt|pkt\\.?|top|tagesordnungspunkt|traktandum"
      + "|ärende|asia|sak|agenda item|minute)\\s+(\\d{1,4}(?:\\.\\d{1,3}){0,3})(?:\\s*([a-z])(?![\\p{L}\\d]))?[.:]?"
      + "(?=\\s|$)\\s*[-–:]?\\s*(.*)$");
  private static final Pattern DOTTED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4})(\\.?)$");
  private static final Pattern GLUED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.(\\p{Lu}\\S*)$");
  private static final Pattern PAREN = Pattern.compile("^\\(?(\\d{1,3})\\)$");
  private static final Pattern LETTER = Pattern.compile("^\\(?([a-zA-Z])[.)]$");
  private static final Pattern ROMAN = Pattern.compile("^(?=[IVXivx])(X{0,3}(?:IX|IV|V?I{0,3})|x{0,3}(?:ix|iv|v?i{0,3}))[.)]$");
  /** A resolution's code: a letter or a few, the year and a number counted through it ({@code R2023-206}). */
  private static final Pattern CODE = Pattern.compile("^(\\p{Lu}{1,4}(?:19|20)\\d{2}[-/](\\d{1,4})):?$");
  private static final Pattern TIME_SLOT = Pattern.compile(
      "^(?::\\d{1,2}|\\d{1,2}[:.]\\d{2})\\s*[-–—]\\s*(?::?\\d{1,2}|\\d{1,2}[:.]\\d{2})(?:\\s*(?:am|pm))?\\s+(.+)$");

  /** The token {@code line} opens with, or null. */
  public static HeadingToken of(TextLine line) {
    String text = TextJoin.normalise(line.text()).strip();
    if (text.isEmpty()) return null;
    Matcher m;
    if ((m = SIGN_FIRST.matcher(text)).matches()) return numbered(Syntax.SIGN, m.group(1), m.group(2), m.group(3));
    if ((m = SIGN_AFTER.matcher(text)).matches()) return numbered(Syntax.SIGN, m.group(1), null, m.group(2));
    if ((m = WORD.matcher(text)).matches()) return numbered(Syntax.WORD, m.group(1), m.group(2), m.group(3));
    if ((m = TIME_SLOT.matcher(text)).matches()) return new HeadingToken(Syntax.TIME_SLOT, null, List.of(), m.group(1).strip());
    String first = line.words().get(0).text();
    String rest = rest(text, first);
    if ((m = DOTTED.matcher(first)).matches()) {
      boolean dot = !m.group(2).isEmpty();
      boolean dotted = dot || m.group(1).indexOf('.') > 0;
      if (dotted) return numbered(Syntax.DOTTED, m.group(1), null, rest);
      // A bare number is an identifier when it stands alone or apart from what follows by more than a space.
      if (line.words().size() == 1 || line.gapBefore(1) > line.fontSize() * 0.9f) {
        return numbered(Syntax.BARE, m.group(1), null, rest);
      }
      return null;
    }
    if ((m = GLUED.matcher(first)).matches()) {
      return numbered(Syntax.DOTTED, m.group(1), null, rest.isEmpty() ? m.group(2) : m.group(2) + " " + rest);
    }
    if ((m = PAREN.matcher(first)).matches()) return numbered(Syntax.PAREN, m.group(1), null, rest);
    if ((m = CODE.matcher(first)).matches()) {
      return new HeadingToken(Syntax.CODE, m.group(1), List.of(Part.of(Integer.parseInt(m.group(2)))), rest);
    }
    if ((m = ROMAN.matcher(first)).matches() && first.length() > 2) {
      return new HeadingToken(Syntax.ROMAN, m.group(1), List.of(Part.of(roman(m.group(1)))), rest);
    }
    if ((m = LETTER.matcher(first)).matches()) {
      char c = Character.toLowerCase(m.group(1).charAt(0));
      return new HeadingToken(Syntax.LETTER, m.group(1), List.of(new Part(-1, c)), rest);
    }
    return null;
  }

  /** A heading numbered by a reference to the agenda below it ({@code (Item 4)}): {@code title} is its whole text. */
  public static HeadingToken referenced(String number, String title) {
    return numbered(Syntax.WORD, number, null, title);
  }

  private static String rest(String text, String first) {
    return text.startsWith(first) ? text.substring(first.length()).strip() : text;
  }

  private static HeadingToken numbered(Syntax syntax, String number, String letter, String rest) {
    List<Part> path = new ArrayList<>();
    String[] parts = number.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      int n = Integer.parseInt(parts[i]);
      boolean last = i == parts.length - 1;
      path.add(last && letter != null ? new Part(n, letter.charAt(0)) : Part.of(n));
    }
    String printed = letter == null ? number : number + " " + letter;
    return new HeadingToken(syntax, printed, path, rest == null ? "" : rest.strip());
  }

  private static int roman(String s) {
    String r = s.toUpperCase(Locale.ROOT);
    int total = 0;
    for (int i = 0; i < r.length(); i++) {
      int v = value(r.charAt(i));
      if (i + 1 < r.length() && v < value(r.charAt(i + 1))) total -= v;
      else total += v;
    }
    return total;
  }

  private static int value(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      default -> 0;
    };
  }

  /** Whether the identifier is the first of its kind: {@code 1}, {@code a}, {@code I}. */
  public boolean isFirst() {
    if (path.isEmpty()) return false;
    Part last = path.get(path.size() - 1);
    return last.isLetter() ? last.letter() == 'a' : last.number() == 1 && last.letter() == '\0';
  }

  /**
   * How this identifier may follow {@code previous} (the path of the heading before, parents first) in one outline:
   * the number of identifiers it skips ({@code 0} for the very next one), or -1 when it cannot follow. It follows as
   * the next sibling of {@code previous} or of one of its parents ({@code 6.13} then {@code 7}), as a first child
   * ({@code 6} then {@code 6.1}, {@code 1} then {@code a}), or as the next lettered part of one number ({@code 3 a}
   * then {@code 3 b}, {@code 2} then {@code 3 a}).
   */
  public static int follows(List<Part> previous, List<Part> next) {
    if (next.isEmpty() || previous.isEmpty()) return -1;
    // A first child one level deeper.
    if (next.size() == previous.size() + 1 && next.subList(0, previous.size()).equals(previous)) {
      return skipFromStart(next.get(next.size() - 1));
    }
    if (next.size() > previous.size()) return -1;
    int level = next.size() - 1;
    if (!next.subList(0, level).equals(previous.subList(0, level))) return -1;
    return step(previous.get(level), next.get(level));
  }

  /** Skips from the start of a list to {@code p}: 0 for 1 or a. */
  private static int skipFromStart(Part p) {
    if (p.isLetter()) return p.letter() - 'a';
    return p.letter() == '\0' || p.letter() == 'a' ? p.number() - 1 : -1;
  }

  private static int step(Part a, Part b) {
    if (a.isLetter() != b.isLetter()) return -1;
    if (a.isLetter()) return b.letter() > a.letter() ? b.letter() - a.letter() - 1 : -1;
    if (b.number() == a.number()) {
      if (a.letter() == '\0' || b.letter() == '\0') return -1;
      return b.letter() > a.letter() ? b.letter() - a.letter() - 1 : -1;
    }
    if (b.number() < a.number()) return -1;
    if (b.letter() != '\0' && b.letter() != 'a') return -1;
    return b.number() - a.number() - 1;
  }
}
