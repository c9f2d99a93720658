package dev.minutes.internal;

/** White space as text extraction leaves it: runs of spaces, tabs and no-break spaces. */
public final class Spaces {
  private Spaces() {}

  /** {@code s} with every run of white space made one space, none at either end; lower-cased if asked. */
  public static String collapse(CharSequence s, boolean lowerCase) {
    if (!lowerCase && collapsed(s)) return s.toString();
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.append(lowerCase ? Character.toLowerCase(c) : c);
      }
    }
    return b.toString();
  }

  /** Whether {@code s} has no white space but single plain spaces between other characters. */
  private static boolean collapsed(CharSequence s) {
    int n = s.length();
    if (n == 0) return true;
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? s.charAt(i + 1) == ' ' : c == '\u00A0' || Character.isWhitespace(c)) return false;
    }
    return true;
  }
}
