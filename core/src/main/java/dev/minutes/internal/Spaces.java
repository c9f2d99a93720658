package dev.minutes.internal;

/** White space as text extraction leaves it: runs of spaces, tabs and no-break spaces. */
public final class Spaces {
  private Spaces() {}

  /** {@code s} with every run of white space made one space, none at either end; lower-cased if asked. */
  public static String collapse(CharSequence s, boolean lowerCase) {
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
}
