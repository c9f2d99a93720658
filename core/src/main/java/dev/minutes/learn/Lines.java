package dev.minutes.learn;

import dev.minutes.extract.TextLine;
import dev.minutes.segment.HeadingToken;
import dev.minutes.segment.Layout;
import dev.minutes.segment.TextJoin;
import java.util.List;

/**
 * A document's lines as the learned readers see them: each line's normalised text and the identifier it opens with,
 * and the document's typography ({@link Layout}), computed once.
 */
public final class Lines {
  private final List<TextLine> lines;
  private final String[] texts;
  private final HeadingToken[] tokens;
  private final Layout layout;
  /** A reference to the agenda on a line of its own: {@code (Item 4)}, group 1 the number. */
  public static final java.util.regex.Pattern ITEM_REFERENCE =
      java.util.regex.Pattern.compile("(?i)^\\(?(?:item|punkt|agenda item|pkt\\.?)\\s+(\\d{1,3})\\)?$");
  private final String[] signatures;
  private final java.util.Map<String, Integer> signatureCounts = new java.util.HashMap<>();
  private final String[] kinds;
  private final java.util.Map<String, Integer> kindCounts = new java.util.HashMap<>();
  private final java.util.Map<String, Integer> kindFirsts = new java.util.HashMap<>();
  private final java.util.Map<String, Integer> kindStrongest = new java.util.HashMap<>();
  private final java.util.Map<String, double[]> kindShape = new java.util.HashMap<>();
  /** Leaders or a run of dots: a line of a table of contents ({@code 715. Title ....... 2}). */
  private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("\\.{4,}|…{2,}|(?:\\. ){4,}|_{4,}");
  private final boolean[] listed;

  public Lines(List<TextLine> lines) {
    this.lines = List.copyOf(lines);
    this.texts = new String[lines.size()];
    this.tokens = new HeadingToken[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      texts[i] = TextJoin.normalise(lines.get(i).text()).strip();
      tokens[i] = HeadingToken.of(lines.get(i));
    }
    // A heading with its place on the agenda below it ("(Item 4)") takes that number.
    for (int i = 0; i + 1 < lines.size(); i++) {
      var ref = ITEM_REFERENCE.matcher(texts[i + 1]);
      if (tokens[i] == null && ref.matches()) tokens[i] = HeadingToken.referenced(ref.group(1), texts[i]);
    }
    this.layout = lines.isEmpty() ? null : Layout.of(lines);
    this.signatures = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      signatures[i] = signature(i);
      if (standsAlone(i)) signatureCounts.merge(signatures[i], 1, Integer::sum);
    }
    this.kinds = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (tokens[i] == null) continue;
      kinds[i] = kind(i);
      kindCounts.merge(kinds[i], 1, Integer::sum);
      if (tokens[i].isFirst()) kindFirsts.merge(kinds[i], 1, Integer::sum);
      kindStrongest.merge(tokens[i].syntax().name(), strength(i), Math::max);
    }
    shapeKinds();
    this.listed = listed();
  }

  /**
   * Rule: a line is listed where an earlier line with leaders (a table of contents' entry) opens with the same text,
   * compared without case, punctuation or spacing, at least eight letters or digits long: its title, as the contents
   * give it, or the first line of a title the contents give whole.
   */
  private boolean[] listed() {
    boolean[] out = new boolean[lines.size()];
    List<String> entries = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      var leaders = LEADERS.matcher(texts[i]);
      if (leaders.find()) {
        String entry = key(texts[i].substring(0, leaders.start()));
        if (entry.length() >= 8) entries.add(entry);
        continue;
      }
      if (entries.isEmpty()) continue;
      String k = key(texts[i]);
      if (k.length() < 8) continue;
      for (String e : entries) {
        if (e.startsWith(k) || k.startsWith(e)) {
          out[i] = true;
          break;
        }
      }
    }
    return out;
  }

  private static String key(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.toLowerCase(java.util.Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Whether line {@code i} stands as an entry in a table of contents above it (see {@link #listed()}). */
  public boolean listed(int i) {
    return listed[i];
  }

  /**
   * For each kind: the share of its lines whose identifier comes right after the one before of that kind
   * ({@code 3} after {@code 2}), the share with space above them, and the mean number of words after the identifier.
   */
  private void shapeKinds() {
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    java.util.Map<String, double[]> sums = new java.util.HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == null) continue;
      double[] sum = sums.computeIfAbsent(kinds[i], k -> new double[4]);
      Integer before = last.put(kinds[i], i);
      if (before != null && lastNumber(i) == lastNumber(before) + 1) sum[0]++;
      if (gapAbove(i) < 0 || gapAbove(i) > 1.3f) sum[1]++;
      sum[2] += tokens[i].rest().isEmpty() ? 0 : tokens[i].rest().split("\\s+").length;
      sum[3]++;
    }
    for (var e : sums.entrySet()) {
      double[] v = e.getValue();
      kindShape.put(e.getKey(), new double[] {v[3] > 1 ? v[0] / (v[3] - 1) : 0, v[1] / v[3], v[2] / v[3]});
    }
  }

  private int lastNumber(int i) {
    var path = tokens[i].path();
    if (path.isEmpty()) return -99;
    var part = path.get(path.size() - 1);
    return part.number() >= 0 ? part.number() : part.letter();
  }

  /** Of line {@code i}'s kind: [0] the share in sequence, [1] the share with space above, [2] the mean words after. */
  public double[] kindShape(int i) {
    return kinds[i] == null ? null : kindShape.get(kinds[i]);
  }

  /**
   * How the identifier of line {@code i} is written, its number of parts and its indent in steps of one and a half
   * ems: the headings of one level share it. Null for a line without an identifier.
   */
  public String kind(int i) {
    HeadingToken t = tokens[i];
    if (t == null) return null;
    float indent = (lines.get(i).x() - layout.leftEdge()) / layout.bodySize();
    return t.syntax() + "/" + t.path().size() + "/" + Math.round(indent / 1.5f);
  }

  /** How many lines of the document open with an identifier of line {@code i}'s kind. */
  public int kindCount(int i) {
    return kinds[i] == null ? 0 : kindCounts.getOrDefault(kinds[i], 0);
  }

  /** How many lines of line {@code i}'s kind open with a first identifier (1, a): a list that restarts often. */
  public int kindFirsts(int i) {
    return kinds[i] == null ? 0 : kindFirsts.getOrDefault(kinds[i], 0);
  }

  /** Whether line {@code i} is set in the strongest style of the lines whose identifiers are written as its is. */
  public boolean strongestOfSyntax(int i) {
    return tokens[i] != null && strength(i) >= kindStrongest.getOrDefault(tokens[i].syntax().name(), 0);
  }

  /** A line's look: weight, size against the body's, capitals. */
  private String signature(int i) {
    TextLine l = lines.get(i);
    float r = l.fontSize() / layout.bodySize();
    int size = r < 0.93f ? -1 : r < 1.07f ? 0 : r < 1.25f ? 1 : r < 1.6f ? 2 : 3;
    return (l.bold() ? "b" : "p") + size + (LineFeatures.caps(texts[i]) ? "C" : "");
  }

  /** A short line with space above it or at a page's top: how a heading stands. */
  public boolean standsAlone(int i) {
    float above = gapAbove(i);
    float width = (endX(i) - lines.get(i).x()) / Math.max(1, layout.rightEdge() - layout.leftEdge());
    return width < 0.7f && (above < 0 || above > 1.3f);
  }

  /** How many lines that stand alone ({@link #standsAlone}) share line {@code i}'s look: headings repeat theirs. */
  public int signatureCount(int i) {
    return signatureCounts.getOrDefault(signatures[i], 0);
  }

  /** Whether line {@code i} looks like the body text (plain, in the body's size, not in capitals). */
  public boolean bodyLook(int i) {
    return signatures[i].equals("p0");
  }

  /** A line's prominence: size above the body's first, then weight (bold, a bold start, plain). */
  private int strength(int i) {
    TextLine l = lines.get(i);
    float r = l.fontSize() / layout.bodySize();
    int size = r < 0.93f ? -1 : r < 1.07f ? 0 : r < 1.25f ? 1 : r < 1.6f ? 2 : 3;
    int weight = l.bold() ? 2 : l.words().get(0).bold() ? 1 : 0;
    return 3 * size + weight;
  }

  public int size() {
    return lines.size();
  }

  public TextLine line(int i) {
    return lines.get(i);
  }

  public List<TextLine> all() {
    return lines;
  }

  public String text(int i) {
    return texts[i];
  }

  /** The identifier line {@code i} opens with, or null. */
  public HeadingToken token(int i) {
    return tokens[i];
  }

  public Layout layout() {
    return layout;
  }

  /** The space above line {@code i} in units of the body's line pitch; -1 at the top of a page. */
  public float gapAbove(int i) {
    if (i == 0 || lines.get(i - 1).page() != lines.get(i).page()) return -1;
    return (lines.get(i).y() - lines.get(i - 1).y()) / layout.pitch();
  }

  /** The space below line {@code i} in units of the body's line pitch; -1 at the foot of a page. */
  public float gapBelow(int i) {
    return i + 1 >= lines.size() ? -1 : gapAbove(i + 1);
  }

  /** Where the line ends on the page. */
  public float endX(int i) {
    var w = lines.get(i).words();
    return w.get(w.size() - 1).endX();
  }
}
