package dev.minutes.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date and a time span anywhere in a line of free text, in the forms minutes write them:
 * {@code 2023-03-28}, {@code 28.3.2023}, {@code 28 mars 2023}, {@code 5th March 2019}, {@code 16. August 2023},
 * {@code March 5, 2019}, {@code 20141114}, {@code 28/03/2023}, with a month's name in any language of the
 * lexicon ({@code 1. syyskuuta 2025}, {@code 3. März 2023}, {@code Sept. 15, 2015}); times {@code 16:15},
 * {@code kl. 15.02–16.55}, {@code 7.30pm}, {@code 4 PM}, {@code 7:00 p.m. to 9:15 p.m.},
 * {@code 09.30 Uhr bis 12.40 Uhr}, {@code 19 Uhr}, whole hours after a word that says a time follows
 * ({@code klo 17}, {@code kl. 18-20}). Rule: the date is found first and its text taken out, so a dotted date is
 * never read as a time.
 */
public final class DateTimeFinder {
  /** What a line says: date (ISO), start and end (HH:mm), each null when absent. */
  public record Found(String date, String start, String end) {
    public boolean isEmpty() {
      return date == null && start == null;
    }
  }

  /** A word where a month's name may stand; {@link CalendarWords} says whether it is one. */
  private static final String MONTH = "(\\p{L}{3,14})\\.?";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  /** A day's English ordinal ending: 9th, also 9 TH where a superscript ending was set apart as a word of its own. */
  static final String ENGLISH_ORDINAL = "\\s?(?:st|nd|rd|th)\\b";
  /** A day's ordinal ending, English or Swedish (9:e, 1:a), if any. */
  private static final String ORDINAL = "(?:" + ENGLISH_ORDINAL + "|:e|:a)?";
  private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})" + ORDINAL + "\\.?\\s+(?:of\\s+)?"
      + MONTH + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile("(?iu)(?<!\\p{L})" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  /** Day, month and year apart by hyphens ({@code 10-04-2013}, Danish and Dutch usage), read as slashes are. */
  private static final Pattern DASHED = Pattern.compile("(?<![\\d.\\-/])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d\\-])");
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
  private static final String SUFFIX = "(am|pm|a\\.m\\.|p\\.m\\.|uhr)";
  private static final String CLOCK = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*" + SUFFIX + "?";
  private static final String TO = "\\s*(?:-|–|—|till|til|to|bis|until)\\s*";
  private static final Pattern SPAN = Pattern.compile("(?iu)(?<![\\d.:/])" + CLOCK + TO + CLOCK + "(?![\\d/])");
  private static final Pattern ONE = Pattern.compile("(?iu)(?<![\\d.:/])(\\d{1,2})[:.](\\d{2})\\s*" + SUFFIX + "?"
      + "(?![\\d/])|(?<![\\d.:/])(\\d{1,2})\\s*" + SUFFIX + "(?!\\p{L})");
  /** The words that say a time follows ({@code kl.}, {@code klo}, {@code klockan}, {@code kello}, {@code klokken}). */
  private static final String MARK = "(?<!\\p{L})(?:kl|klo|klockan|kello|klokken|klokka)\\.?\\s*";
  /** A whole hour after such a word, alone or as a span ({@code klo 17}, {@code kl. 18-20}). */
  private static final Pattern MARKED_HOURS = Pattern.compile("(?iu)" + MARK + "(\\d{1,2})(?!\\d|[.:]\\d)"
      + "(?:" + TO + "(\\d{1,2})(?!\\d|[.:]\\d))?");

  private DateTimeFinder() {}

  /** The first date in {@code text} and the time span (or the one time) after it is taken out. */
  public static Found find(String text) {
    return find(text, null);
  }

  /**
   * As {@link #find(String)}, with the text's language as a BCP 47 tag ({@code en-US}, {@code sv}), or null.
   * Rule for slashed dates ({@code 03/04/2023}): day first, as minutes in every language here write them, except
   * where that reading is impossible ({@code 03/28/2023}) or the text is American English ({@code en-US}), where
   * the month comes first unless that reading is impossible.
   */
  public static Found find(String text, String language) {
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
    if (date == null && (m = named(DAY_MONTH, s, 2)) != null) {
      date = iso(num(m, 3), month(m.group(2)), num(m, 1));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = named(MONTH_DAY, s, 1)) != null) {
      date = iso(num(m, 3), month(m.group(1)), num(m, 2));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = SLASHED.matcher(s)).find()) {
      date = slashed(num(m, 1), num(m, 2), num(m, 3), isAmerican(language));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = DASHED.matcher(s)).find()) {
      date = slashed(num(m, 1), num(m, 2), num(m, 3), isAmerican(language));
      span = new int[] {m.start(), m.end()};
    }
    if (date == null && (m = COMPACT.matcher(s)).find()) {
      date = iso(num(m, 1), num(m, 2), num(m, 3));
      span = new int[] {m.start(), m.end()};
    }
    String rest = span == null ? s : s.substring(0, span[0]) + " " + s.substring(span[1]);
    String[] times = times(rest);
    return new Found(date, times[0], times[1]);
  }

  /** The start and end (or nulls) of the first time span or time in {@code text}, which holds no date. */
  private static String[] times(String rest) {
    Matcher t = SPAN.matcher(rest);
    while (t.find()) {
      String a = time(t.group(1), t.group(2), t.group(3) != null ? t.group(3) : t.group(6));
      String b = time(t.group(4), t.group(5), t.group(6));
      // A bare "2 - 3" is no time span: one side needs minutes or am/pm.
      boolean clock = t.group(2) != null || t.group(5) != null || t.group(3) != null || t.group(6) != null;
      if (a != null && b != null && clock) return new String[] {a, b};
    }
    t = ONE.matcher(rest);
    String one = null;
    int at = -1;
    while (t.find()) {
      one = t.group(1) != null ? time(t.group(1), t.group(2), t.group(3)) : time(t.group(4), null, t.group(5));
      if (one != null) {
        at = t.start();
        break;
      }
    }
    // Whole hours after kl., klo, klockan … ("klo 17", "kl 18-20"), unless a written time comes first.
    t = MARKED_HOURS.matcher(rest);
    while (t.find()) {
      if (at >= 0 && at < t.start()) break;
      String a = time(t.group(1), "00", null);
      String b = t.group(2) == null ? null : time(t.group(2), "00", null);
      if (a != null && (t.group(2) == null || b != null)) return new String[] {a, b};
    }
    return new String[] {one, null};
  }

  /** The first match of {@code p} in {@code s} whose group {@code g} is a month's name, or null. */
  private static Matcher named(Pattern p, String s, int g) {
    Matcher m = p.matcher(s);
    int from = 0;
    while (from <= s.length() && m.find(from)) {
      if (month(m.group(g)) > 0) return m;
      from = m.start() + 1;
    }
    return null;
  }

  private static boolean isAmerican(String language) {
    return language != null && language.replace('_', '-').equalsIgnoreCase("en-US");
  }

  /** A slashed date under the rule of {@link #find(String, String)}; null when neither reading is a date. */
  private static String slashed(int first, int second, int year, boolean monthFirst) {
    String dayFirst = iso(year, second, first), american = iso(year, first, second);
    if (monthFirst) return american != null ? american : dayFirst;
    return dayFirst != null ? dayFirst : american;
  }

  private static final Pattern MONTH_DAY_NO_YEAR = Pattern.compile("(?iu)(?<!\\p{L})" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,]\\s*\\d{4})\\b");
  private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile("(?iu)(?<![\\d.])(\\d{1,2})" + ORDINAL + "\\.?\\s+"
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
    Matcher m = named(MONTH_DAY_NO_YEAR, s, 1);
    if (m != null) {
      month = month(m.group(1));
      day = num(m, 2);
      span = new int[] {m.start(), m.end()};
    } else if ((m = named(DAY_MONTH_NO_YEAR, s, 2)) != null) {
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

  /** The month a month's name, case form or abbreviation names in any language of the lexicon, 1 to 12, or -1. */
  public static int month(String name) {
    return CalendarWords.month(name);
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
  static String time(String h, String min, String suffix) {
    if (h == null) return null;
    int hour = Integer.parseInt(h), minute = min == null ? 0 : Integer.parseInt(min);
    String sfx = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT).replace(".", "");
    if (sfx.equals("pm") && hour < 12) hour += 12;
    if (sfx.equals("am") && hour == 12) hour = 0;
    if (min == null && sfx.isEmpty()) return null;
    return hour > 24 || minute > 59 ? null : String.format("%02d:%02d", hour, minute);
  }
}
