package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an agenda item's heading in the number syntaxes of a family ({@link NumberSyntax}). Rules:
 * <ul>
 *   <li>the number must fit the numbering so far ({@link ItemNumber#stepFrom}); the first {@code §} number may be
 *       any, since paragraph numbers run on through a body's year;</li>
 *   <li>a line in a table of contents (dot leaders, or a page number after a wide gap) is no heading;</li>
 *   <li>a heading set in a heading style (bold or larger) is accepted on its number; a plain line only where it
 *       starts no further right than the headings before it (an indented numbered line is a list in the item),
 *       its title starts with a capital, and it is the exact next number (or a first sub-item numbered
 *       {@code .2}, the unnumbered text above it standing for {@code .1});</li>
 *   <li>a top-level heading in bold capitals may repeat the last number or go back up to three (a typing slip:
 *       {@code 3. TREASURER’S REPORT} after {@code 4. LIAISON REPORT}); its printed number stands;</li>
 *   <li>a number printed against its title ({@code 10.10.Attraktiv}) is split after its last dot;</li>
 *   <li>a lone {@code &}, {@code 8} or {@code $} before a dotted number is a § that OCR misread ({@code & 1.
 *       Stämmans öppnande}, {@code 8 7. Fråga om kallelse}).</li>
 * </ul>
 */
public final class NumberedHeading {
  /** A heading: its number, its title, the title's left edge and how far the number jumps. */
  public record Match(ItemNumber number, String title, NumberSyntax syntax, float titleX, int step) {}

  private static final Pattern SIGN_FIRST = Pattern.compile("^§\\s*(\\d{1,4}(?:\\.\\d{1,3}){0,3})\\.?(?:\\s+|$)(.*)$");
  private static final Pattern SIGN_AFTER = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3}){0,3})\\s*§(?:\\s+|$)(.*)$");
  private static final Pattern GLUED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.)(\\p{Lu}.*)$");
  private static final Pattern PAREN = Pattern.compile("^(\\d{1,3})\\)$");
  private static final Pattern WORD = Pattern.compile(
      "(?i)^(?:item|punkt|top|traktandum|tagesordnungspunkt|ärende|agenda item)\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,3})[.:]?(?:\\s+|$)(.*)$");
  private static final Pattern TIME_SLOT = Pattern.compile(
      "^(?::\\d{1,2}|\\d{1,2}:\\d{2})\\s*[-–—]\\s*(?::?\\d{1,2}:?|\\d{1,2}:\\d{2})\\s+(.+)$");
  /** What OCR makes of a paragraph sign (§) standing alone before a number. */
  private static final Pattern OCR_SIGN = Pattern.compile("[&8$§]");
  private static final Pattern LEADERS = Pattern.compile("\\.{4,}|…{2,}|(?:\\. ){4,}|_{4,}");

  private NumberedHeading() {}

  /**
   * The heading {@code line} opens, or null. {@code current} is the last item's number (null before the first),
   * {@code headingX} the left edge of the headings so far (NaN before the first).
   */
  public static Match match(TextLine line, ItemNumber current, float headingX, Layout layout, Set<NumberSyntax> syntaxes) {
    String text = line.text().strip();
    if (text.isEmpty() || LEADERS.matcher(text).find() || endsWithPageNumber(line, layout)) return null;
    Match m = parse(line, syntaxes);
    if (m == null) return null;
    if (m.syntax() == NumberSyntax.TIME_SLOT) return m;
    int step = m.number().stepFrom(current);
    if (current == null && m.syntax() == NumberSyntax.PARAGRAPH_SIGN && m.number().level() == 1) step = 1;
    boolean aligned = Float.isNaN(headingX) ? line.x() <= layout.leftEdge() + 3 : line.x() <= headingX + 3;
    if (step < 1 && misnumbered(line, m, current) && aligned) step = 1;
    if (step < 1 || step > 20) return null;
    boolean styled = layout.isStyled(line) || leadingBold(line) > 0;
    boolean capital = !m.title().isEmpty() && (Character.isUpperCase(m.title().codePointAt(0))
        || Character.isDigit(m.title().codePointAt(0)) || !Character.isLetter(m.title().codePointAt(0)));
    boolean accepted = switch (m.syntax()) {
      case PARAGRAPH_SIGN, WORD -> (styled || aligned) && (capital || m.title().isEmpty());
      default -> styled || aligned && capital && (step == 1 || step == 2 && m.number().level() > 1
          && current != null && current.level() < m.number().level());
    };
    return accepted ? new Match(m.number(), m.title(), m.syntax(), m.titleX(), step) : null;
  }

  /**
   * A heading whose number repeats or goes back a little ({@code 3. TREASURER’S REPORT} after {@code 4. LIAISON
   * REPORT}): a top-level number, set in bold capitals, at most three behind the last. The printed number stands.
   */
  private static boolean misnumbered(TextLine line, Match m, ItemNumber current) {
    if (current == null || m.number().level() != 1 || !line.bold() || m.title().length() < 4) return false;
    int back = current.parts().get(0) - m.number().parts().get(0);
    String letters = m.title().replaceAll("[^\\p{L}]", "");
    return back >= 0 && back <= 3 && !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
  }

  /** The number and title {@code line} starts with in one of {@code syntaxes}, without judging its place. */
  static Match parse(TextLine line, Set<NumberSyntax> syntaxes) {
    String text = line.text().strip();
    List<Word> words = line.words();
    Matcher m;
    if (syntaxes.contains(NumberSyntax.PARAGRAPH_SIGN)) {
      if ((m = SIGN_FIRST.matcher(text)).matches() || (m = SIGN_AFTER.matcher(text)).matches()) {
        return new Match(ItemNumber.parse(m.group(1)), m.group(2).strip(), NumberSyntax.PARAGRAPH_SIGN,
            titleX(line, m.group(2)), 1);
      }
    }
    if (syntaxes.contains(NumberSyntax.WORD) && (m = WORD.matcher(text)).matches()) {
      return new Match(ItemNumber.parse(m.group(1)), m.group(2).strip(), NumberSyntax.WORD, titleX(line, m.group(2)), 1);
    }
    if (syntaxes.contains(NumberSyntax.TIME_SLOT) && (m = TIME_SLOT.matcher(text)).matches()) {
      return new Match(null, m.group(1).strip(), NumberSyntax.TIME_SLOT, titleX(line, m.group(1)), 1);
    }
    String token = words.get(0).text();
    if (words.size() > 2 && OCR_SIGN.matcher(token).matches() && syntaxes.contains(NumberSyntax.DOTTED)) {
      // "& 1. Stämmans öppnande", "8 7. Fråga om …": a § read by OCR as another glyph, before a dotted number.
      ItemNumber n = ItemNumber.parse(words.get(1).text());
      if (n != null && words.get(1).text().endsWith(".")) {
        return new Match(n, rest(words, 2), NumberSyntax.DOTTED, words.get(2).x(), 1);
      }
    }
    if (syntaxes.contains(NumberSyntax.PARENTHESIS) && (m = PAREN.matcher(token)).matches() && words.size() > 1) {
      return new Match(ItemNumber.parse(m.group(1)), rest(words, 1), NumberSyntax.PARENTHESIS, words.get(1).x(), 1);
    }
    if (syntaxes.contains(NumberSyntax.DOTTED)) {
      ItemNumber n = ItemNumber.parse(token);
      if (n != null && (token.endsWith(".") || n.level() > 1 || words.size() > 1 && layoutGap(line))) {
        return new Match(n, rest(words, 1), NumberSyntax.DOTTED, words.size() > 1 ? words.get(1).x() : line.x(), 1);
      }
      if ((m = GLUED.matcher(token)).matches()) {
        String first = m.group(2);
        String title = words.size() > 1 ? first + " " + rest(words, 1) : first;
        return new Match(ItemNumber.parse(m.group(1)), title, NumberSyntax.DOTTED, Float.NaN, 1);
      }
    }
    return null;
  }

  /** A number without a dot must stand apart from its title by more than a space. */
  private static boolean layoutGap(TextLine line) {
    return line.gapBefore(1) > line.fontSize() * 0.9f;
  }

  /** How many words open the line in bold while the line as a whole is not. */
  public static int leadingBold(TextLine line) {
    if (line.bold()) return 0;
    int n = 0;
    while (n < line.words().size() && line.words().get(n).bold()) n++;
    return n == line.words().size() ? 0 : n;
  }

  private static String rest(List<Word> words, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < words.size(); i++) b.append(i == from ? "" : " ").append(words.get(i).text());
    return b.toString();
  }

  private static float titleX(TextLine line, String title) {
    String t = title.strip();
    if (t.isEmpty()) return line.x();
    String first = t.split("\\s+")[0];
    for (Word w : line.words()) if (w.text().equals(first)) return w.x();
    return line.x();
  }

  /** A table of contents line: its last word a page number standing apart. */
  private static boolean endsWithPageNumber(TextLine line, Layout layout) {
    List<Word> w = line.words();
    int last = w.size() - 1;
    return last >= 2 && w.get(last).text().matches("\\d{1,3}") && layout.isWideGap(line, last)
        && w.get(last).x() > layout.rightEdge() - 60;
  }

  /** The numbers of a list of matches, for tests. */
  static List<String> numbers(List<Match> matches) {
    List<String> out = new ArrayList<>();
    for (Match m : matches) out.add(m.number() == null ? "" : m.number().toString());
    return out;
  }
}
