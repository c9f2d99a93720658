package dev.minutes.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the meeting's date line: a date, optionally a weekday (and {@code den}, {@code am}, {@code the}) before
 * it and a start and end time after it. Dates: ISO ({@code 2018-11-14}), dotted ({@code 18.3.2025}), slashed
 * ({@code 28/03/2023}, read as {@link DateTimeFinder#find(String, String)} reads it), day and month name
 * ({@code 14 november 2018}, {@code 4. december 2012}, {@code 1. syyskuuta 2025}, {@code 9th of January 2025}) or
 * month name first ({@code November 14, 2018}), months and weekdays in any language of the lexicon. Times
 * {@code 13:15}, {@code 13.15}, {@code 7:00 PM}, {@code 19:30 Uhr}, apart by a hyphen, a dash or a word
 * ({@code till}, {@code to}, {@code bis}), optionally after {@code kl.}, {@code klo}, {@code at} or {@code um}.
 * Rule: a whole hour without minutes counts only after {@code kl.}, {@code klo} or the like, or with am/pm or Uhr.
 */
public record MeetingDate(String date, String start, String end) {
  private static final String LEAD = "(?:(?!(?:den|am|the|on)\\s)(?<weekday>\\p{L}{3,14})(?:\\.?,\\s*|\\.?\\s+))?"
      + "(?:(?:den|am|the|on)\\s+)?";
  private static final String SUFFIX = "am|pm|a\\.m\\.|p\\.m\\.|uhr";
  private static final String TIMES = "(?:,?\\s*(?:(?<mark>kl|klo|klockan|kello|klokken|klokka)\\.?|at|um|from|von|fra)?"
      + "\\s*(?<sh>\\d{1,2})(?:[:.](?<sm>\\d{2}))?\\s*(?<sx>" + SUFFIX + ")?"
      + "(?:\\s*(?:-|–|—|till|til|to|bis|until)\\s*(?<eh>\\d{1,2})(?:[:.](?<em>\\d{2}))?\\s*(?<ex>" + SUFFIX + ")?)?)?\\s*";
  /** How a form writes its date: numbers in ISO or day-first order, slashed numbers, or a month's name. */
  private enum Kind { NUMBERS, SLASHED, NAMED }

  private record Form(Kind kind, Pattern pattern) {
    Form(Kind kind, String date) {
      this(kind, Pattern.compile("(?iu)" + LEAD + date + TIMES));
    }
  }

  private static final List<Form> FORMS = List.of(
      new Form(Kind.NUMBERS, "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})"),
      new Form(Kind.NUMBERS, "(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})"),
      new Form(Kind.SLASHED, "(?<date>\\d{1,2}/\\d{1,2}/\\d{4})"),
      new Form(Kind.NAMED, "(?<d>\\d{1,2})(?:" + DateTimeFinder.ENGLISH_ORDINAL + ")?\\.?\\s+(?:of\\s+)?(?<name>\\p{L}{3,14})\\.?,?\\s+(?<y>\\d{4})"),
      new Form(Kind.NAMED, "(?<name>\\p{L}{3,14})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})"));

  /** The date line's values, or null when {@code text} is not a date line. */
  public static MeetingDate parse(String text) {
    String s = text.strip();
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(s);
      if (m.matches()) return of(form.kind(), m);
    }
    return null;
  }

  private static MeetingDate of(Kind kind, Matcher m) {
    if (m.group("weekday") != null && !CalendarWords.isWeekday(m.group("weekday"))) return null;
    String date;
    if (kind == Kind.SLASHED) {
      date = DateTimeFinder.find(m.group("date")).date();
    } else {
      int month = kind == Kind.NAMED ? CalendarWords.month(m.group("name")) : Integer.parseInt(m.group("m"));
      try {
        date = LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d"))).toString();
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (date == null) return null;
    boolean marked = m.group("mark") != null;
    String sx = m.group("sx") != null ? m.group("sx") : m.group("ex");
    // A bare number after the date is no time: it needs minutes, am/pm or Uhr, or kl. before it.
    if (m.group("sh") != null && m.group("sm") == null && sx == null && !marked) return null;
    if (m.group("eh") != null && m.group("em") == null && m.group("ex") == null && !marked) return null;
    return new MeetingDate(date, time(m.group("sh"), m.group("sm"), sx), time(m.group("eh"), m.group("em"), m.group("ex")));
  }

  private static String time(String h, String min, String suffix) {
    return h == null ? null : DateTimeFinder.time(h, min == null ? "00" : min, suffix);
  }

  /** The month a month's name, case form or abbreviation names in any language of the lexicon, 1 to 12, or -1. */
  public static int month(String name) {
    return CalendarWords.month(name);
  }
}
