package dev.minutes.learn;

import dev.minutes.extract.TextLine;
import dev.minutes.segment.DateTimeFinder;
import dev.minutes.segment.HeadingToken;
import dev.minutes.segment.Layout;
import dev.minutes.lexicon.Lexicon;
import dev.minutes.lexicon.WordClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a line looks like, in words a model can weigh: the identifier it opens with and what follows it, its weight,
 * size against the body's, capitals, indent, width, the space above and below it, how it ends, where it stands in the
 * document, and the same of the lines around it. Every value is measured against the document's own typography
 * ({@link Layout}), so that what is learned on one design carries to another.
 */
public final class LineFeatures {
  private static final Pattern LEADERS = Pattern.compile("\\.{4,}|…{2,}|(?:\\. ){4,}|_{4,}");
  private static final Pattern ITEM_REFERENCE = Lines.ITEM_REFERENCE;
  private static final Pattern CASE = Pattern.compile("(?i)^(?:dnr|dno|dnro|diarienr|sagsnr|sag nr|case|ref)\\b.*");

  private static final Lexicon LEXICON = Lexicon.standard();
  /** The topics that recur on agendas: a title naming one is likely an item's. */
  private static final Set<WordClass> TOPICS = EnumSet.of(WordClass.OPENING, WordClass.QUORUM, WordClass.AGENDA_APPROVAL,
      WordClass.PREVIOUS_MINUTES, WordClass.CONFLICT_OF_INTEREST, WordClass.REPORTS, WordClass.OTHER_BUSINESS,
      WordClass.PUBLIC_QUESTIONS, WordClass.CLOSED_SESSION, WordClass.NEXT_MEETING, WordClass.CLOSING);

  private LineFeatures() {}

  /** The lexicon's word on a text: the class of label it is alone, the classes it opens with, a recurring topic. */
  private static void words(String text, String p, List<String> f) {
    WordClass label = LEXICON.label(text);
    if (label != null) f.add(p + "label=" + label);
    for (WordClass c : LEXICON.classesIn(text)) {
      if (TOPICS.contains(c)) {
        f.add(p + "topic");
      } else if (c != WordClass.WEEKDAY && c != WordClass.MONTH && LEXICON.startsWith(text, c)) {
        f.add(p + "opens=" + c);
      }
    }
  }

  private static boolean hasDigit(String text) {
    for (int k = 0; k < text.length(); k++) if (Character.isDigit(text.charAt(k))) return true;
    return false;
  }

  /** The features of line {@code i}. */
  public static String[] of(Lines lines, int i) {
    List<String> f = new ArrayList<>(64);
    f.add("bias");
    own(lines, i, "", f);
    if (i > 0) context(lines, i - 1, "p.", f);
    else f.add("p.none");
    if (i + 1 < lines.size()) context(lines, i + 1, "n.", f);
    else f.add("n.none");
    return f.toArray(String[]::new);
  }

  private static void own(Lines lines, int i, String p, List<String> f) {
    TextLine line = lines.line(i);
    Layout layout = lines.layout();
    HeadingToken t = lines.token(i);
    String text = lines.text(i);
    String tok = t == null ? "none" : t.syntax().name();
    f.add(p + "tok=" + tok);
    String style = style(line, layout);
    f.add(p + "st=" + style);
    String size = size(line, layout);
    f.add(p + "sz=" + size);
    boolean caps = caps(text);
    if (caps) f.add(p + "caps");
    String rest = text;
    if (t != null) {
      rest = t.rest();
      if (t.isFirst()) f.add(p + "first");
      f.add(p + "depth=" + Math.min(3, t.path().size()));
      f.add(p + "rest=" + initial(rest));
      if (rest.isEmpty() || CASE.matcher(rest).matches()) f.add(p + "alone");
      f.add(p + "tok|st=" + tok + "|" + style);
      if (p.isEmpty()) {
        f.add("strongest=" + lines.strongestOfSyntax(i));
        f.add("kindcount=" + bucket(lines.kindCount(i), 1, 3, 8));
        f.add("kindfirsts=" + bucket(lines.kindFirsts(i), 1, 2));
        f.add("tok|strongest=" + tok + "|" + lines.strongestOfSyntax(i));
        double[] shape = lines.kindShape(i);
        String seq = bucket(shape[0], 0.3, 0.6, 0.85);
        f.add("kindseq=" + seq);
        f.add("kindapart=" + bucket(shape[1], 0.3, 0.6, 0.85));
        f.add("kindwords=" + bucket(shape[2], 1, 4, 8, 14));
        f.add("kindseq|strongest=" + seq + "|" + lines.strongestOfSyntax(i));
      }
    }
    String words = bucket(rest.isEmpty() ? 0 : rest.split("\\s+").length, 0, 1, 3, 7, 15);
    f.add(p + "wc=" + words);
    String width = bucket((lines.endX(i) - line.x()) / Math.max(1, layout.rightEdge() - layout.leftEdge()),
        0.3, 0.6, 0.85);
    f.add(p + "w=" + width);
    String indent = bucket((line.x() - layout.leftEdge()) / layout.bodySize(), -1, 0.5, 2, 5);
    f.add(p + "x=" + indent);
    float centre = (line.x() + lines.endX(i)) / 2, column = (layout.leftEdge() + layout.rightEdge()) / 2;
    if (Math.abs(centre - column) < layout.bodySize() && line.x() > layout.leftEdge() + 2 * layout.bodySize()) {
      f.add(p + "centred");
    }
    f.add(p + "end=" + ending(text));
    String above = gap(lines.gapAbove(i)), below = gap(lines.gapBelow(i));
    f.add(p + "ga=" + above);
    f.add(p + "gb=" + below);
    if (layout.isFull(line)) f.add(p + "full");
    if (dev.minutes.segment.TextJoin.isBullet(text)) f.add(p + "bullet");
    if (p.isEmpty() && headLike(line, text, layout)) f.add("headlike|" + style);
    if (LEADERS.matcher(text).find() || endsWithPageNumber(line, layout)) f.add(p + "toc");
    if (ITEM_REFERENCE.matcher(text).matches()) f.add(p + "itemref");
    if (p.isEmpty() && lines.listed(i)) f.add("listed");
    if (hasDigit(text) && DateTimeFinder.find(text).date() != null) f.add(p + "date"); // a date writes its day in figures
    words(rest, p, f);
    if (p.isEmpty()) {
      f.add("st|ga=" + style + "|" + above);
      f.add("st|w=" + style + "|" + width);
      f.add("tok|ga=" + tok + "|" + above);
      f.add("tok|w=" + tok + "|" + width);
      f.add("tok|x=" + tok + "|" + indent);
      f.add("tok|end=" + tok + "|" + ending(text));
      f.add("caps|w=" + caps + "|" + width);
      f.add("sz|gb=" + size + "|" + below);
      f.add("page1=" + (line.page() == 1));
      f.add("pos=" + bucket((float) i / lines.size(), 0.05, 0.2, 0.5));
      if (!lines.bodyLook(i)) {
        String sig = bucket(lines.signatureCount(i), 1, 3, 10, 40);
        f.add("sigcount=" + sig);
        f.add("sigcount|alone=" + sig + "|" + lines.standsAlone(i));
      }
      if (lines.standsAlone(i)) f.add("alone");
      if (i + 1 < lines.size() && !lines.layout().isHardBreak(line, lines.line(i + 1)) && line.page() == lines.line(i + 1).page()) {
        f.add("wraps");
      }
    }
  }

  /** The few features of a neighbouring line. */
  private static void context(Lines lines, int i, String p, List<String> f) {
    TextLine line = lines.line(i);
    HeadingToken t = lines.token(i);
    f.add(p + "tok=" + (t == null ? "none" : t.syntax().name()));
    f.add(p + "st=" + style(line, lines.layout()));
    f.add(p + "sz=" + size(line, lines.layout()));
    f.add(p + "end=" + ending(lines.text(i)));
    f.add(p + "init=" + initial(lines.text(i)));
    if (caps(lines.text(i))) f.add(p + "caps");
    if (ITEM_REFERENCE.matcher(lines.text(i)).matches()) f.add(p + "itemref");
    WordClass label = LEXICON.label(lines.text(i));
    if (label != null) f.add(p + "label=" + label);
    f.add(p + "w=" + bucket((lines.endX(i) - line.x())
        / Math.max(1, lines.layout().rightEdge() - lines.layout().leftEdge()), 0.3, 0.6, 0.85));
  }

  /**
   * Set as a topic heading is: bold or larger than the body, short of the right edge, ten words or fewer, opening
   * with a letter or digit (no bullet), ending in no full stop or comma, and no label of the header.
   */
  static boolean headLike(TextLine line, String text, Layout layout) {
    if (text.isEmpty() || !layout.isStyled(line) || layout.isFull(line) || line.words().size() > 10) return false;
    if (text.endsWith(".") || text.endsWith(",") || !Character.isLetterOrDigit(text.codePointAt(0))) return false;
    WordClass label = LEXICON.label(text);
    return label == null || !label.name().endsWith("_LABEL");
  }

  static String style(TextLine line, Layout layout) {
    if (line.bold()) return "bold";
    int lead = 0;
    while (lead < line.words().size() && line.words().get(lead).bold()) lead++;
    return lead > 0 ? "lead" : "plain";
  }

  static String size(TextLine line, Layout layout) {
    float r = line.fontSize() / layout.bodySize();
    return r < 0.93f ? "small" : r < 1.07f ? "body" : r < 1.25f ? "larger" : r < 1.6f ? "large" : "huge";
  }

  static boolean caps(String text) {
    int upper = 0, letters = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters >= 3 && upper * 10 >= letters * 9;
  }

  private static String initial(String s) {
    if (s.isEmpty()) return "empty";
    int c = s.codePointAt(0);
    return Character.isUpperCase(c) ? "upper" : Character.isLowerCase(c) ? "lower" : Character.isDigit(c) ? "digit" : "other";
  }

  private static String ending(String s) {
    if (s.isEmpty()) return "empty";
    char c = s.charAt(s.length() - 1);
    if (Character.isLetter(c)) return "letter";
    if (Character.isDigit(c)) return "digit";
    return switch (c) {
      case '.', ':', ',', ';', ')', '?' -> String.valueOf(c);
      default -> "other";
    };
  }

  private static String gap(float g) {
    if (g < 0) return "edge";
    return g < 1.2f ? "tight" : g < 1.7f ? "para" : g < 2.6f ? "wide" : "big";
  }

  private static String bucket(double v, double... bounds) {
    int k = 0;
    while (k < bounds.length && v > bounds[k]) k++;
    return String.valueOf(k);
  }

  private static boolean endsWithPageNumber(TextLine line, Layout layout) {
    var w = line.words();
    int last = w.size() - 1;
    return last >= 2 && w.get(last).text().matches("\\d{1,3}") && layout.isWideGap(line, last)
        && w.get(last).x() > layout.rightEdge() - 60;
  }
}
