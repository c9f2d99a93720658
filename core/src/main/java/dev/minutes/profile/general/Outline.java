package dev.minutes.profile.general;

import dev.minutes.learn.Lines;
import dev.minutes.segment.HeadingToken;
import dev.minutes.segment.HeadingToken.Part;
import dev.minutes.segment.HeadingToken.Syntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses a document's item headings from how likely each line is to open one (the heading model's word) and how
 * the identifiers fit together. Rules: headings of one level share a kind (how the identifier is written, how many
 * parts it has and how far it is indented); each heading is the next of its level, a level below opens at its first
 * identifier and no other ({@code 1}, {@code a}, {@code 6.1} under {@code 6}), and every identifier skipped costs as
 * much as a doubtful heading; a heading of a kind not yet open opens a level below the current one, at most three
 * deep. Of all readings, the one whose headings are most likely together wins (a beam search over the lines). Where
 * no two numbered headings are found, nor one listed in the contents or most likely ({@link #SURE}), the items are
 * the lines most likely to be unnumbered headings, nested by style.
 */
public final class Outline {
  /** A chosen heading: its line, its identifier (null where unnumbered) and its depth from 1. */
  public record Heading(int line, HeadingToken token, String number, int level) {}

  private static final int BEAM = 24;
  private static final double SKIP_COST = 1.0;
  private static final double FLOOR = 1e-4;
  /**
   * How likely, to either model, a numbered line is to be a heading for it to be taken where the numbered reading
   * finds fewer than two.
   */
  private static final double SURE = 0.8;

  /** A level open in a reading: its kind and the path of its last heading. */
  private record Level(String kind, List<Part> path) {}

  private record Reading(List<Level> open, List<Heading> headings, double score) {}

  private Outline() {}

  /**
   * The headings of {@code lines} given each line's probability of opening a numbered heading ({@code numbered}) and
   * of opening one in a document that numbers none ({@code unnumbered}).
   */
  public static List<Heading> choose(Lines lines, double[] numbered, double[] unnumbered) {
    List<Heading> found = numbered(lines, numbered);
    if (found.size() >= 2) return belowTheList(lines, numbered, found);
    // A numbered line the contents list, or that either model is sure of, is a heading though it stand alone (an
    // extraordinary meeting of one case): the numbered model learnt headings in series and doubts one alone.
    double[] sure = new double[lines.size()];
    for (int i = 0; i < sure.length; i++) {
      sure[i] = lines.listed(i) || Math.max(numbered[i], unnumbered[i]) >= SURE ? 1 - FLOOR : 0;
    }
    found = numbered(lines, sure);
    if (!found.isEmpty()) return found;
    return unnumbered(lines, unnumbered);
  }

  /**
   * Rule: headings that open the outline and follow one another within three lines each, with no other numbered line
   * between them, are a list (the contents, an agenda) and not items, where the first of them opens again below the
   * list; the items are those from there.
   */
  private static List<Heading> belowTheList(Lines lines, double[] heading, List<Heading> found) {
    int run = 1;
    while (run < found.size() && listed(lines, found.get(run - 1).line(), found.get(run).line())) run++;
    if (run < 2) return found;
    double[] below = heading.clone();
    java.util.Arrays.fill(below, 0, found.get(run - 1).line() + 1, 0);
    List<Heading> again = numbered(lines, below);
    boolean repeats = again.size() >= 2 && 2 * again.size() >= run && found.get(0).number() != null
        && found.get(0).number().equals(again.get(0).number());
    return repeats ? again : found;
  }

  /** Whether headings on lines {@code a} and {@code b} stand as in a list: near, nothing numbered between them. */
  private static boolean listed(Lines lines, int a, int b) {
    if (b - a > 3) return false;
    for (int j = a + 1; j < b; j++) if (lines.token(j) != null) return false;
    return true;
  }

  private static List<Heading> numbered(Lines lines, double[] heading) {
    List<Reading> beam = new ArrayList<>();
    beam.add(new Reading(List.of(), List.of(), 0));
    for (int i = 0; i < lines.size(); i++) {
      HeadingToken t = lines.token(i);
      if (t == null || t.syntax() == Syntax.TIME_SLOT || heading[i] < 0.05) continue;
      double gain = logit(heading[i]);
      List<Reading> next = new ArrayList<>(beam);
      for (Reading r : beam) {
        Reading taken = take(r, lines, i, t, gain);
        if (taken != null) next.add(taken);
      }
      next.sort(Comparator.comparingDouble(Reading::score).reversed());
      beam = next.size() > BEAM ? new ArrayList<>(next.subList(0, BEAM)) : next;
    }
    return beam.get(0).headings();
  }

  /** {@code r} with line {@code i} taken as a heading, or null where its identifier does not fit. */
  private static Reading take(Reading r, Lines lines, int i, HeadingToken t, double gain) {
    String kind = lines.kind(i);
    List<Level> open = r.open();
    for (int level = open.size() - 1; level >= 0; level--) {
      if (!open.get(level).kind().equals(kind)) continue;
      List<Part> before = open.get(level).path();
      List<Part> path = absolute(t, level == 0 ? List.of() : open.get(level - 1).path());
      int skip = HeadingToken.follows(before, path);
      if (skip < 0) return null;
      List<Level> now = new ArrayList<>(open.subList(0, level));
      now.add(new Level(kind, path));
      return extend(r, now, new Heading(i, t, t.printed(), level + 1), gain - SKIP_COST * skip);
    }
    if (open.size() >= 3) return null;
    if (!open.isEmpty() && numberedParagraph(lines, r.headings().get(r.headings().size() - 1).line(), i)) return null;
    List<Part> parent = open.isEmpty() ? List.of() : open.get(open.size() - 1).path();
    List<Part> path = absolute(t, parent);
    int skip;
    if (open.isEmpty()) {
      // The first heading may be any number: minutes number their paragraphs through the year.
      skip = t.isFirst() || t.syntax() == Syntax.SIGN || t.syntax() == Syntax.BARE && path.size() == 1 ? 0 : 1;
    } else {
      skip = HeadingToken.follows(parent, path);
      // A level below opens at its first identifier (1, a, 6.1 under 6): a later one opening it is a paragraph's.
      if (skip != 0) return null;
    }
    List<Level> now = new ArrayList<>(open);
    now.add(new Level(kind, path));
    return extend(r, now, new Heading(i, t, t.printed(), open.size() + 1), gain - SKIP_COST * skip);
  }

  /**
   * Rule: below a heading set apart by its type (bold, larger), a line in the body's plain type whose text runs on to
   * the next line, or that ends in a colon (a list follows), is a numbered paragraph of the item's text, not a
   * sub-item's heading.
   */
  private static boolean numberedParagraph(Lines lines, int parent, int i) {
    var layout = lines.layout();
    if (!layout.isStyled(lines.line(parent)) || layout.isStyled(lines.line(i)) || i + 1 >= lines.size()) return false;
    String text = lines.text(i);
    if (text.endsWith(":")) return true;
    var next = lines.line(i + 1);
    return next.page() == lines.line(i).page() && !layout.isHardBreak(lines.line(i), next);
  }

  private static Reading extend(Reading r, List<Level> open, Heading h, double gain) {
    List<Heading> headings = new ArrayList<>(r.headings());
    headings.add(h);
    return new Reading(List.copyOf(open), headings, r.score() + gain);
  }

  /**
   * The identifier's full path under {@code parent}: a dotted number carries its parents ({@code 6.1}); a letter,
   * a roman numeral or a number of another kind counts within its parent.
   */
  private static List<Part> absolute(HeadingToken t, List<Part> parent) {
    if (t.path().size() > 1 || parent.isEmpty()) return t.path();
    List<Part> path = new ArrayList<>(parent);
    path.addAll(t.path());
    return path;
  }

  private static List<Heading> unnumbered(Lines lines, double[] heading) {
    List<Heading> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      HeadingToken t = lines.token(i);
      if (heading[i] < 0.5 || t != null && t.syntax() != Syntax.TIME_SLOT) continue;
      out.add(new Heading(i, t != null && t.syntax() == Syntax.TIME_SLOT ? t : null, null, 1));
    }
    return out;
  }

  private static double logit(double p) {
    double q = Math.max(FLOOR, Math.min(1 - FLOOR, p));
    return Math.log(q / (1 - q));
  }
}
