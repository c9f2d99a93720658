package dev.minutes.clean;

import dev.minutes.extract.PageText;
import dev.minutes.extract.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage 2: sets aside what is not content: running headers and footers, and page numbers.
 *
 * <p>Rules, applied from each page's top and bottom edge inwards, at most {@value #EDGE_LINES} lines deep:
 * <ul>
 *   <li>a page number alone ({@code 2/11}, {@code Sida 2 av 11}, {@code 2(11)}, {@code 2 (11)},
 *       {@code 2 [11]}) is furniture;</li>
 *   <li>a line in the page margin (the outer {@value #MARGIN} of the page height) is furniture when it is a
 *       bare number ({@code 2}, {@code - 2 -}); when its shape (digits folded) repeats at the same height on
 *       at least half the pages in a type smaller than the body's, or on every page but perhaps the first
 *       (and three at least) in any type, since a section heading may well open several pages; or when it
 *       carries a browser's print stamp, a URL or a file path, or ends in a page number;</li>
 *   <li>a line of two words or more below the margin but within the outer {@value #BAND} of the page height is
 *       furniture when its shape repeats at the same height on at least three pages and a tenth of them (running
 *       headers set lower, on the pages of one part of the document only);</li>
 * </ul>
 * and anywhere on a page, a line that is only {@code n/N} with N the page count is a leaked page number.
 */
public final class PageFurniture {
  static final int EDGE_LINES = 3;
  static final float MARGIN = 0.09f;
  /** A wider band, for lines that repeat on many pages: running headers set below the margin. */
  static final float BAND = 0.16f;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:(?:sida|page|s\\.)\\s*)?\\d{1,4}\\s*(?:/|av|of|\\(|\\[)\\s*\\d{1,4}\\s*[)\\]]?"
          + "|(?:sida|page)\\s+\\d{1,4}");
  private static final Pattern BARE_NUMBER = Pattern.compile("[-–]?\\s*\\d{1,4}\\s*[-–]?");
  private static final Pattern ENDS_WITH_PAGE_NUMBER = Pattern.compile(
      "(?i).*\\s(?:(?:sida|page)\\s+)?\\d{1,4}\\s*(?:/|av|of|\\(|\\[)\\s*\\d{1,4}\\s*[)\\]]?");
  private static final Pattern STAMP = Pattern.compile(
      "(?i)(?:^|\\s)(?:(?:https?|file)://\\S+|www\\.\\S+|[A-Z]:\\\\\\S*|/\\S+/\\S+)"
          + "|^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4},?\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[AP]M)?");
  /** A line ending in a page word and its number ({@code … Side 3}, {@code … Seite 3}, {@code … Sivu 3}). */
  private static final Pattern ENDS_WITH_PAGE_WORD = Pattern.compile(
      "(?iu).*\\s(?:sida|side|page|seite|sivu)\\s+(\\d{1,4})");
  private static final Pattern LEAKED_PAGE_NUMBER = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,4})");

  private PageFurniture() {}

  /** The content lines of all pages, in reading order. */
  public static Cleaned clean(List<PageText> pages) {
    return clean(pages, text -> false);
  }

  /**
   * The content lines of all pages; a line for which {@code isLabel} holds (a section label standing
   * alone) is never taken for a running line, however often it opens a page.
   */
  public static Cleaned clean(List<PageText> pages, java.util.function.Predicate<String> isLabel) {
    Map<String, Integer> shapes = edgeShapeCounts(pages);
    Repeats repeats = new Repeats(shapes, Math.max(2, (pages.size() + 1) / 2), Math.max(3, pages.size() - 1),
        Math.max(3, (pages.size() + 9) / 10), bodySize(pages), isLabel);
    List<TextLine> content = new ArrayList<>();
    List<TextLine> removed = new ArrayList<>();
    for (PageText page : pages) {
      List<TextLine> lines = page.lines();
      int from = 0, to = lines.size();
      while (from < to && from < EDGE_LINES && isFurniture(lines.get(from), page, repeats, pages.size())) {
        removed.add(lines.get(from++));
      }
      int bottom = 0;
      while (to > from && bottom++ < EDGE_LINES && isFurniture(lines.get(to - 1), page, repeats, pages.size())) {
        removed.add(lines.get(--to));
      }
      for (TextLine line : lines.subList(from, to)) {
        if (isLeakedPageNumber(line.text(), pages.size())) removed.add(line);
        else content.add(line);
      }
    }
    return new Cleaned(content, removed);
  }

  /** The result: content lines and the lines set aside. */
  public record Cleaned(List<TextLine> lines, List<TextLine> furniture) {
    public Cleaned {
      lines = List.copyOf(lines);
      furniture = List.copyOf(furniture);
    }
  }

  /** How often each edge line's key recurs, and how often is enough. */
  private record Repeats(Map<String, Integer> counts, int smallType, int anyType, int inBand, float bodySize,
                         java.util.function.Predicate<String> isLabel) {
    boolean running(TextLine line, PageText page) {
      if (isLabel.test(line.text())) return false;
      int n = counts.getOrDefault(key(line), 0);
      if (n >= anyType || n >= smallType && line.fontSize() < bodySize - 0.5f) return true;
      return line.words().size() >= 3 && counts.getOrDefault(marginKey(line, page), 0) >= anyType;
    }

    /**
     * Below the margin but in the band: a line of two words or more that repeats at its place on three pages and a
     * tenth of them (a code standing alone, such as a case number above each item's heading, is content).
     */
    boolean runningInBand(TextLine line) {
      return line.words().size() >= 2 && !isLabel.test(line.text()) && counts.getOrDefault(key(line), 0) >= inBand;
    }
  }

  private static boolean isFurniture(TextLine line, PageText page, Repeats repeats, int pageCount) {
    String text = line.text().strip();
    if (PAGE_NUMBER.matcher(text).matches()) return true;
    if (!inMargin(line, page)) return pageCount > 2 && inBand(line, page) && repeats.runningInBand(line);
    if (BARE_NUMBER.matcher(text).matches()) return true;
    if (pageCount > 1 && repeats.running(line, page)) return true;
    return STAMP.matcher(text).find() || endsWithPageNumber(text, pageCount);
  }

  /**
   * What kind of furniture a line set aside is, for a reader's eye: a page number ({@code 2/11}, {@code Sida 2 av 11},
   * a bare number, a line that is or ends in one), a print stamp (a browser's date and time, a URL, a file path),
   * else a running header or footer by the half of the page it stands in ({@code pageHeight} 0: unknown, a header).
   */
  public static String kind(TextLine line, float pageHeight, int pageCount) {
    String text = line.text().strip();
    if (PAGE_NUMBER.matcher(text).matches() || BARE_NUMBER.matcher(text).matches() || isLeakedPageNumber(text, pageCount)) {
      return dev.minutes.model.Provenance.PAGE_NUMBER;
    }
    if (STAMP.matcher(text).find()) return dev.minutes.model.Provenance.PRINT_STAMP;
    if (endsWithPageNumber(text, pageCount)) return dev.minutes.model.Provenance.PAGE_NUMBER;
    return pageHeight > 0 && line.y() > pageHeight / 2 ? dev.minutes.model.Provenance.RUNNING_FOOTER
        : dev.minutes.model.Provenance.RUNNING_HEADER;
  }

  /** A line ending in "n/N", "n av N" …, where n ≤ N ≤ the page count: a case number (88/521) is no page number. */
  private static boolean endsWithPageNumber(String text, int pageCount) {
    var word = ENDS_WITH_PAGE_WORD.matcher(text);
    if (word.matches()) return Integer.parseInt(word.group(1)) <= pageCount;
    var m = ENDS_WITH_PAGE_NUMBER.matcher(text);
    if (!m.matches()) return false;
    var numbers = java.util.regex.Pattern.compile("(\\d{1,4})\\D+(\\d{1,4})\\D*$").matcher(text);
    if (!numbers.find()) return false;
    int n = Integer.parseInt(numbers.group(1)), total = Integer.parseInt(numbers.group(2));
    return n <= total && total <= pageCount;
  }

  private static boolean inBand(TextLine line, PageText page) {
    float band = page.height() * BAND;
    return line.y() < band || line.y() > page.height() - band;
  }

  private static boolean inMargin(TextLine line, PageText page) {
    float band = page.height() * MARGIN;
    return line.y() < band || line.y() > page.height() - band;
  }

  private static boolean isLeakedPageNumber(String text, int pageCount) {
    if (text.length() > 12 || text.indexOf('/') < 0) return false;
    var m = LEAKED_PAGE_NUMBER.matcher(text.strip());
    return m.matches() && Integer.parseInt(m.group(2)) == pageCount && Integer.parseInt(m.group(1)) <= pageCount;
  }

  /** The font size most characters are set in. */
  private static float bodySize(List<PageText> pages) {
    // Sizes are in half points (see TextLine): count characters per half point up to 200 pt.
    int[] chars = new int[401];
    for (PageText page : pages) {
      for (TextLine l : page.lines()) chars[Math.min(400, Math.max(0, Math.round(l.fontSize() * 2)))] += l.text().length();
    }
    int best = 0;
    for (int i = 1; i < chars.length; i++) if (chars[i] > chars[best]) best = i;
    return best / 2f;
  }

  /** Running lines repeat both their shape and their place: the key is the shape and the rounded baseline. */
  private static String key(TextLine line) {
    return Math.round(line.y() / 3) + "|" + shape(line.text());
  }

  /** The shape, the type size and the margin (top or bottom) a line stands in, its height aside. */
  private static String marginKey(TextLine line, PageText page) {
    return (line.y() < page.height() / 2 ? "top|" : "bottom|") + Math.round(line.fontSize() * 2) + "|" + shape(line.text());
  }

  /** How many pages carry each edge-line key, and each edge line's margin key (counted once per page). */
  private static Map<String, Integer> edgeShapeCounts(List<PageText> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (PageText page : pages) {
      List<TextLine> lines = page.lines();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
          seen.add(key(lines.get(i)));
          if (inMargin(lines.get(i), page)) seen.add(marginKey(lines.get(i), page));
        }
      }
      seen.forEach(s -> counts.merge(s, 1, Integer::sum));
    }
    return counts;
  }

  /** A line's shape: digits folded to one mark, white space collapsed. */
  static String shape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String s = text.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char last = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
      if (Character.isDigit(c)) {
        if (last != '#') b.append('#');
      } else if (Character.isWhitespace(c)) {
        if (last != ' ') b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
