package dev.minutes.spark;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as {@code minutes bulk --timeout} takes them: {@code 60s}, {@code 2m}, {@code 500ms}, {@code 1h}. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

  private Durations() {}

  static long millis(String s, String option) {
    Matcher m = DURATION.matcher(s.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) throw new IllegalArgumentException("minutes: " + option + ": '" + s + "' is not a duration (60s, 2m, 500ms)");
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> v;
      case "m" -> v * 60_000;
      case "h" -> v * 3_600_000;
      default -> v * 1000;
    };
    if (millis < 1) throw new IllegalArgumentException("minutes: " + option + ": '" + s + "' must be 1 ms or more");
    return (long) millis;
  }
}
