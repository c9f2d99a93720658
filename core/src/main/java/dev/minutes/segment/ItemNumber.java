package dev.minutes.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An agenda number such as {@code 6.10}: its components, compared numerically. */
public record ItemNumber(List<Integer> parts) {
  private static final Pattern TOKEN = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){0,5}\\.?");

  public ItemNumber {
    parts = List.copyOf(parts);
  }

  /** Parses {@code "6.10."} or {@code "6.10"}; null when the token is not an agenda number. */
  public static ItemNumber parse(String token) {
    if (token.isEmpty() || token.length() > 24 || !Character.isDigit(token.charAt(0)) || !TOKEN.matcher(token).matches()) {
      return null;
    }
    List<Integer> parts = new ArrayList<>();
    for (String p : token.split("\\.")) {
      if (!p.isEmpty()) parts.add(Integer.parseInt(p));
    }
    return new ItemNumber(parts);
  }

  public int level() {
    return parts.size();
  }

  /**
   * Where this number may follow {@code current} (null before the first item): how far it jumps
   * ahead (1 for the expected next number) or -1 when it does not fit. It fits as the first child
   * ({@code 6} then {@code 6.1}) or as a later sibling of {@code current} or of one of its ancestors
   * ({@code 6.13} then {@code 7}).
   */
  public int stepFrom(ItemNumber current) {
    if (current == null) return level() == 1 ? Math.max(1, parts.get(0)) : -1;
    List<Integer> c = current.parts;
    int n = parts.size();
    if (n == c.size() + 1 && parts.subList(0, c.size()).equals(c)) return parts.get(n - 1) >= 1 ? parts.get(n - 1) : -1;
    if (n > c.size() || !parts.subList(0, n - 1).equals(c.subList(0, n - 1))) return -1;
    int step = parts.get(n - 1) - c.get(n - 1);
    return step >= 1 ? step : -1;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int p : parts) {
      if (s.length() > 0) s.append('.');
      s.append(p);
    }
    return s.toString();
  }
}
