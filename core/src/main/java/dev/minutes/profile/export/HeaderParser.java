package dev.minutes.profile.export;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.model.Meeting;
import dev.minutes.model.Participant;
import dev.minutes.segment.ItemHeading;
import dev.minutes.segment.Layout;
import dev.minutes.segment.MeetingDate;
import dev.minutes.segment.TextJoin;
import dev.minutes.segment.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the meeting header, everything before the first agenda item: the title (the leading lines set
 * larger than the body, else the first line), the date line ({@link MeetingDate}), and the
 * labelled fields: location and participants, each a label line followed by its value lines, or
 * {@code Label: value} on one line. Participants are apart by commas, lines wrapping as they will; where
 * no line has a comma, each line is one participant.
 */
final class HeaderParser {

  record Result(Meeting meeting, int end, dev.minutes.provenance.MeetingTrace trace) {}

  private final LabelSet labels;
  private final List<String> organizerMarkers;
  private final Layout layout;
  private final Warnings warnings;

  HeaderParser(LabelSet labels, Layout layout, Warnings warnings) {
    this(labels, labels.organizer(), layout, warnings);
  }

  /**
   * {@code organizerMarkers}: the markers that make a participant the organizer, from every label set the
   * parser knows, since exports mix languages ({@code (Organisatör)} in an English-labelled export).
   */
  HeaderParser(LabelSet labels, List<String> organizerMarkers, Layout layout, Warnings warnings) {
    this.labels = labels;
    this.organizerMarkers = List.copyOf(organizerMarkers);
    this.layout = layout;
    this.warnings = warnings;
  }

  Result parse(List<TextLine> lines) {
    int n = lines.size();
    int end = 0;
    while (end < n && ItemHeading.match(lines.get(end), null, layout) == null) end++;
    List<TextLine> header = lines.subList(0, end);

    int i = 0;
    String title = null;
    var trace = new dev.minutes.provenance.MeetingTrace();
    while (i < header.size() && header.get(i).page() == header.get(0).page()
        && header.get(i).fontSize() >= layout.bodySize() * 1.15f && !isDateLine(header.get(i)) && !isLabel(header.get(i))) {
      title = title == null ? header.get(i).text().strip() : TextJoin.join(title, header.get(i).text().strip());
      trace.put("title", dev.minutes.provenance.Spans.line(header.get(i)));
      i++;
    }
    if (title == null && i < header.size() && !isDateLine(header.get(i)) && !isLabel(header.get(i))) {
      // No larger type: the first line is the title, with the lines below it in the same heading style.
      TextLine first = header.get(i);
      trace.put("title", dev.minutes.provenance.Spans.line(first));
      title = header.get(i++).text().strip();
      while (i < header.size() && layout.isStyled(first) && layout.sameStyle(first, header.get(i))
          && !isDateLine(header.get(i)) && !isLabel(header.get(i))) {
        trace.put("title", dev.minutes.provenance.Spans.line(header.get(i)));
        title = TextJoin.join(title, header.get(i++).text().strip());
      }
    }
    if (title == null) warnings.add("header.title-missing", "the meeting has no title line", page(lines, 0));

    String date = null, start = null, stop = null;
    for (int j = i; j < Math.min(i + 3, header.size()); j++) {
      MeetingDate when = MeetingDate.parse(header.get(j).text());
      if (when == null) continue;
      for (int k = i; k < j; k++) unrecognised(header.get(k));
      date = when.date();
      start = when.start();
      stop = when.end();
      for (String f : List.of("date", "startTime", "endTime")) trace.put(f, dev.minutes.provenance.Spans.line(header.get(j)));
      i = j + 1;
      break;
    }
    if (date == null) warnings.add("header.date-missing", "the meeting has no date line (yyyy-mm-dd hh:mm - hh:mm)",
        page(lines, 0));

    String location = null;
    List<Participant> participants = new ArrayList<>();
    while (i < header.size()) {
      TextLine line = header.get(i);
      Field field = field(line.text());
      if (field == null) {
        unrecognised(line);
        i++;
        continue;
      }
      List<String> values = new ArrayList<>();
      List<TextLine> valueLines = new ArrayList<>();
      if (!field.inline.isEmpty()) {
        values.add(field.inline);
        valueLines.add(line);
      }
      i++;
      while (i < header.size() && field(header.get(i).text()) == null) {
        valueLines.add(header.get(i));
        values.add(TextJoin.normalise(header.get(i++).text()));
      }
      // The location is its last field's; participants gather over every field of theirs.
      if (field.kind == Field.Kind.LOCATION) trace.set("location", dev.minutes.provenance.Spans.lines(valueLines));
      else trace.put("participants", dev.minutes.provenance.Spans.lines(valueLines));
      String value = values.stream().reduce("", TextJoin::join);
      if (field.kind == Field.Kind.LOCATION) {
        location = value.isEmpty() ? null : value;
      } else if (values.size() > 1 && values.stream().noneMatch(v -> v.contains(",") || v.contains(";"))) {
        // No commas at all: one participant a line (a list).
        for (String v : values) participants.addAll(participants(v.startsWith("- ") ? v.substring(2) : v));
      } else {
        participants.addAll(participants(value));
      }
    }
    return new Result(new Meeting(title, date, start, stop, location, participants), end, trace);
  }

  private record Field(Kind kind, String inline) {
    enum Kind { LOCATION, PARTICIPANTS }
  }

  private Field field(String text) {
    String s = text.strip();
    if (LabelSet.isLabel(s, labels.location())) return new Field(Field.Kind.LOCATION, "");
    if (LabelSet.isLabel(s, labels.participants())) return new Field(Field.Kind.PARTICIPANTS, "");
    int colon = s.indexOf(':');
    if (colon > 0) {
      String label = s.substring(0, colon), rest = s.substring(colon + 1).strip();
      if (LabelSet.isLabel(label, labels.location())) return new Field(Field.Kind.LOCATION, rest);
      if (LabelSet.isLabel(label, labels.participants())) return new Field(Field.Kind.PARTICIPANTS, rest);
    }
    return null;
  }

  private boolean isLabel(TextLine line) {
    return field(line.text()) != null;
  }

  private static boolean isDateLine(TextLine line) {
    return MeetingDate.parse(line.text()) != null;
  }

  private static final Pattern MARKED = Pattern.compile("(.*?)\\s*\\(([^)]*)\\)");

  /**
   * Names apart by commas. Rule: a name followed in parentheses by an organizer marker of any label set is
   * the organizer, the marker its role as written.
   */
  private List<Participant> participants(String value) {
    List<Participant> out = new ArrayList<>();
    for (String part : value.split("[,;]")) {
      String name = part.strip();
      if (name.isEmpty()) continue;
      Matcher m = MARKED.matcher(name);
      if (m.matches() && LabelSet.isLabel(m.group(2), organizerMarkers)) {
        out.add(new Participant(m.group(1).strip(), Participant.ORGANIZER, m.group(2).strip(), null, null));
      } else {
        out.add(new Participant(name, null));
      }
    }
    return out;
  }

  private void unrecognised(TextLine line) {
    warnings.add("header.unrecognised", "header line not understood: " + line.text().strip(), line.page());
  }

  private static Integer page(List<TextLine> lines, int i) {
    return lines.isEmpty() ? null : lines.get(i).page();
  }
}
