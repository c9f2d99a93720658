package dev.minutes.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tesseract's hOCR, read: its lines (each with its box, baseline and size) and their words (each with its box
 * and confidence), in pixels of the image read, in the order Tesseract gives them. Only what Tesseract writes is
 * read (single-quoted classes, a {@code title} of semicolon-separated properties), not hOCR at large.
 */
public final class Hocr {
  /** A box in pixels: left, top, right, bottom. */
  public record Box(int left, int top, int right, int bottom) {
    public int width() {
      return right - left;
    }

    public int height() {
      return bottom - top;
    }
  }

  /** A word: its text, box and confidence (0 to 100). */
  public record Word(String text, Box box, int confidence) {}

  /**
   * A line: its box; its baseline as Tesseract gives it (slope, and offset in pixels from the box's bottom at its
   * left edge, negative upwards); {@code xSize}, the height from the descenders' bottom to the ascenders' top;
   * its words.
   */
  public record Line(Box box, double slope, double offset, double xSize, List<Word> words) {
    public Line {
      words = List.copyOf(words);
    }

    /** The baseline's height in pixels from the image's top at horizontal position {@code x}. */
    public double baselineAt(double x) {
      return box.bottom() + offset + slope * (x - box.left());
    }
  }

  private static final Pattern SPAN = Pattern.compile(
      "<span class='(ocr_line|ocr_header|ocr_textfloat|ocr_caption|ocrx_word)'[^>]*?title=(['\"])(.*?)\\2[^>]*>");
  private static final Pattern END_SPAN = Pattern.compile("</span>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Hocr() {}

  public static List<Line> lines(String hocr) {
    List<Line> lines = new ArrayList<>();
    Matcher m = SPAN.matcher(hocr);
    Matcher end = END_SPAN.matcher(hocr);
    Line open = null;
    List<Word> words = new ArrayList<>();
    int from = 0;
    while (m.find(from)) {
      String title = m.group(3);
      if (m.group(1).equals("ocrx_word")) {
        if (!end.find(m.end())) break;
        String text = unescape(TAG.matcher(hocr.substring(m.end(), end.start())).replaceAll("")).strip();
        from = end.end();
        Box box = box(title);
        if (open != null && box != null && !text.isEmpty()) words.add(new Word(text, box, (int) Math.round(number(title, "x_wconf", 0))));
        continue;
      }
      if (open != null && !words.isEmpty()) lines.add(new Line(open.box(), open.slope(), open.offset(), open.xSize(), words));
      words = new ArrayList<>();
      Box box = box(title);
      double[] baseline = numbers(title, "baseline");
      open = box == null ? null : new Line(box, baseline.length == 2 ? baseline[0] : 0,
          baseline.length == 2 ? baseline[1] : 0, number(title, "x_size", box.height()), List.of());
      from = m.end();
    }
    if (open != null && !words.isEmpty()) lines.add(new Line(open.box(), open.slope(), open.offset(), open.xSize(), words));
    return lines;
  }

  private static Box box(String title) {
    double[] b = numbers(title, "bbox");
    return b.length == 4 ? new Box((int) b[0], (int) b[1], (int) b[2], (int) b[3]) : null;
  }

  private static double number(String title, String property, double otherwise) {
    double[] n = numbers(title, property);
    return n.length == 1 ? n[0] : otherwise;
  }

  /** The numbers of a title property: {@code bbox 1 2 3 4; x_wconf 90} → bbox: [1, 2, 3, 4]. */
  static double[] numbers(String title, String property) {
    for (String part : title.split(";")) {
      String[] tokens = part.strip().split("\\s+");
      if (tokens.length < 2 || !tokens[0].equals(property)) continue;
      double[] n = new double[tokens.length - 1];
      try {
        for (int i = 1; i < tokens.length; i++) n[i - 1] = Double.parseDouble(tokens[i]);
      } catch (NumberFormatException e) {
        return new double[0];
      }
      return n;
    }
    return new double[0];
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi < 0 || semi - i > 10) {
        out.append(c);
        continue;
      }
      String entity = s.substring(i + 1, semi);
      String replacement = switch (entity) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> {
          try {
            if (entity.startsWith("#x")) yield new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            if (entity.startsWith("#")) yield new String(Character.toChars(Integer.parseInt(entity.substring(1))));
          } catch (IllegalArgumentException e) {
            // not an entity
          }
          yield null;
        }
      };
      if (replacement == null) {
        out.append(c);
      } else {
        out.append(replacement);
        i = semi;
      }
    }
    return out.toString();
  }
}
