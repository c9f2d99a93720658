package dev.minutes.learn;

import dev.minutes.eval.RealGold;
import dev.minutes.extract.TextLine;
import dev.minutes.segment.HeadingToken;
import dev.minutes.segment.TextJoin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds where the gold's agenda items are headed in a document's lines, to learn from: each gold item (in reading order, parents before their children) is matched to
 * the line that opens its heading and the lines its title wraps onto, in reading order (a table of contents before
 * the items matches as well as the headings do; of two readings as good, the later lines win). Rules: a numbered item
 * matches a line that opens with its number and whose title, alone or with the line or two below, is like the gold's
 * (Levenshtein ratio at least {@value #NUMBERED}); an unnumbered item matches a line whose text, its start or the line
 * with the next, is like the title (at least {@value #UNNUMBERED}).
 */
public final class HeadingAlignment {
  static final double NUMBERED = 0.7;
  static final double UNNUMBERED = 0.85;

  /** The roles a line can have in a heading. */
  public static final String HEADING = "H", TITLE = "T", OTHER = "O";

  /** Each line's role ({@link #HEADING}, {@link #TITLE}, {@link #OTHER}) and how many gold items were found. */
  public record Result(String[] roles, int[] itemLine, int found, int total) {}

  private record Candidate(int item, int line, int lastLine, double similarity) {}

  private HeadingAlignment() {}

  public static Result align(List<TextLine> lines, List<RealGold.Item> items) {
    List<Candidate> candidates = new ArrayList<>();
    String[] texts = new String[lines.size()];
    HeadingToken[] tokens = new HeadingToken[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      texts[i] = TextJoin.normalise(lines.get(i).text()).strip();
      tokens[i] = HeadingToken.of(lines.get(i));
    }
    for (int k = 0; k < items.size(); k++) {
      RealGold.Item g = items.get(k);
      if (g.title() == null) continue;
      for (int i = 0; i < lines.size(); i++) {
        Candidate c = g.number() != null ? numbered(k, g, i, texts, tokens) : unnumbered(k, g, i, texts, tokens);
        if (c != null) candidates.add(c);
      }
    }
    candidates.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(a.item, b.item));
    int n = candidates.size();
    double[] best = new double[n];
    int[] back = new int[n];
    Arrays.fill(back, -1);
    double epsilon = 1e-4 / Math.max(1, lines.size());
    for (int j = 0; j < n; j++) {
      Candidate c = candidates.get(j);
      best[j] = c.similarity + epsilon * c.line;
      for (int i = 0; i < j; i++) {
        Candidate p = candidates.get(i);
        if (p.item < c.item && p.lastLine < c.line && best[i] + c.similarity + epsilon * c.line > best[j]) {
          best[j] = best[i] + c.similarity + epsilon * c.line;
          back[j] = i;
        }
      }
    }
    String[] roles = new String[lines.size()];
    Arrays.fill(roles, OTHER);
    int[] itemLine = new int[items.size()];
    Arrays.fill(itemLine, -1);
    int end = -1;
    for (int j = 0; j < n; j++) if (end < 0 || best[j] > best[end]) end = j;
    int found = 0;
    for (int j = end; j >= 0; j = back[j]) {
      Candidate c = candidates.get(j);
      roles[c.line] = HEADING;
      for (int t = c.line + 1; t <= c.lastLine; t++) roles[t] = TITLE;
      itemLine[c.item] = c.line;
      found++;
    }
    long total = items.stream().filter(g -> g.title() != null).count();
    return new Result(roles, itemLine, found, (int) total);
  }

  private static Candidate numbered(int k, RealGold.Item g, int i, String[] texts, HeadingToken[] tokens) {
    HeadingToken t = tokens[i];
    if (t == null || t.printed() == null || !key(t.printed()).equals(key(g.number()))) return null;
    double best = -1;
    int last = i;
    String rest = t.rest();
    double s = Similarity.of(rest, g.title());
    if (s > best) best = s;
    // The title below the number, or wrapped onto the lines below.
    String joined = rest;
    for (int below = 1; below <= 2 && i + below < texts.length; below++) {
      joined = joined.isEmpty() ? texts[i + below] : joined + " " + texts[i + below];
      double w = Similarity.of(joined, g.title());
      if (w > best + 0.02) {
        best = w;
        last = i + below;
      }
      if (below == 1 && !rest.isEmpty()) {
        double alone = Similarity.of(texts[i + 1], g.title());
        if (alone > best + 0.02) {
          best = alone;
          last = i + 1;
        }
      }
    }
    return best >= NUMBERED ? new Candidate(k, i, last, best) : null;
  }

  private static Candidate unnumbered(int k, RealGold.Item g, int i, String[] texts, HeadingToken[] tokens) {
    String text = tokens[i] != null && tokens[i].syntax() == HeadingToken.Syntax.TIME_SLOT ? tokens[i].rest() : texts[i];
    String title = Similarity.fold(g.title());
    String folded = Similarity.fold(text);
    if (folded.isEmpty() || title.isEmpty()) return null;
    double best = Similarity.ratio(folded, title);
    int last = i;
    if (folded.length() > title.length()) {
      best = Math.max(best, Similarity.ratio(folded.substring(0, title.length()), title));
    }
    if (i + 1 < texts.length && folded.length() < title.length()) {
      String two = Similarity.fold(text + " " + texts[i + 1]);
      double w = Similarity.ratio(two.length() > title.length() ? two.substring(0, title.length()) : two, title);
      if (w > best + 0.02) {
        best = w;
        last = i + 1;
      }
    }
    return best >= UNNUMBERED ? new Candidate(k, i, last, best) : null;
  }

  /** An identifier compared without spaces, case or a trailing dot or bracket. */
  static String key(String number) {
    return number.replaceAll("[\\s§]", "").replaceAll("[.)]+$", "").toLowerCase(Locale.ROOT);
  }
}
