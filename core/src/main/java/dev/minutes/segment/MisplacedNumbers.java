package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back item numbers that a two-column layout printed on another baseline than their title. Rule: a line
 * that opens with a bare item number standing left of the text column, alone or beside the first line of the
 * item's text, right under a heading-styled line that starts in the text column and carries no number, is that
 * heading's number: the number joins the heading, and the rest of its line stays text.
 */
public final class MisplacedNumbers {
  private MisplacedNumbers() {}

  public static List<TextLine> repair(List<TextLine> lines, Layout layout) {
    List<TextLine> out = new ArrayList<>(lines);
    for (int i = 1; i < out.size(); i++) {
      TextLine line = out.get(i), above = out.get(i - 1);
      Word number = line.words().get(0);
      if (ItemNumber.parse(number.text()) == null || !number.text().endsWith(".")) continue;
      if (above.page() != line.page() || line.y() - above.y() > layout.pitch() * 1.6f + 1) continue;
      if (!layout.isStyled(above) || ItemNumber.parse(above.words().get(0).text()) != null) continue;
      if (number.x() > above.x() - 15) continue;
      boolean alone = line.words().size() == 1;
      boolean beside = !alone && line.words().get(1).x() >= above.x() - 3;
      if (!alone && !beside) continue;
      out.set(i - 1, withNumber(above, number));
      if (alone) {
        out.remove(i);
      } else {
        out.set(i, without(line));
      }
    }
    return out;
  }

  private static TextLine withNumber(TextLine heading, Word number) {
    List<Word> words = new ArrayList<>();
    words.add(new Word(number.text(), number.x(), number.endX(), heading.fontSize(), heading.bold(),
        Float.isNaN(number.y()) ? heading.y() : number.y()));
    words.addAll(heading.words());
    return new TextLine(heading.page(), number.x(), heading.y(), heading.fontSize(), heading.bold(), words,
        number.text() + " " + heading.text());
  }

  private static TextLine without(TextLine line) {
    List<Word> words = line.words().subList(1, line.words().size());
    StringBuilder s = new StringBuilder();
    for (Word w : words) s.append(s.length() == 0 ? "" : " ").append(w.text());
    return new TextLine(line.page(), words.get(0).x(), line.y(), line.fontSize(), line.bold(), words, s.toString());
  }
}
