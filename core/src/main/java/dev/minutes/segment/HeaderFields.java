package dev.minutes.segment;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the labelled fields of a meeting's header. Rules:
 * <ul>
 *   <li>a line opens a field when its first words are a header label followed by a colon or semicolon, a wide
 *       gap, or nothing ({@code Plats: Rex}, {@code Date        24 January 2013}, {@code Närvarande} alone);</li>
 *   <li>the field's value goes on over the lines below that carry no label, while they stand close (no more than
 *       1.8 line pitches apart, the first under a label alone 2.5 where a block of lines starts there) and either
 *       start where the value started, follow a line ending in a comma, or
 *       carry on a line that wrapped (their first word would not have fitted on it); a label alone takes the lines
 *       below it up to the next label, heading-styled line or wider gap;</li>
 *   <li>a list label may follow a word or two of its own ({@code TAB Members:}) when a colon ends it;</li>
 *   <li>lines that open no field are left for the caller (title, free text).</li>
 * </ul>
 */
public final class HeaderFields {
  /** One field as read: its kind, its value lines, and the line that opened it. */
  public record Value(HeaderField field, List<String> lines, TextLine labelLine, List<TextLine> sources) {
    public Value(HeaderField field, List<String> lines, TextLine labelLine) {
      this(field, lines, labelLine, List.of());
    }

    /** The words the value was read from: its lines, else the line that opened it. */
    public dev.minutes.provenance.Spans where() {
      return sources.isEmpty() ? dev.minutes.provenance.Spans.line(labelLine) : dev.minutes.provenance.Spans.lines(sources);
    }

    public String joined() {
      return lines.stream().map(String::strip).reduce("", TextJoin::join);
    }
  }

  /** All fields in order, and the header lines that opened none. */
  public record Result(List<Value> values, List<TextLine> other) {
    public Value first(HeaderField f) {
      return values.stream().filter(v -> v.field() == f).findFirst().orElse(null);
    }
  }

  private HeaderFields() {}

  public static Result read(List<TextLine> lines, Vocabulary vocabulary, Layout layout) {
    List<Value> values = new ArrayList<>();
    List<TextLine> other = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      TextLine line = lines.get(i);
      Label label = label(line, vocabulary, layout);
      if (label == null && i + 1 < lines.size()) {
        // A label wrapped in a narrow label column: "Außerdem Frank Ott, …" over "anwesend:".
        label = wrappedLabel(line, lines.get(i + 1), vocabulary, layout);
        if (label != null) lines = withoutLine(lines, i + 1);
      }
      if (label == null) {
        other.add(line);
        i++;
        continue;
      }
      List<String> value = new ArrayList<>();
      List<TextLine> sources = new ArrayList<>();
      if (!label.rest().isEmpty()) {
        value.add(label.rest());
        float from = label.valueX() - 0.5f;
        List<dev.minutes.extract.Word> after = line.words().stream().filter(w -> w.x() >= from).toList();
        if (!after.isEmpty()) {
          StringBuilder t = new StringBuilder();
          for (var w : after) t.append(t.length() == 0 ? "" : " ").append(w.text());
          sources.add(new TextLine(line.page(), after.get(0).x(), line.y(), line.fontSize(), line.bold(), after, t.toString()));
        }
      }
      TextLine previous = line;
      i++;
      while (i < lines.size()) {
        TextLine next = lines.get(i);
        // A line in the value's own column goes on with the value, even where its first word is a label's.
        boolean inValueColumn = !label.rest().isEmpty() && Math.abs(next.x() - label.valueX()) < 3
            && next.x() > line.x() + 10;
        if (!inValueColumn && label(next, vocabulary, layout) != null) break;
        boolean close = next.page() == previous.page() && next.y() - previous.y() < layout.pitch() * 1.8f + 1;
        // Under a label standing alone, a block of lines may start lower: up to 2.5 pitches, where a line follows
        // it at the usual pitch.
        if (!close && value.isEmpty() && label.rest().isEmpty() && next.page() == previous.page()
            && next.y() - previous.y() < layout.pitch() * 2.5f + 1 && i + 1 < lines.size()
            && lines.get(i + 1).page() == next.page() && lines.get(i + 1).y() - next.y() < layout.pitch() * 1.3f + 1) {
          close = true;
        }
        if (!close) break;
        boolean continues;
        if (label.rest().isEmpty()) {
          continues = !(layout.isStyled(next) && !layout.isStyled(line));
        } else {
          String prev = previous.text().strip();
          continues = Math.abs(next.x() - label.valueX()) < 3 || prev.endsWith(",") || !layout.isHardBreak(previous, next);
        }
        if (!continues) break;
        value.add(next.text());
        sources.add(next);
        previous = next;
        i++;
      }
      // A second label on the line after a wide gap ("Datum: 2023-03-05   Plats: Klubbstugan") opens its own field.
      if (!value.isEmpty()) {
        Second second = secondLabel(line, label, vocabulary, layout);
        if (second != null) {
          String first = value.get(0);
          value.set(0, first.substring(0, Math.max(0, first.length() - second.whole().length())).strip());
          values.add(new Value(label.field(), value, line));
          values.add(new Value(second.field(), List.of(second.rest()), line));
          continue;
        }
      }
      values.add(new Value(label.field(), value, line, sources));
    }
    return new Result(values, other);
  }

  private record Label(HeaderField field, String rest, float valueX) {}

  /** A second label inside a line: its field, its value, and the text from the label on, as the line has it. */
  private record Second(HeaderField field, String rest, String whole) {}

  /** The label whose first word opens {@code line} and whose last word stands alone on {@code next}, or null. */
  private static Label wrappedLabel(TextLine line, TextLine next, Vocabulary vocabulary, Layout layout) {
    if (next.words().size() != 1 || !next.text().endsWith(":") || Math.abs(next.x() - line.x()) > 2
        || next.page() != line.page() || next.y() - line.y() > layout.pitch() * 1.4f + 1 || line.words().size() < 2) {
      return null;
    }
    String key = LabelSet.key(line.words().get(0).text() + " " + next.text().substring(0, next.text().length() - 1));
    HeaderField field = vocabulary.headerLabels().get(key);
    if (field == null) return null;
    var rest = line.words().subList(1, line.words().size());
    StringBuilder s = new StringBuilder();
    for (var w : rest) s.append(s.length() == 0 ? "" : " ").append(w.text());
    return new Label(field, s.toString(), rest.get(0).x());
  }

  private static List<TextLine> withoutLine(List<TextLine> lines, int index) {
    List<TextLine> out = new ArrayList<>(lines);
    out.remove(index);
    return out;
  }

  /** A label after a wide gap inside the value of {@code first}, with what follows it. */
  private static Second secondLabel(TextLine line, Label first, Vocabulary vocabulary, Layout layout) {
    var words = line.words();
    for (int k = 2; k < words.size(); k++) {
      if (!layout.isWideGap(line, k) || words.get(k).x() <= first.valueX()) continue;
      List<dev.minutes.extract.Word> tail = words.subList(k, words.size());
      StringBuilder t = new StringBuilder();
      for (var w : tail) t.append(t.length() == 0 ? "" : " ").append(w.text());
      TextLine rest = new TextLine(line.page(), tail.get(0).x(), line.y(), line.fontSize(), line.bold(), tail, t.toString());
      Label l = label(rest, vocabulary, layout);
      if (l != null && !l.rest().isEmpty()) return new Second(l.field(), l.rest(), t.toString());
    }
    return null;
  }

  /** The label that opens {@code line}, with the rest of the line, or null. */
  static Label label(TextLine line, Vocabulary vocabulary, Layout layout) {
    var words = line.words();
    int longest = Math.min(vocabulary.lexicon() != null ? Math.max(5, vocabulary.longestHeaderLabel())
        : vocabulary.longestHeaderLabel(), words.size());
    for (int k = longest; k >= 1; k--) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < k; j++) b.append(j == 0 ? "" : " ").append(words.get(j).text());
      String candidate = b.toString();
      boolean colon = candidate.endsWith(":") || candidate.endsWith(";");
      String key = LabelSet.key(colon ? candidate.substring(0, candidate.length() - 1) : candidate);
      HeaderField field = vocabulary.headerLabels().get(key);
      if (field == null && vocabulary.lexicon() != null) {
        field = LexiconLabels.header(vocabulary.lexicon(), colon ? candidate.substring(0, candidate.length() - 1) : candidate);
      }
      if (field == null && colon && k > 1) field = qualifiedList(key, vocabulary);
      if (field == null) continue;
      if (k < words.size() && !colon && !layout.isWideGap(line, k)) continue;
      StringBuilder rest = new StringBuilder();
      for (int j = k; j < words.size(); j++) rest.append(j == k ? "" : " ").append(words.get(j).text());
      float x = k < words.size() ? words.get(k).x() : Float.NaN;
      return new Label(field, rest.toString().strip(), x);
    }
    return null;
  }

  /** A list label after a word or two that qualify it ({@code TAB Members}), or null. */
  private static HeaderField qualifiedList(String key, Vocabulary vocabulary) {
    String[] words = key.split(" ");
    for (int drop = 1; drop <= Math.min(2, words.length - 1); drop++) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, drop, words.length));
      HeaderField f = vocabulary.headerLabels().get(rest);
      if (f == HeaderField.PRESENT || f == HeaderField.ABSENT || f == HeaderField.CALLED
          || f == HeaderField.OTHERS_PRESENT || f == HeaderField.SUBSTITUTES) {
        return f;
      }
    }
    return null;
  }

  /**
   * The participants the fields list, each once (the first listing wins, later ones add what it lacked):
   * attendance follows the field ({@link HeaderField#ABSENT} absent, {@link HeaderField#SUBSTITUTES} substitute,
   * {@link HeaderField#CALLED} absent unless a present-list names them), the role follows {@code CHAIR},
   * {@code SECRETARY} and {@code ADJUSTERS} fields. Entries that do not look like names are counted in
   * {@code notNames}.
   */
  public static List<Participant> participants(Result fields, int[] notNames) {
    return participants(fields, notNames, false);
  }

  /**
   * A list's lines split into the columns they are set in: rule, a gap between words wider than twice the type's size
   * parts two names ({@code Jesper Mathiesen (A)      Ole Bjerregaard (V)}), where every part is a name. A line whose
   * words do not align with its source stays whole.
   */
  static List<String> columns(List<String> lines, List<TextLine> sources) {
    if (sources.size() != lines.size()) return lines;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine source = sources.get(i);
      String value = lines.get(i).strip();
      int n = value.isEmpty() ? 0 : value.split("\\s+").length, from = source.words().size() - n;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      for (int k = Math.max(0, from); k < source.words().size() && from >= 0; k++) {
        if (k > from && source.gapBefore(k) > 2 * source.fontSize()) {
          cells.add(cell.toString());
          cell.setLength(0);
        }
        if (cell.length() > 0) cell.append(' ');
        cell.append(source.words().get(k).text());
      }
      cells.add(cell.toString());
      boolean aligned = from >= 0 && String.join(" ", cells).replaceAll("\\s+", " ").equals(value.replaceAll("\\s+", " "));
      if (aligned && cells.size() > 1 && cells.stream().allMatch(HeaderFields::nameCell)) out.addAll(cells);
      else out.add(lines.get(i));
    }
    return out;
  }

  /** A cell that is a name of two words or more, a bracket after it aside ({@code Ole Bollesen (A)}). */
  private static boolean nameCell(String cell) {
    String name = cell.replaceAll("\\([^()]*\\)", "").strip();
    return name.split("\\s+").length >= 2 && ParticipantList.looksLikeName(name);
  }

  /** As above; {@code residence}: the lists give a place of residence last, which is dropped. */
  public static List<Participant> participants(Result fields, int[] notNames, boolean residence) {
    Map<String, Participant> people = new LinkedHashMap<>();
    Map<HeaderField, List<ParticipantList.Entry>> byField = new EnumMap<>(HeaderField.class);
    for (Value v : fields.values()) {
      String attendance = switch (v.field()) {
        case PRESENT, OTHERS_PRESENT, CHAIR, SECRETARY, ADJUSTERS -> Participant.PRESENT;
        case ABSENT -> Participant.ABSENT;
        case SUBSTITUTES -> Participant.SUBSTITUTE;
        case VOTING -> Participant.PRESENT;
        default -> null;
      };
      String role = switch (v.field()) {
        case CHAIR -> Participant.CHAIR;
        case SECRETARY -> Participant.SECRETARY;
        case ADJUSTERS -> Participant.ADJUSTER;
        default -> null;
      };
      boolean list = attendance != null || role != null || v.field() == HeaderField.CALLED;
      if (!list) continue;
      boolean single = role != null; // chair, secretary, adjusters: one person a line
      List<ParticipantList.Entry> entries = TickColumns.applies(v.sources())
          ? TickColumns.entries(v.sources(), attendance == null ? Participant.PRESENT : attendance)
          : ParticipantList.parse(columns(v.lines(), v.sources()), attendance, role, single, residence);
      byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).addAll(entries);
      for (ParticipantList.Entry e : entries) {
        if (!e.looksLikeName()) {
          if (notNames != null && !e.group()) notNames[0]++;
          continue;
        }
        Participant p = e.participant();
        String key = ParticipantList.fold(p.name());
        Participant known = people.get(key);
        people.put(key, known == null ? p : merge(known, p, v.field()));
      }
    }
    // A present-list names someone: a label alone ("Attendees" above the lists) is none.
    boolean presentList = java.util.stream.Stream.of(HeaderField.PRESENT, HeaderField.VOTING)
        .flatMap(f -> byField.getOrDefault(f, List.of()).stream()).anyMatch(ParticipantList.Entry::looksLikeName);
    if (byField.containsKey(HeaderField.CALLED)) {
      for (var e : people.entrySet()) {
        Participant p = e.getValue();
        if (p.attendance() == null) {
          e.setValue(new Participant(p.name(), p.role(), p.roleText(), presentList ? Participant.ABSENT : null,
              p.initials()));
        }
      }
    }
    return List.copyOf(people.values());
  }

  /** A person listed twice: the first listing's values, completed by the second's. */
  private static Participant merge(Participant a, Participant b, HeaderField field) {
    String attendance = a.attendance();
    if (attendance == null || field == HeaderField.PRESENT && Participant.ABSENT.equals(attendance)) {
      attendance = b.attendance();
    }
    return new Participant(a.name(), a.role() != null ? a.role() : b.role(),
        a.roleText() != null ? a.roleText() : b.roleText(), attendance, a.initials() != null ? a.initials() : b.initials());
  }
}
