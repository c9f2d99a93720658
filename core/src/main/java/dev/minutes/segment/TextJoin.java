package dev.minutes.segment;

import java.util.Set;
import java.util.regex.Pattern;

/** Joins wrapped lines into running text without losing or gluing words. */
public final class TextJoin {
  /** Words after which a line-final hyphen is a suspended compound ({@code samverkans- och}). */
  private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "resp", "resp.", "respektive",
      "som", "till", "and", "or", "nor", "to", "&", "und", "oder", "bzw.", "sowie");
  /** An English ordinal's suffix set apart from its number, as a raised suffix extracts ({@code 26 th}). */
  private static final Pattern ORDINAL_APART = Pattern.compile("(?<=\\b)(\\d{1,2}) (st|nd|rd|th)\\b");
  private static final Pattern BULLET = Pattern.compile("^[•◦▪‣∙·●○■□–]\\s*");

  private TextJoin() {}

  /**
   * Rule: a line ending in a slash after a letter or digit continues without a space; a line ending in a hyphen
   * after a letter or digit continues without a space
   * ({@code PA-} + {@code systemet}), unless the next line starts with a conjunction; otherwise one space.
   * A soft hyphen at the end is dropped.
   */
  /**
   * As {@link #join(String, String)}; where {@code hyphenated}, a line-final hyphen between two lower-case letters
   * is the line's hyphenation and is dropped ({@code ge-} + {@code nehmigt}).
   */
  public static String join(String left, String right, boolean hyphenated) {
    if (hyphenated && left.length() > 1 && left.endsWith("-") && Character.isLowerCase(left.charAt(left.length() - 2))
        && !right.isEmpty() && Character.isLowerCase(right.charAt(0)) && !CONJUNCTIONS.contains(firstWord(right))) {
      return left.substring(0, left.length() - 1) + right;
    }
    return join(left, right);
  }

  private static String firstWord(String s) {
    return firstPart(s).toLowerCase(java.util.Locale.ROOT);
  }

  /** What stands before the first white space (as {@code s.split("\\s+", 2)[0]} gives it). */
  private static String firstPart(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') return s.substring(0, i);
    }
    return s;
  }

  public static String join(String left, String right) {
    if (left.isEmpty()) return right;
    if (right.isEmpty()) return left;
    if (left.endsWith("\u00AD")) return left.substring(0, left.length() - 1) + right;
    // A span of numbers broken after its dash ("1.8.2023–" + "31.7.2024") joins without a space.
    if ((left.endsWith("–") || left.endsWith("—")) && left.length() > 1 && Character.isDigit(left.charAt(left.length() - 2))
        && Character.isDigit(right.charAt(0))) {
      return left + right;
    }
    // A line may break after a slash inside a word ("förtydligande/" + "medskick").
    if (left.endsWith("/") && left.length() > 1 && Character.isLetterOrDigit(left.charAt(left.length() - 2))) {
      return left + right;
    }
    if (left.endsWith("-") && left.length() > 1 && Character.isLetterOrDigit(left.charAt(left.length() - 2))) {
      String next = firstPart(right).toLowerCase(java.util.Locale.ROOT);
      return CONJUNCTIONS.contains(next) ? left + " " + right : left + right;
    }
    return left + " " + right;
  }

  /**
   * A bullet glyph at the start of a line becomes {@code "- "}; white space is collapsed; control characters,
   * zero-width spaces and byte-order marks are dropped; a soft hyphen anywhere but at the line's end is a
   * hyphen or dash drawn on the page (a soft hyphen is only drawn where a word breaks, which is a line end).
   */
  public static String normalise(String line) {
    String s = dev.minutes.internal.Spaces.collapse(clean(line), false);
    if (ordinalApartMayStand(s) && ORDINAL_APART.matcher(s).find()) s = ORDINAL_APART.matcher(s).replaceAll("$1$2");
    if (s.isEmpty() || "•◦▪‣∙·●○■□–".indexOf(s.charAt(0)) < 0) return s;
    var m = BULLET.matcher(s);
    return m.find() ? "- " + s.substring(m.end()) : s;
  }

  /** Whether a digit, a space and one of {@code st nd rd th} stand in a row somewhere: {@link #ORDINAL_APART}'s least. */
  private static boolean ordinalApartMayStand(String s) {
    for (int i = s.indexOf(' ', 1); i > 0 && i + 2 < s.length(); i = s.indexOf(' ', i + 1)) {
      char d = s.charAt(i - 1);
      if (d < '0' || d > '9') continue;
      String suffix = s.substring(i + 1, i + 3);
      if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) return true;
    }
    return false;
  }

  private static String clean(String line) {
    boolean odd = false;
    for (int i = 0; i < line.length() && !odd; i++) {
      char c = line.charAt(i);
      odd = c < 0x20 && c != '\t' || c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c >= '\uE000' && c <= '\uF8FF';
    }
    if (!odd) return line;
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u00AD') {
        // Drawn anywhere but at the line's end, it is a hyphen or dash on the page.
        b.append(i + 1 == line.length() ? c : '-');
        continue;
      }
      if (c >= '\uE000' && c <= '\uF8FF') {
        // A private-use glyph (a symbol font's bullet) opening the line is a bullet.
        if (b.toString().isBlank()) b.append('•');
        continue;
      }
      if (c < 0x20 && c != '\t' || c == '\u200B' || c == '\uFEFF') continue;
      b.append(c);
    }
    return b.toString();
  }

  public static boolean isBullet(String normalised) {
    return normalised.startsWith("- ");
  }
}
