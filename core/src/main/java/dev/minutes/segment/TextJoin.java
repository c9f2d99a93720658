package dev.minutes.segment;

import java.util.Set;
import java.util.regex.Pattern;

/** Joins wrapped lines into running text without losing or gluing words. */
public final class TextJoin {
  /** Words after which a line-final hyphen is a suspended compound ({@code samverkans- och}). */
  private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "resp", "resp.", "respektive",
      "som", "till", "and", "or", "nor", "to", "&");
  private static final Pattern BULLET = Pattern.compile("^[•◦▪‣∙·●○■□–]\\s*");

  private TextJoin() {}

  /**
   * Rule: a line ending in a hyphen after a letter or digit continues without a space
   * ({@code PA-} + {@code systemet}), unless the next line starts with a conjunction; otherwise one space.
   * A soft hyphen at the end is dropped.
   */
  public static String join(String left, String right) {
    if (left.isEmpty()) return right;
    if (right.isEmpty()) return left;
    if (left.endsWith("\u00AD")) return left.substring(0, left.length() - 1) + right;
    if (left.endsWith("-") && left.length() > 1 && Character.isLetterOrDigit(left.charAt(left.length() - 2))) {
      String next = right.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
      return CONJUNCTIONS.contains(next) ? left + " " + right : left + right;
    }
    return left + " " + right;
  }

  /** A bullet glyph at the start of a line becomes {@code "- "}; white space is collapsed. */
  public static String normalise(String line) {
    String s = dev.minutes.internal.Spaces.collapse(line, false);
    if (s.isEmpty() || "•◦▪‣∙·●○■□–".indexOf(s.charAt(0)) < 0) return s;
    var m = BULLET.matcher(s);
    return m.find() ? "- " + s.substring(m.end()) : s;
  }

  public static boolean isBullet(String normalised) {
    return normalised.startsWith("- ");
  }
}
