package dev.minutes.extract.ocr;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of OCR's usual misreadings inside one word, where the word's own shape shows what was meant; no word is
 * guessed from a dictionary, save the section labels the parser is told ({@link #label}). Each rule:
 * <ul>
 *   <li>a file name's extension read with {@code I}, {@code i}, {@code 1} or {@code |} for {@code l}, or {@code 0} for
 *       {@code o}, that is then a known extension, or with a letter too many ({@code .xIsx}, {@code .xisx},
 *       {@code .xISsx} → {@code .xlsx}, {@code .d0cx} → {@code .docx});
 *   <li>a letter that looks like a digit between two digits: {@code O}, {@code o} → {@code 0}; {@code I}, {@code l},
 *       {@code |} → {@code 1} ({@code 2O18} → {@code 2018});
 *   <li>a speck read as a dot or comma beside a date's slash ({@code 12/.3/2018} → {@code 12/3/2018}).
 * </ul>
 */
final class OcrText {
  /** The extensions attachments carry. */
  static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "odt",
      "ods", "odp", "txt", "rtf", "csv", "jpg", "jpeg", "png", "gif", "tif", "tiff", "zip", "msg", "eml", "htm", "html",
      "xml", "mp4", "mov");
  private static final Pattern EXTENSION = Pattern.compile("(.*\\.)([A-Za-z0-9|]{2,5})([)\\]]?[.,;]?)");
  private static final Pattern LETTER_AMONG_DIGITS = Pattern.compile("(?<=\\d)[OoIl|](?=\\d)");
  private static final Pattern SPECK_BY_SLASH = Pattern.compile("(?<=\\d)/[.,'`](?=\\d)|(?<=\\d)[.,'`]/(?=\\d)");

  private OcrText() {}

  static String repair(String word) {
    String w = digits(word);
    w = SPECK_BY_SLASH.matcher(w).replaceAll("/");
    return extension(w);
  }

  /** A word in brackets, and what follows them: {@code (Organisatör),}. */
  private static final Pattern BRACKETED = Pattern.compile("\\(([^()]+)\\)([,.;:]?)");

  /**
   * A word of six letters or more that is one letter from a one-word label ({@code Besiut}, {@code Beslvt}:
   * {@code Beslut}; {@code (Organisatér),}: {@code (Organisatör),}; a colon after it, brackets around it kept): the
   * label, as the label set writes it; any other word as it is. For a word alone on its line (a section's label) or
   * in brackets (a participant's role).
   */
  static String label(String word, List<String> labels) {
    Matcher bracketed = BRACKETED.matcher(word);
    if (bracketed.matches()) return "(" + label(bracketed.group(1), labels) + ")" + bracketed.group(2);
    boolean colon = word.endsWith(":");
    String w = colon ? word.substring(0, word.length() - 1) : word;
    if (w.length() < 6 || w.indexOf(' ') >= 0) return word;
    String folded = w.toLowerCase(Locale.ROOT);
    String found = null;
    for (String label : labels) {
      if (label.indexOf(' ') >= 0) continue;
      String l = label.toLowerCase(Locale.ROOT);
      if (l.equals(folded)) return word;
      if (oneEditApart(folded, l)) {
        if (found != null && !found.equals(label)) return word; // two labels as near: neither
        found = label;
      }
    }
    return found == null ? word : found + (colon ? ":" : "");
  }

  /** Whether one letter changed, added or left out makes {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) return false;
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
    if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  /** A five-letter extension that is a known one with one letter left out ({@code xlssx}: {@code xlsx}), or null. */
  private static String oneLetterLess(String ext) {
    if (ext.length() != 5) return null;
    for (int i = 0; i < ext.length(); i++) {
      String less = ext.substring(0, i) + ext.substring(i + 1);
      if (EXTENSIONS.contains(less.toLowerCase(Locale.ROOT))) return less;
    }
    return null;
  }

  /** Whether {@code word} ends in a known extension, as a file name does ({@code budget.xlsx}, {@code v2.PDF,}). */
  static boolean fileName(String word) {
    Matcher m = EXTENSION.matcher(word);
    return m.matches() && EXTENSIONS.contains(m.group(2).toLowerCase(Locale.ROOT));
  }

  private static String digits(String word) {
    Matcher m = LETTER_AMONG_DIGITS.matcher(word);
    if (!m.find()) return word;
    StringBuilder out = new StringBuilder();
    m.reset();
    while (m.find()) m.appendReplacement(out, "Oo".indexOf(m.group().charAt(0)) >= 0 ? "0" : "1");
    m.appendTail(out);
    return out.toString();
  }

  private static String extension(String word) {
    Matcher m = EXTENSION.matcher(word);
    if (!m.matches()) return word;
    String ext = m.group(2);
    if (EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT))) return word;
    String mapped = ext.replace('I', 'l').replace('i', 'l').replace('1', 'l').replace('|', 'l').replace('0', 'o');
    if (!EXTENSIONS.contains(mapped.toLowerCase(Locale.ROOT))) mapped = oneLetterLess(mapped);
    if (mapped == null) return word;
    // an extension in capitals stays in capitals; one misread in mixed case is written as it mostly is, small
    boolean capitals = ext.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return m.group(1) + (capitals ? mapped.toUpperCase(Locale.ROOT) : mapped.toLowerCase(Locale.ROOT)) + m.group(3);
  }
}
