package dev.minutes.profile.export;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.segment.DueDate;
import dev.minutes.segment.Layout;
import dev.minutes.segment.TextJoin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lines of an actions section. Two layouts are known:
 * <ul>
 *   <li>below: the action's text on one or more lines, then a line with its due date and responsible
 *       person ({@code 12/3/2018 Lisa Andersson Lindberg});</li>
 *   <li>beside: one table row per action, text | due date | responsible, cells apart by wide gaps; a
 *       cell that wraps goes on in its own column, above or below the date (see {@link #parseBeside}). A line
 *       that opens with the date at the text's edge is the line below an action, whatever gaps it has.</li>
 * </ul>
 * The words for "not specified" stand for no date or no one.
 */
final class ActionParser {
  /**
   * An action before its date is resolved against the document's date order, and the words it was read from.
   * Two are equal when they read the same action, wherever its words stand.
   */
  record Raw(String text, DueDate due, String dueRaw, String responsible, int page,
             dev.minutes.provenance.ActionSpans spans) {
    Raw(String text, DueDate due, String dueRaw, String responsible, int page) {
      this(text, due, dueRaw, responsible, page, dev.minutes.provenance.ActionSpans.EMPTY);
    }

    Raw withSpans(dev.minutes.provenance.ActionSpans where) {
      return new Raw(text, due, dueRaw, responsible, page, where);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Raw r && java.util.Objects.equals(text, r.text) && java.util.Objects.equals(due, r.due)
          && java.util.Objects.equals(dueRaw, r.dueRaw) && java.util.Objects.equals(responsible, r.responsible)
          && page == r.page;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(text, due, dueRaw, responsible, page);
    }
  }

  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'’-]{0,80}");

  private final LabelSet labels;
  private final Layout layout;
  private final Pattern meta;

  /** Where the document's action tables have their date column, from all its action sections, or null. */
  private final Float documentColumn;

  ActionParser(LabelSet labels, Layout layout) {
    this(labels, layout, List.of());
  }

  /** {@code allActionLines}: every action section's lines, where a date column shows across sections. */
  ActionParser(LabelSet labels, Layout layout, List<TextLine> allActionLines) {
    this.labels = labels;
    this.layout = layout;
    this.documentColumn = dateColumnOf(allActionLines);
    String none = String.join("|", labels.notSpecified().stream().map(Pattern::quote).toList());
    this.meta = Pattern.compile("(?i)(" + DueDate.PATTERN + "|" + none + ")(?:\\s+(.+))?");
  }

  List<Raw> parse(List<TextLine> lines, List<String> problems) {
    Float own = dateColumnOf(lines);
    Float column = own != null ? own : documentColumn != null && hasDateAt(lines, documentColumn) ? documentColumn : null;
    if (column != null) return parseBeside(lines, problems, line -> Row.atColumn(line, this, column));
    boolean table = lines.stream().anyMatch(line -> Row.of(line, this) != null);
    return table ? parseBeside(lines, problems, line -> Row.of(line, this)) : parseBelow(lines, problems);
  }

  /**
   * A date column: dates that start at one x (within 1.5 points) on two lines or more, away from the text's
   * edge, in the section or across the document's action sections. It marks a table whose cells may stand as
   * close as words do (a text that fills its cell).
   */
  private boolean hasDateAt(List<TextLine> lines, float x) {
    for (TextLine line : lines) {
      for (int k = 1; k < line.words().size(); k++) {
        Word w = line.words().get(k);
        if (Math.abs(w.x() - x) <= 2 && DueDate.written(w.text())) return true;
      }
    }
    return false;
  }

  private Float dateColumnOf(List<TextLine> lines) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    java.util.Map<Integer, Float> xs = new java.util.HashMap<>();
    for (TextLine line : lines) {
      for (int k = 1; k < line.words().size(); k++) {
        Word w = line.words().get(k);
        if (!DueDate.written(w.text()) || w.x() < layout.leftEdge() + 4 * line.fontSize()) continue;
        int key = Math.round(w.x() / 3);
        counts.merge(key, 1, Integer::sum);
        xs.putIfAbsent(key, w.x());
      }
    }
    for (var e : counts.entrySet()) {
      int n = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
      if (n >= 2) return xs.get(e.getKey());
    }
    return null;
  }

  /**
   * The line's words grouped into cells: at wide gaps, or, for a table whose cells stand close (a word
   * processor's table, a fifth of a centimetre apart), at gaps clearly wider than the line's spaces, more than
   * 1.6 times its narrowest gap and at least 0.4 em.
   */
  private List<Cell> cells(TextLine line, boolean close) {
    if (!close) return cells(line);
    float narrowest = Float.MAX_VALUE;
    for (int i = 1; i < line.words().size(); i++) {
      float g = line.gapBefore(i);
      if (g > 0) narrowest = Math.min(narrowest, g);
    }
    float threshold = Math.max(narrowest * 1.6f, line.fontSize() * 0.4f);
    List<Cell> cells = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x = 0;
    List<Word> words = line.words();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && (line.gapBefore(i) > threshold || layout.isWideGap(line, i))) {
        cells.add(new Cell(TextJoin.normalise(text.toString()), x));
        text.setLength(0);
      }
      if (text.length() == 0) x = words.get(i).x();
      else text.append(' ');
      text.append(words.get(i).text());
    }
    cells.add(new Cell(TextJoin.normalise(text.toString()), x));
    return cells;
  }

  private List<Raw> parseBelow(List<TextLine> lines, List<String> problems) {
    List<Raw> actions = new ArrayList<>();
    String text = "";
    int page = -1;
    List<TextLine> textLines = new ArrayList<>();
    for (TextLine line : lines) {
      String s = TextJoin.normalise(line.text());
      var m = meta.matcher(s);
      if (m.matches() && (m.group(2) == null || isName(m.group(2)))) {
        if (text.isEmpty()) problems.add("an action's date and responsible person stand without its text: " + s);
        // The date's words open the line, the person's follow.
        int dueWords = Math.min(line.words().size(), m.group(1).strip().split("\\s+").length);
        var due = dev.minutes.provenance.Spans.words(line, line.words().subList(0, dueWords));
        var who = dev.minutes.provenance.Spans.words(line, line.words().subList(dueWords, line.words().size()));
        actions.add(action(text, m.group(1), m.group(2), page < 0 ? line.page() : page).withSpans(
            dev.minutes.provenance.ActionSpans.of(dev.minutes.provenance.Spans.lines(textLines), due, who)));
        text = "";
        page = -1;
        textLines.clear();
      } else if (!isColumnHeader(line)) {
        text = TextJoin.join(text, s);
        textLines.add(line);
        if (page < 0) page = line.page();
      }
    }
    if (!text.isEmpty()) {
      problems.add("an action has no due date or responsible person line: " + text);
      actions.add(new Raw(text, null, null, null, page,
          dev.minutes.provenance.ActionSpans.of(dev.minutes.provenance.Spans.lines(textLines), null, null)));
    }
    return actions;
  }

  /**
   * Table rows. A row is a block of lines apart from the next by more space than a wrapped cell's lines
   * have (or, in a table without that space, ended by the next line with a date); in the block, the line
   * with the date cell fixes the columns, wherever the cells are aligned (top, middle or bottom). Words left
   * of the date column are the action's text, words in the last column its responsible person.
   */
  private List<Raw> parseBeside(List<TextLine> lines, List<String> problems,
                                java.util.function.Function<TextLine, Row> rows) {
    List<List<TextLine>> blocks = new ArrayList<>();
    List<TextLine> block = null;
    TextLine previous = null;
    boolean blockHasRow = false;
    for (TextLine line : lines) {
      if (isColumnHeader(line)) continue;
      boolean row = rows.apply(line) != null;
      if (block == null || layout.isParagraphGap(previous, line) || row && blockHasRow) {
        block = new ArrayList<>();
        blocks.add(block);
        blockHasRow = false;
      }
      block.add(line);
      blockHasRow |= row;
      previous = line;
    }
    List<Raw> actions = new ArrayList<>();
    for (List<TextLine> b : blocks) {
      Row row = null;
      for (TextLine l : b) {
        if ((row = rows.apply(l)) != null) break;
      }
      String text = "", who = "";
      var textSpans = dev.minutes.provenance.Spans.EMPTY;
      var dueSpans = dev.minutes.provenance.Spans.EMPTY;
      var whoSpans = dev.minutes.provenance.Spans.EMPTY;
      for (TextLine l : b) {
        StringBuilder left = new StringBuilder(), right = new StringBuilder();
        List<Word> leftWords = new ArrayList<>(), dueWords = new ArrayList<>(), rightWords = new ArrayList<>();
        for (Word w : l.words()) {
          StringBuilder into = row == null || w.x() < row.dueX() - 2 ? left : w.x() >= row.responsibleX() - 2 ? right : null;
          (into == left ? leftWords : into == right ? rightWords : dueWords).add(w);
          if (into == null) continue;
          if (into.length() > 0) into.append(' ');
          into.append(w.text());
        }
        textSpans = textSpans.plus(dev.minutes.provenance.Spans.words(l, leftWords));
        dueSpans = dueSpans.plus(dev.minutes.provenance.Spans.words(l, dueWords));
        whoSpans = whoSpans.plus(dev.minutes.provenance.Spans.words(l, rightWords));
        text = TextJoin.join(text, TextJoin.normalise(left.toString()));
        who = TextJoin.join(who, TextJoin.normalise(right.toString()));
      }
      if (row == null) {
        // No date in the block: the action above goes on, or the text stands before any row.
        if (actions.isEmpty()) {
          problems.add("text in an action table belongs to no row: " + text);
        } else {
          Raw last = actions.remove(actions.size() - 1);
          actions.add(new Raw(TextJoin.join(last.text(), text), last.due(), last.dueRaw(), last.responsible(), last.page(),
              last.spans().withMoreText(textSpans)));
        }
        continue;
      }
      actions.add(action(text, row.due(), who.isEmpty() ? null : who, b.get(0).page()).withSpans(
          dev.minutes.provenance.ActionSpans.of(textSpans, dueSpans, whoSpans)));
    }
    return actions;
  }

  private Raw action(String text, String due, String responsible, int page) {
    String dueRaw = isNotSpecified(due) ? null : due;
    String who = responsible == null || isNotSpecified(responsible) ? null : responsible.strip();
    return new Raw(text, dueRaw == null ? null : DueDate.parse(dueRaw), dueRaw, who, page);
  }

  boolean isNotSpecified(String s) {
    return s != null && LabelSet.isLabel(s, labels.notSpecified());
  }

  private static boolean isName(String s) {
    return NAME.matcher(s.strip()).matches() && s.strip().split("\\s+").length <= 6;
  }

  private boolean isDateCell(String s) {
    return DueDate.written(s) || isNotSpecified(s);
  }

  /** A line whose cells are all action-table column titles. */
  private boolean isColumnHeader(TextLine line) {
    List<String> cells = cells(line).stream().map(Cell::text).toList();
    return cells.size() >= 2 && cells.stream().allMatch(c -> LabelSet.isLabel(c, labels.actionColumns()));
  }

  record Cell(String text, float x) {}

  /** The line's words grouped into cells at wide gaps. */
  List<Cell> cells(TextLine line) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x = 0;
    List<Word> words = line.words();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && layout.isWideGap(line, i)) {
        cells.add(new Cell(TextJoin.normalise(text.toString()), x));
        text.setLength(0);
      }
      if (text.length() == 0) x = words.get(i).x();
      else text.append(' ');
      text.append(words.get(i).text());
    }
    cells.add(new Cell(TextJoin.normalise(text.toString()), x));
    return cells;
  }

  /** A table row's line: its date (or not-specified) cell, and where the date and the last column start. */
  private record Row(String due, float dueX, float responsibleX) {
    /** A row whose cells stand apart by wide gaps, else by gaps clearly wider than the line's spaces. */
    static Row of(TextLine line, ActionParser p) {
      Row row = of(line, p, p.cells(line, false));
      if (row != null && DueDate.written(row.due())) return row;
      Row close = of(line, p, p.cells(line, true));
      return close != null && DueDate.written(close.due()) ? close : row != null ? row : close;
    }

    /** A row of a table whose date column starts at {@code dueX}: the date (or "not specified") there, the person after it. */
    static Row atColumn(TextLine line, ActionParser p, float dueX) {
      List<Word> words = line.words();
      for (int k = 0; k < words.size(); k++) {
        if (Math.abs(words.get(k).x() - dueX) > 2) continue;
        int end = k + 1;
        String due = words.get(k).text();
        if (!DueDate.written(due)) {
          while (end < words.size() && !p.isNotSpecified(due)) due = due + " " + words.get(end++).text();
          if (!p.isNotSpecified(due)) return null;
        }
        float whoX = end < words.size() ? words.get(end).x() : Float.MAX_VALUE;
        return new Row(due, dueX, whoX);
      }
      return null;
    }

    private static Row of(TextLine line, ActionParser p, List<Cell> cells) {
      // A date may open the line only when it stands in a column of its own, away from the text's edge
      // (a cell centred beside a text that wraps); at the text's edge it is the line below an action.
      boolean dateColumnFirst = cells.get(0).x() > p.layout.leftEdge() + 4 * line.fontSize();
      if (cells.size() < 2 && !dateColumnFirst) return null;
      // A date (or "not specified") opening the line at the text's edge makes it the line below an action,
      // its person apart by a wide gap as two cells would be: no row of a table.
      if (!dateColumnFirst && p.isDateCell(cells.get(0).text())) return null;
      for (int k = dateColumnFirst ? 0 : 1; k < cells.size(); k++) {
        if (!p.isDateCell(cells.get(k).text())) continue;
        String who = k + 1 < cells.size()
            ? String.join(" ", cells.subList(k + 1, cells.size()).stream().map(Cell::text).toList()) : null;
        float whoX = k + 1 < cells.size() ? cells.get(k + 1).x() : Float.MAX_VALUE;
        if (who != null && !p.isNotSpecified(who) && !isName(who)) return null;
        return new Row(cells.get(k).text(), cells.get(k).x(), whoX);
      }
      return null;
    }
  }
}
