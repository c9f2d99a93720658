package dev.minutes.segment;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.provenance.Spans;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A right-hand column of initials beside the minutes' text (an "Action" column). Rule: a line that is only a
 * column title ({@code Action}, {@code Ansvarig}) standing in the right third of the text, or a row of column
 * titles ending in one ({@code Punkt Vad Ansvar}), marks the column;
 * from there on, words that start at or right of the title belong to the column, not the text. Column words
 * on a line of their own go with the next text line.
 */
public final class SideColumn {
  private static final Set<String> TITLES = Set.of("action", "actions", "action by", "by whom", "who", "ansvar",
      "ansvarig", "ansvariga", "verantwortlich", "wer");
  /** Titles of the other columns of such a table ({@code Punkt | Vad | Ansvar}). */
  private static final Set<String> OTHER_TITLES = Set.of("punkt", "vad", "ärende", "nr", "item", "minute", "minutes",
      "discussion", "beskrivning", "text", "top", "beschluss", "no", "no.", "§");

  private final List<TextLine> lines;
  private final Map<TextLine, Beside> side;
  private final float columnX;
  private final int start;

  /** Text beside a line (a side column's, or an action line's after it), and the words it was read from. */
  public record Beside(String text, Spans words) {}

  private SideColumn(List<TextLine> lines, Map<TextLine, Beside> side, float columnX, int start) {
    this.lines = List.copyOf(lines);
    this.side = side;
    this.columnX = columnX;
    this.start = start;
  }

  /** Where the column starts (NaN without one). */
  public float columnX() {
    return columnX;
  }

  /** The index in {@link #lines()} of the first line below the column's title (0 without one). */
  public int start() {
    return start;
  }

  /** The text lines without the column's words. */
  public List<TextLine> lines() {
    return lines;
  }

  /** The column's text beside {@code line}, or null. */
  public String beside(TextLine line) {
    Beside b = side.get(line);
    return b == null ? null : b.text();
  }

  /** The column's text beside {@code line} and its words, or null. */
  public Beside besideWithWords(TextLine line) {
    return side.get(line);
  }

  public boolean isEmpty() {
    return side.isEmpty();
  }

  public static SideColumn of(List<TextLine> input) {
    float right = 0;
    for (TextLine l : input) right = Math.max(right, l.words().get(l.words().size() - 1).endX());
    int start = -1;
    float columnX = Float.NaN;
    for (int i = 0; i < input.size(); i++) {
      TextLine l = input.get(i);
      Word last = l.words().get(l.words().size() - 1);
      boolean titleRow = l.words().size() > 1 && l.words().subList(0, l.words().size() - 1).stream()
          .allMatch(w -> OTHER_TITLES.contains(LabelSet.key(w.text())));
      if ((TITLES.contains(LabelSet.key(l.text())) || titleRow && TITLES.contains(LabelSet.key(last.text())))
          && last.x() > right * 0.66f) {
        start = i;
        columnX = last.x() - 4;
        break;
      }
    }
    Map<TextLine, Beside> side = new IdentityHashMap<>();
    if (start < 0) return new SideColumn(input, side, Float.NaN, 0);
    List<TextLine> out = new ArrayList<>(input.subList(0, start));
    String pending = null;
    Spans pendingWords = Spans.EMPTY;
    for (int i = start + 1; i < input.size(); i++) {
      TextLine l = input.get(i);
      List<Word> left = new ArrayList<>(), inColumn = new ArrayList<>();
      for (Word w : l.words()) (w.x() >= columnX ? inColumn : left).add(w);
      String columnText = inColumn.isEmpty() ? null : String.join(" ", inColumn.stream().map(Word::text).toList());
      if (columnText != null && TITLES.contains(LabelSet.key(columnText)) && left.isEmpty()) continue;
      if (left.isEmpty()) {
        pending = pending == null ? columnText : pending + " " + columnText;
        pendingWords = pendingWords.plus(Spans.words(l, inColumn));
        continue;
      }
      TextLine kept = inColumn.isEmpty() ? l : line(l, left);
      String beside = pending == null ? columnText : columnText == null ? pending : pending + " " + columnText;
      if (beside != null) side.put(kept, new Beside(beside, pendingWords.plus(Spans.words(l, inColumn))));
      pending = null;
      pendingWords = Spans.EMPTY;
      out.add(kept);
    }
    return new SideColumn(out, side, columnX, start);
  }

  private static TextLine line(TextLine l, List<Word> words) {
    StringBuilder s = new StringBuilder();
    for (Word w : words) s.append(s.length() == 0 ? "" : " ").append(w.text());
    return new TextLine(l.page(), words.get(0).x(), l.y(), l.fontSize(), l.bold(), words, s.toString());
  }
}
