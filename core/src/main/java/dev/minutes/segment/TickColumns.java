package dev.minutes.segment;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A list of ticked boxes in columns ({@code [X] Haverinen Emilia, ordförande    [ ] Palm Maria}). Rules: each box
 * opens an entry that runs to the next box; entries are read column by column, left to right, each top to
 * bottom, as a reader reads them; a column headed {@code ersättare} (substitutes) makes a ticked entry a
 * substitute who attended and an unticked one absent; in other columns a ticked entry is present.
 */
public final class TickColumns {
  private TickColumns() {}

  private record Cell(float x, int row, boolean ticked, String text) {}

  /** Whether two lines or more of {@code lines} hold boxes. */
  public static boolean applies(List<TextLine> lines) {
    return lines.stream().filter(l -> boxesJoined(l.words()).stream().anyMatch(w -> isBox(w.text()))).count() >= 2;
  }

  /** An empty box drawn as two words, "[" and "]", as one. */
  private static List<Word> boxesJoined(List<Word> words) {
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.text().equals("[") && i + 1 < words.size() && words.get(i + 1).text().equals("]")) {
        out.add(new Word("[ ]", w.x(), words.get(i + 1).endX(), w.fontSize(), w.bold(), w.y()));
        i++;
      } else {
        out.add(w);
      }
    }
    return out;
  }

  public static List<ParticipantList.Entry> entries(List<TextLine> lines, String tickedAttendance) {
    List<Cell> cells = new ArrayList<>();
    List<float[]> substituteHeads = new ArrayList<>();
    List<float[]> otherHeads = new ArrayList<>();
    for (int r = 0; r < lines.size(); r++) {
      TextLine line = lines.get(r);
      List<Word> words = boxesJoined(line.words());
      if (words.stream().noneMatch(w -> isBox(w.text()))) {
        for (Word w : words) {
          String t = w.text().toLowerCase(Locale.ROOT);
          (t.startsWith("ersättare") || t.startsWith("ersätare") ? substituteHeads : otherHeads).add(new float[] {w.x()});
        }
        continue;
      }
      Word box = null;
      StringBuilder text = new StringBuilder();
      for (Word w : words) {
        if (isBox(w.text())) {
          if (box != null) cells.add(new Cell(box.x(), r, ticked(box.text()), text.toString().strip()));
          box = w;
          text.setLength(0);
        } else if (box != null) {
          text.append(' ').append(w.text());
        }
      }
      if (box != null) cells.add(new Cell(box.x(), r, ticked(box.text()), text.toString().strip()));
    }
    // Columns: boxes whose x lie within a few points of each other.
    List<Float> columns = new ArrayList<>();
    for (Cell c : cells) {
      if (columns.stream().noneMatch(x -> Math.abs(x - c.x()) < 8)) columns.add(c.x());
    }
    columns.sort(Comparator.naturalOrder());
    List<Cell> ordered = new ArrayList<>(cells);
    ordered.sort(Comparator.<Cell>comparingInt(c -> column(columns, c.x())).thenComparingInt(Cell::row));
    List<ParticipantList.Entry> out = new ArrayList<>();
    for (Cell c : ordered) {
      boolean substitutes = nearestHeadIsSubstitute(c.x(), substituteHeads, otherHeads);
      String attendance = !c.ticked() ? Participant.ABSENT : substitutes ? Participant.SUBSTITUTE : tickedAttendance;
      out.addAll(ParticipantList.parse(List.of(c.text()), attendance, null));
    }
    return out;
  }

  private static int column(List<Float> columns, float x) {
    for (int i = 0; i < columns.size(); i++) if (Math.abs(columns.get(i) - x) < 8) return i;
    return columns.size();
  }

  private static boolean nearestHeadIsSubstitute(float x, List<float[]> substitutes, List<float[]> others) {
    float best = Float.MAX_VALUE;
    boolean substitute = false;
    for (float[] h : substitutes) if (Math.abs(h[0] - x) < best) { best = Math.abs(h[0] - x); substitute = true; }
    for (float[] h : others) if (Math.abs(h[0] - x) < best) { best = Math.abs(h[0] - x); substitute = false; }
    return substitute && best < 60;
  }

  private static boolean isBox(String word) {
    return word.matches("\\[\\s*[xX✓✔]?\\s*\\]|[☒☑☐]");
  }

  private static boolean ticked(String box) {
    return box.matches(".*[xX✓✔☒☑].*");
  }
}
