package dev.minutes.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the meeting's date line: a date, optionally a weekday before it and a start and end time
 * after it. Dates: ISO ({@code 2018-11-14}), day and month name ({@code 14 november 2018},
 * {@code 14 Nov 2018}) or month name first ({@code November 14, 2018}); times {@code 13:15} or
 * {@code 13.15}, apart by a hyphen or dash, optionally after {@code kl.}.
 */
public record MeetingDate(String date, String start, String end) {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("maj", 5),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String WEEKDAY = "(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|monday|tuesday|wednesday|thursday"
      + "|friday|saturday|sunday)?,?\\s*(?:den\\s+)?";
  private static final String TIMES = "(?:,?\\s*(?:kl\\.?|klockan|at)?\\s*(\\d{1,2})[:.](\\d{2})"
      + "(?:\\s*(?:-|–|—|till|to)\\s*(\\d{1,2})[:.](\\d{2}))?)?\\s*";
  private static final Pattern ISO = Pattern.compile("(?i)" + WEEKDAY + "(\\d{4})-(\\d{2})-(\\d{2})" + TIMES);
  private static final Pattern DAY_MONTH = Pattern.compile("(?i)" + WEEKDAY
      + "(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(\\p{L}{3,9})\\.?\\s+(\\d{4})" + TIMES);
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)" + WEEKDAY
      + "(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIMES);

  /** The date line's values, or null when {@code text} is not a date line. */
  public static MeetingDate parse(String text) {
    String s = text.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) return of(num(m, 1), num(m, 2), num(m, 3), m, 4);
    m = DAY_MONTH.matcher(s);
    if (m.matches() && month(m.group(2)) > 0) return of(num(m, 3), month(m.group(2)), num(m, 1), m, 4);
    m = MONTH_DAY.matcher(s);
    if (m.matches() && month(m.group(1)) > 0) return of(num(m, 3), month(m.group(1)), num(m, 2), m, 4);
    return null;
  }

  private static MeetingDate of(int year, int month, int day, Matcher m, int timeGroup) {
    try {
      String date = LocalDate.of(year, month, day).toString();
      return new MeetingDate(date, time(m.group(timeGroup), m.group(timeGroup + 1)),
          time(m.group(timeGroup + 2), m.group(timeGroup + 3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The month a Swedish or English month name or abbreviation names, 1 to 12, or -1. */
  public static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) return -1;
    Integer v = MONTHS.get(n.substring(0, 3));
    return v == null || !isMonthName(n) ? -1 : v;
  }

  /** The month's name or its abbreviation, in Swedish or English. */
  private static boolean isMonthName(String n) {
    return n.matches("jan(uari|uary)?|feb(ruari|ruary)?|mar(s|ch)?|apr(il)?|maj|may|jun(i|e)?|jul(i|y)?|aug(usti|ust)?"
        + "|sep(t|tember)?|okt(ober)?|oct(ober)?|nov(ember)?|dec(ember)?");
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static String time(String h, String m) {
    if (h == null) return null;
    int hour = Integer.parseInt(h), minute = Integer.parseInt(m);
    return hour > 24 || minute > 59 ? null : String.format("%02d:%02d", hour, minute);
  }
}
