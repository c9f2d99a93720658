package dev.minutes.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date and a time span anywhere in a line of free text, in the forms minutes write them:
 * {@code 2023-03-28}, {@code 28.3.2023}, {@code 28 mars 2023}, {@code 5th March 2019}, {@code 16. August 2023},
 * {@code March 5, 2019}, {@code 20141114}; times {@code 16:15}, {@code kl. 15.02–16.55}, {@code 7.30pm},
 * {@code 4 PM}, {@code 09.30 Uhr bis 12.40 Uhr}. Rule: the date is found first and its text taken out, so a
 * dotted date is never read as a time.
 */
public final class DateTimeFinder {
  /** What a line says: date (ISO), start and end (HH:mm), each null when absent. */
  public record Found(String date, String start, String end) {
    public boolean isEmpty() {
      return date == null && start == null;
    }
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("apr", 4),
      Map.entry("maj", 5), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12), Map.entry("dez", 12));
  private static final String MONTH = "(jan(?:uari|uary|uar)?|feb(?:ruari|ruary|ruar)?|mar(?:s|ch)?|märz|apr(?:il)?"
      + "|maj|may|mai|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?"
      + "|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\.?\\s+"
      + MONTH + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile("(?iu)(?<!\\p{L})" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
  private static final String CLOCK = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr)?";
  private static final Pattern SPAN = Pattern.compile("(?iu)(?<![\\d.:/])" + CLOCK
      + "\\s*(?:-|–|—|till|to|bis|until)\\s*" + CLOCK + "(?![\\d/])");
  private static final Pattern ONE = Pattern.compile("(?iu)(?<![\\d.:/])(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr)?"
      + "(?![\\d/])|(?<![\\d.:/])(\\d{1,2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})");

  private DateTimeFinder() {}

  /** The first date in {@code text} and the time span (or the one time) after it is taken out. */
  public static Found find(String text) {
    String s = text.replace('\u00AD', '-').replace('\u2011', '-');
    String date = null;
    int[] span = null;
    Matcher m;
    if ((m = ISO.matcher(s)).find()) {
      date = iso(num(m, 1), num(m, 2), num(m, 3));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = DOTTED.matcher(s)).find()) {
      date = iso(num(m, 3), num(m, 2), num(m, 1));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = DAY_MONTH.matcher(s)).find()) {
      date = iso(num(m, 3), month(m.group(2)), num(m, 1));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = MONTH_DAY.matcher(s)).find()) {
      date = iso(num(m, 3), month(m.group(1)), num(m, 2));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = COMPACT.matcher(s)).find()) {
      date = iso(num(m, 1), num(m, 2), num(m, 3));
      span = new int[] {m.start(), m.end()};
    }
    String rest = span == null ? s : s.substring(0, span[0]) + " " + s.substring(span[1]);
    String start = null, end = null;
    Matcher t = SPAN.matcher(rest);
    while (t.find()) {
      String a = time(t.group(1), t.group(2), t.group(3) != null ? t.group(3) : t.group(6));
      String b = time(t.group(4), t.group(5), t.group(6));
      // A bare "2 - 3" is no time span: one side needs minutes or am/pm.
      boolean clock = t.group(2) != null || t.group(5) != null || t.group(3) != null || t.group(6) != null;
      if (a != null && b != null && clock) {
        start = a;
        end = b;
        break;
      }
    }
    if (start == null) {
      t = ONE.matcher(rest);
      while (t.find()) {
        String a = t.group(1) != null ? time(t.group(1), t.group(2), t.group(3)) : time(t.group(4), null, t.group(5));
        if (a != null) {
          start = a;
          break;
        }
      }
    }
    return new Found(date, start, end);
  }

  private static final Pattern MONTH_DAY_NO_YEAR = Pattern.compile("(?iu)(?<!\\p{L})" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,]\\s*\\d{4})\\b");
  private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile("(?iu)(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\.?\\s+"
      + MONTH + "(?!\\s*,?\\s*\\d{4})(?!\\p{L})");

  /**
   * A day and month written without a year ({@code August 10th}), given the year of {@code reference} (an ISO date
   * such as the document's creation): the year before where the date would fall after the reference. Null if none.
   */
  public static Found findWithoutYear(String text, String reference) {
    if (reference == null || reference.length() < 10) return new Found(null, null, null);
    LocalDate ref;
    try {
      ref = LocalDate.parse(reference.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return new Found(null, null, null);
    }
    String s = text.replace('\u00AD', '-');
    int month = -1, day = -1;
    int[] span = null;
    Matcher m = MONTH_DAY_NO_YEAR.matcher(s);
    if (m.find()) {
      month = month(m.group(1));
      day = num(m, 2);
      span = new int[] {m.start(), m.end()};
    } else if ((m = DAY_MONTH_NO_YEAR.matcher(s)).find()) {
      month = month(m.group(2));
      day = num(m, 1);
      span = new int[] {m.start(), m.end()};
    }
    if (month < 1) return new Found(null, null, null);
    String date = iso(ref.getYear(), month, day);
    if (date != null && LocalDate.parse(date).isAfter(ref)) date = iso(ref.getYear() - 1, month, day);
    Found times = find(s.substring(0, span[0]) + " " + s.substring(span[1]));
    return new Found(date, times.start(), times.end());
  }

  /** The month a Swedish, English or German month name or abbreviation names, 1 to 12, or -1. */
  public static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    if (n.length() < 3) return -1;
    Integer v = MONTHS.get(n.substring(0, 3));
    return v == null ? -1 : v;
  }

  private static String iso(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** HH:mm from hours, minutes (or null) and an am/pm/Uhr suffix (or null); null when out of range. */
  private static String time(String h, String min, String suffix) {
    if (h == null) return null;
    int hour = Integer.parseInt(h), minute = min == null ? 0 : Integer.parseInt(min);
    String sfx = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT).replace(".", "");
    if (sfx.equals("pm") && hour < 12) hour += 12;
    if (sfx.equals("am") && hour == 12) hour = 0;
    if (min == null && sfx.isEmpty()) return null;
    return hour > 24 || minute > 59 ? null : String.format("%02d:%02d", hour, minute);
  }
}
