package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a section's lines into paragraphs. A line starts a new paragraph when there is extra space
 * above it, when the line before it ended early (a hard break), when its style differs from the line
 * before, or when it is a list item. Across a page break there is no space to measure: a new paragraph
 * starts there when the line before ended early, or when it ended short of the right edge with closing
 * punctuation ({@code .}, {@code )}, {@code :} …) and the new line starts with a capital, as list lines cut by
 * a break do in the seed; a line that ends in a plain word goes on;
 * otherwise the paragraph cut by the break is joined again. A sub-heading in the text's weight with no space
 * above it is a paragraph of its own (see {@link #isSubheading}), and so is each line of an enumeration that opens
 * with one word and the next number ({@code Forderung 1 …}, {@code Forderung 2 …}) or the next letter ({@code b.}
 * after {@code a.}).
 */
public final class Paragraphs {
  private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile("[.!?:;)\\]\"”’]$");

  private Paragraphs() {}

  public static List<String> of(List<TextLine> lines, Layout layout) {
    List<String> paragraphs = new ArrayList<>();
    for (List<TextLine> block : blocks(lines, layout)) paragraphs.add(text(block));
    return paragraphs;
  }

  /** The lines of each paragraph, by the same rules. */
  public static List<List<TextLine>> blocks(List<TextLine> lines, Layout layout) {
    List<List<TextLine>> blocks = new ArrayList<>();
    List<TextLine> current = null;
    TextLine previous = null;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      String text = TextJoin.normalise(line.text());
      if (text.isEmpty()) continue;
      TextLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (current == null || startsParagraph(previous, line, text, layout) || isSubheading(previous, line, text, next, layout)
          || continuesEnumeration(current.get(0), text)) {
        current = new ArrayList<>();
        blocks.add(current);
      }
      current.add(line);
      previous = line;
    }
    return blocks;
  }

  /** A paragraph's text: its lines normalised and joined. */
  public static String text(List<TextLine> block) {
    return text(block, false);
  }

  /** As above; {@code hyphenated}: see {@link TextJoin#join(String, String, boolean)}. */
  public static String text(List<TextLine> block, boolean hyphenated) {
    String current = "";
    for (TextLine line : block) current = TextJoin.join(current, TextJoin.normalise(line.text()), hyphenated);
    return current;
  }

  /** A lettered list item's marker ({@code a.}, {@code b)}) opening a line. */
  private static final java.util.regex.Pattern LETTERED = java.util.regex.Pattern.compile("^([a-z])[.)]\\s+\\S");

  private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("^(\\p{L}+) (\\d{1,3})\\b");

  /**
   * A line opening with the next item of the enumeration the paragraph opened: the same word and the next number
   * ("Forderung 2" after "Forderung 1"), or the next letter ("b." after "a.").
   */
  private static boolean continuesEnumeration(TextLine paragraphStart, String text) {
    // The line's own opening is looked at first: most lines open neither way, and the paragraph's start is
    // then not read again.
    boolean lettered = text.length() > 2 && text.charAt(0) >= 'a' && text.charAt(0) <= 'z'
        && (text.charAt(1) == '.' || text.charAt(1) == ')');
    int space = text.indexOf(' ');
    boolean counted = space > 0 && space + 1 < text.length() && text.charAt(space + 1) >= '0' && text.charAt(space + 1) <= '9';
    if (!lettered && !counted) return false;
    String start = TextJoin.normalise(paragraphStart.text());
    var letterA = LETTERED.matcher(start);
    var letterB = LETTERED.matcher(text);
    if (lettered && letterA.find() && letterB.find() && letterA.group(1).length() == 1 && letterB.group(1).length() == 1
        && letterB.group(1).charAt(0) == letterA.group(1).charAt(0) + 1) {
      return true;
    }
    var a = COUNTED.matcher(start);
    var b = COUNTED.matcher(text);
    return counted && a.find() && b.find() && a.group(1).equals(b.group(1))
        && Integer.parseInt(b.group(2)) == Integer.parseInt(a.group(2)) + 1;
  }

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?:]$");
  private static final java.util.regex.Pattern OPEN_END = java.util.regex.Pattern.compile("[.,;:!?]$");

  /**
   * A sub-heading in the text's own weight with no space above it: a short line (the next line's first word
   * would have fitted on it) of a few words, with running text after it (no list item) that starts with a capital and ends without
   * punctuation or a parenthesis it did not open, after a line that ends a sentence.
   */
  private static boolean isSubheading(TextLine previous, TextLine line, String text, TextLine next, Layout layout) {
    return previous.page() == line.page() && SENTENCE_END.matcher(previous.text().strip()).find()
        && Character.isUpperCase(text.codePointAt(0)) && !OPEN_END.matcher(text).find() && line.words().size() <= 8
        && !(text.indexOf(')') >= 0 && text.indexOf('(') < 0)
        && next != null && next.page() == line.page() && layout.isHardBreak(line, next) && layout.sameStyle(previous, line)
        && !TextJoin.isBullet(TextJoin.normalise(next.text())) && !LETTERED.matcher(TextJoin.normalise(next.text())).find();
  }

  private static boolean startsParagraph(TextLine previous, TextLine line, String text, Layout layout) {
    boolean pageBreak = previous.page() != line.page();
    return layout.isParagraphGap(previous, line)
        || layout.isHardBreak(previous, line)
        || pageBreak && Character.isUpperCase(text.codePointAt(0)) && !layout.isFull(previous)
            && CLOSED.matcher(previous.text()).find()
        || !layout.sameStyle(previous, line) && !sizeSlip(previous, line, text)
        || TextJoin.isBullet(text);
  }

  /**
   * A line a point or so larger or smaller than the one it carries on, in the same weight and in lower case: the
   * word processor's slip, not a change of style (the lines above and below already wrap into each other).
   */
  private static boolean sizeSlip(TextLine previous, TextLine line, String text) {
    return previous.bold() == line.bold() && Math.abs(previous.fontSize() - line.fontSize()) <= 1.5f
        && Character.isLowerCase(text.codePointAt(0));
  }
}
