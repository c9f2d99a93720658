package dev.minutes.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a page's text is words: the measure behind the {@code text.garbled} warning, for text layers that
 * nothing repaired (a font's map that is wrong throughout, a font without one).
 *
 * <p>A page's tokens are its words as extracted (split at white space, no-break spaces too), without
 * control characters and without punctuation at either end. Not judged: tokens of one character (a bullet,
 * a letter), tokens without a letter (numbers, dates), and tokens with {@code . : / \ _} inside or an
 * {@code @} (file names, addresses, abbreviations such as {@code bl.a.}). A judged token is
 * <em>not a word</em> when it
 * <ul>
 *   <li>holds a character no text has: a private-use code point (symbol fonts without a map), U+FFFD, an
 *       unassigned code point;
 *   <li>mixes letters of two scripts (Latin and Cyrillic, Latin and Greek: a wrong encoding);
 *   <li>is Latin and not written in capitals (an acronym, also with a possessive {@code 's}), and has four letters or more but no vowel
 *       ({@code a e i o u y}, with or without accents, {@code æ ø œ}), or one letter three times in a row,
 *       or a pair of letters these languages' words hardly ever hold ({@code qd}, {@code xw}, {@code jj}:
 *       {@link #RARE_PAIRS}), or seven consonants in a row, {@code sch} and {@code ch} counted as one (Swedish and German
 *       compounds reach six: {@code utvecklingsstrategi}, {@code Gerichtsschreiber}), or more than 40 letters (words run together: spaces read as letters).
 * </ul>
 * Ordinary Swedish, English, German and Finnish text has few such tokens: at most 2.3% on any page of this
 * repository's fixtures and of the real minutes it was measured on ({@code scripts/text-repair.sh}). Text
 * read through a map wrong throughout has many: 33% to 73% for each letter told as the one three places on
 * (English keeps the most shapes of words). A page is <em>garbled</em> when at least {@value #MIN_TOKENS}
 * tokens are judged and at least 30% of them are not words: ten times what ordinary text shows.
 */
public final class TextQuality {
  /** Fewer judged tokens than this say nothing about a page. */
  public static final int MIN_TOKENS = 20;
  /** The share of non-words from which a page is garbled. */
  public static final double GARBLED_SHARE = 0.3;
  private static final int MAX_WORD_LETTERS = 40;
  private static final int MAX_CONSONANT_RUN = 6;

  private TextQuality() {}

  /** Judged tokens and non-words among them. */
  public record Count(int tokens, int nonWords) {
    public double share() {
      return tokens == 0 ? 0 : (double) nonWords / tokens;
    }

    Count plus(Count o) {
      return new Count(tokens + o.tokens, nonWords + o.nonWords);
    }
  }

  /** Whether most of the page's text is not words. */
  public static boolean garbled(PageText page) {
    Count c = page.quality();
    return c.tokens() >= MIN_TOKENS && c.share() >= GARBLED_SHARE;
  }

  public static Count count(List<TextLine> lines) {
    Count c = new Count(0, 0);
    for (TextLine line : lines) c = c.plus(count(line.text()));
    return c;
  }

  /** The tokens of a text, split at white space ({@code \\s} and the Unicode separators, no-break spaces too). */
  public static Count count(String text) {
    char[] cs = text.toCharArray();
    int tokens = 0, nonWords = 0;
    for (int i = 0, n = cs.length; i < n; ) {
      while (i < n && white(cs[i])) i++;
      int from = i;
      boolean plain = true;
      for (; i < n && !white(cs[i]); i++) plain &= cs[i] >= 0x20 && cs[i] < 0x7f;
      if (i == from) continue;
      Boolean nonWord = plain ? judgePlain(cs, from, i) : judge(new String(cs, from, i - from));
      if (nonWord == null) continue;
      tokens++;
      if (nonWord) nonWords++;
    }
    return new Count(tokens, nonWords);
  }

  /** {@link #judge} for a token of printable ASCII, {@code cs[from, to)}, without making it a string. */
  private static Boolean judgePlain(char[] cs, int from, int to) {
    while (from < to && !asciiLetterOrDigit(cs[from])) from++;
    while (to > from && !asciiLetterOrDigit(cs[to - 1])) to--;
    if (to - from < 2) return null;
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = cs[i];
      if (c == '@' || i > from && i < to - 1 && (c == '.' || c == ':' || c == '/' || c == '\\' || c == '_')) return null;
      if (asciiLetter(c)) letters++;
    }
    return letters < 2 ? null : !asciiLatinWord(cs, from, to, letters);
  }

  private static boolean asciiLetterOrDigit(char c) {
    return asciiLetter(c) || c >= '0' && c <= '9';
  }

  private static boolean white(char c) {
    if (c < 0x80) return c == ' ' || c >= '\t' && c <= '\r';
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Whether a token is not a word; null where it is not judged. */
  public static Boolean judge(String raw) {
    String token = strip(withoutControls(raw));
    if (token.codePointCount(0, token.length()) < 2 || token.contains("@") || inner(token, ".:/\\_")) return null;
    if (ascii(token)) {
      int letters = 0;
      for (int i = 0; i < token.length(); i++) letters += asciiLetter(token.charAt(i)) ? 1 : 0;
      return letters < 2 ? null : !asciiLatinWord(token.toCharArray(), 0, token.length(), letters);
    }
    int letters = 0;
    boolean junk = false;
    Character.UnicodeScript script = null;
    boolean mixed = false;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
          || cp == 0xFFFD) {
        junk = true;
      } else if (Character.isLetter(cp)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
          if (script == null) script = s;
          else if (s != script) mixed = true;
        }
      }
    }
    if (junk) return true;
    if (letters < 2) return null;
    if (mixed) return true;
    if (script != Character.UnicodeScript.LATIN) return false;
    return !latinWord(token, letters);
  }

  static boolean latinWord(String token, int letters) {
    if (letters > MAX_WORD_LETTERS) return false;
    String stem = token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2) : token;
    if (stem.equals(stem.toUpperCase(Locale.ROOT))) return true;
    String lower = stem.toLowerCase(Locale.ROOT);
    if (rarePair(lower.replace("qu", "ku").replace("qv", "kv"))) return false;
    String folded = Normalizer.normalize(lower, Normalizer.Form.NFD).replace("sch", "ʃ").replace("ch", "ʃ");
    boolean vowel = false;
    int consonants = 0, repeat = 0;
    int previous = -1;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        if (Character.getType(cp) != Character.NON_SPACING_MARK) consonants = 0;
        previous = -1;
        continue;
      }
      boolean v = "aeiouyæøœ".indexOf(cp) >= 0;
      vowel |= v;
      consonants = v ? 0 : consonants + 1;
      if (consonants > MAX_CONSONANT_RUN) return false;
      repeat = cp == previous ? repeat + 1 : 1;
      if (repeat >= 3) return false;
      previous = cp;
    }
    return vowel || letters < 4;
  }

  /**
   * {@link #latinWord} for a token of ASCII characters, in one pass: the same rules, without the case mapping,
   * decomposition and replacements, which change nothing in ASCII but the {@code sch}, {@code ch}, {@code qu} and
   * {@code qv} read here as they are read there.
   */
  static boolean asciiLatinWord(String token, int letters) {
    return asciiLatinWord(token.toCharArray(), 0, token.length(), letters);
  }

  private static boolean asciiLatinWord(char[] token, int from, int to, int letters) {
    if (letters > MAX_WORD_LETTERS) return false;
    int end = to - from >= 2 && token[to - 2] == '\'' && token[to - 1] == 's' ? to - 2 : to;
    boolean lowerCase = false;
    for (int i = from; i < end && !lowerCase; i++) lowerCase = token[i] >= 'a' && token[i] <= 'z';
    if (!lowerCase) return true;
    for (int i = from; i + 1 < end; i++) {
      char a = lowerQuAsKu(token, i, end), b = lowerQuAsKu(token, i + 1, end);
      if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && RARE_TABLE[(a - 'a') * 26 + b - 'a']) return false;
    }
    boolean vowel = false;
    int consonants = 0, repeat = 0;
    int previous = -1;
    for (int i = from; i < end; ) {
      int c = lower(token[i]);
      if (c == 's' && i + 2 < end && lower(token[i + 1]) == 'c' && lower(token[i + 2]) == 'h') {
        c = 'ʃ';
        i += 3;
      } else if (c == 'c' && i + 1 < end && lower(token[i + 1]) == 'h') {
        c = 'ʃ';
        i += 2;
      } else {
        i++;
      }
      if (!asciiLetter(c) && c != 'ʃ') {
        consonants = 0;
        previous = -1;
        continue;
      }
      boolean v = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
      vowel |= v;
      consonants = v ? 0 : consonants + 1;
      if (consonants > MAX_CONSONANT_RUN) return false;
      repeat = c == previous ? repeat + 1 : 1;
      if (repeat >= 3) return false;
      previous = c;
    }
    return vowel || letters < 4;
  }

  /** The lower-cased character at {@code i}, a {@code q} before {@code u} or {@code v} read as {@code k}. */
  private static char lowerQuAsKu(char[] s, int i, int end) {
    char c = lower(s[i]);
    if (c == 'q' && i + 1 < end && (lower(s[i + 1]) == 'u' || lower(s[i + 1]) == 'v')) return 'k';
    return c;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean asciiLetter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /**
   * Pairs of letters that fewer than one word in 5,000 holds in Debian's Swedish, German, American and
   * British word lists (121,000 to 2,000,000 words each), less those that compounds and names join
   * ({@code trotzdem}, {@code Dorfverein}, {@code Lindqvist}: "qu" and "qv" are read as "ku" and "kv").
   */
  private static final String RARE_PAIRS = "bq bx cb cf cg cj cm cn cp cv cw cx dq dx fc fq fx gc gq gx hq hx jb "
      + "jc jf jg jh jj jm jp jq jr jv jw jx jz kc kq kx lq lx mq mx pq px pz qb qc qd qe qf qg qh qj qk ql qm qn qo "
      + "qp qq qr qs qt qw qx qy qz rx tq tx uq vc vq vw vx vz wc wg wj wq wv ww wx wz xb xd xf xg xj xm xn xq xr "
      + "xw xz yj yq zc zj zn zq zx";
  private static final Set<String> RARE = Set.of(RARE_PAIRS.split(" "));
  private static final boolean[] RARE_TABLE = new boolean[26 * 26];

  static {
    for (String pair : RARE) RARE_TABLE[(pair.charAt(0) - 'a') * 26 + pair.charAt(1) - 'a'] = true;
  }

  private static boolean rarePair(String lower) {
    for (int i = 0; i + 1 < lower.length(); i++) {
      char a = lower.charAt(i), b = lower.charAt(i + 1);
      if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && RARE.contains(lower.substring(i, i + 2))) return true;
    }
    return false;
  }

  /** Whether one of the characters stands inside the token (file names, addresses, abbreviations). */
  private static boolean inner(String token, String chars) {
    for (int i = 1; i < token.length() - 1; i++) {
      if (chars.indexOf(token.charAt(i)) >= 0) return true;
    }
    return false;
  }

  private static String withoutControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.getType(s.charAt(i)) == Character.CONTROL) return s.replaceAll("\\p{Cc}", "");
    }
    return s;
  }

  /** The token without punctuation and symbols at either end (junk characters are kept). */
  private static String strip(String s) {
    int from = 0, to = s.length();
    while (from < to && edge(s.codePointAt(from))) from += Character.charCount(s.codePointAt(from));
    while (to > from && edge(s.codePointBefore(to))) to -= Character.charCount(s.codePointBefore(to));
    return s.substring(from, to);
  }

  private static boolean edge(int cp) {
    if (cp == 0xFFFD) return false;
    int type = Character.getType(cp);
    return !Character.isLetterOrDigit(cp) && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
        && type != Character.SURROGATE;
  }
}
