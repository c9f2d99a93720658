package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.ArrayList;
import java.util.List;

/** Lines made by hand for the recognisers' tests. */
public final class TestLines {
  private TestLines() {}

  /** A line of words set 5 points per character apart by single spaces; "|" marks a wide gap. */
  public static TextLine line(float y, float size, boolean bold, String text) {
    List<Word> words = new ArrayList<>();
    float x = 50;
    for (String cell : text.split("\\|")) {
      for (String w : cell.strip().split(" ")) {
        words.add(new Word(w, x, x + w.length() * 5, size, bold));
        x += w.length() * 5 + 3;
      }
      x += 60;
    }
    StringBuilder s = new StringBuilder();
    for (Word w : words) s.append(s.length() == 0 ? "" : " ").append(w.text());
    return new TextLine(1, 50, y, size, bold, words, s.toString());
  }

  /** A line whose first cell stands in the date column of {@code line}'s table rows. */
  public static TextLine indented(float y, String text) {
    TextLine row = line(y, 10, false, "ta fram en problembeskrivning | " + text);
    List<Word> words = row.words().subList(4, row.words().size());
    StringBuilder s = new StringBuilder();
    for (Word w : words) s.append(s.length() == 0 ? "" : " ").append(w.text());
    return new TextLine(1, words.get(0).x(), y, 10, false, words, s.toString());
  }

  public static final List<TextLine> BODY = List.of(line(100, 10, false, "Body text that fills the column to its right edge here"),
      line(112, 10, false, "and goes on."));
  public static final Layout LAYOUT = Layout.of(BODY);

}
