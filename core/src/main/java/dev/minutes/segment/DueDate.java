package dev.minutes.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A due date as written: ISO ({@code 2018-12-20}), slashed ({@code 12/20/2018}, month or day first),
 * dotted ({@code 20.12.2018}, day first) or with the month's name ({@code 20 dec 2018}).
 */
public record DueDate(String raw, int a, int b, int year, Kind kind) {
  public enum Kind { ISO, SLASHED, DOTTED, NAMED }

  public enum Order { MONTH_FIRST, DAY_FIRST }

  public static final String PATTERN = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
      + "|\\d{1,2} \\p{L}{3,9}\\.? \\d{4}";
  private static final Pattern WHOLE = Pattern.compile(PATTERN);
  private static final Pattern NAMED = Pattern.compile("(\\d{1,2}) (\\p{L}{3,9})\\.? (\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  /** Whether {@code s}, whole, is a date in one of the forms {@link #PATTERN} names. */
  public static boolean written(String s) {
    return WHOLE.matcher(s).matches();
  }

  public static DueDate parse(String raw) {
    Matcher m = ISO.matcher(raw);
    if (m.matches()) return new DueDate(raw, num(m, 2), num(m, 3), num(m, 1), Kind.ISO);
    m = SLASHED.matcher(raw);
    if (m.matches()) return new DueDate(raw, num(m, 1), num(m, 2), num(m, 3), Kind.SLASHED);
    m = DOTTED.matcher(raw);
    if (m.matches()) return new DueDate(raw, num(m, 2), num(m, 1), num(m, 3), Kind.DOTTED);
    m = NAMED.matcher(raw);
    if (m.matches() && MeetingDate.month(m.group(2)) > 0) {
      return new DueDate(raw, MeetingDate.month(m.group(2)), num(m, 1), num(m, 3), Kind.NAMED);
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** What this date alone says about the order of slashed dates, or null when it says nothing. */
  Order evidence() {
    if (kind != Kind.SLASHED) return null;
    if (a > 12 && b <= 12) return Order.DAY_FIRST;
    if (b > 12 && a <= 12) return Order.MONTH_FIRST;
    return null;
  }

  /** The ISO date under {@code order}, or null when no such day exists. For ISO and dotted dates a is the month. */
  public String iso(Order order) {
    int month = kind == Kind.SLASHED && order == Order.DAY_FIRST ? b : a;
    int day = kind == Kind.SLASHED && order == Order.DAY_FIRST ? a : b;
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Rule: slashed dates are read in the order the document's unambiguous dates show, month first where
   * they disagree evenly; null where no date shows it (the caller then reads month first, as these exports
   * write them, and says so).
   */
  public static Order decide(List<DueDate> dates) {
    int monthFirst = 0, dayFirst = 0;
    for (DueDate d : dates) {
      Order e = d.evidence();
      if (e == Order.MONTH_FIRST) monthFirst++;
      if (e == Order.DAY_FIRST) dayFirst++;
    }
    if (monthFirst + dayFirst == 0) return null;
    return dayFirst > monthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
  }
}
