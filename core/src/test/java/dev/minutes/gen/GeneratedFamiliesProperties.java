package dev.minutes.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.ContentView;
import dev.minutes.fixtures.families.FamilyTruth;
import dev.minutes.model.Minutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;

/**
 * Generated §-protocols and board minutes ({@link FamilyGenerator}), drawn in generated styles, parse back to the
 * model they were drawn from and are read as their family; 100 documents per family with a fixed seed. A failure
 * names the seed and the style; {@code GenerateFamiliesAndCheck} replays a seed or runs a larger batch.
 *
 * <p>Where the parser cannot read a style's trait yet, the differences that trait causes are allowed, and only those
 * ({@link #ALLOWED}); everything else must be exact, and the profile chosen must be the family's. Each allowance
 * names the gap it stands for (see {@code testdata/families/GAPS.md}) and has a seed that still needs it
 * ({@link #NEEDED}); {@code GenerateFamiliesAndCheck} counts how often each one is used in a larger batch.
 *
 * <p>Known failing seed outside the 100 drawn here: {@code board-minutes} seed 682 (of 1,000 from seed 1), where a
 * paragraph of notes ends a page with a full line and the next page opens with {@code RESOLVED that …}: the PDF does
 * not show whether the paragraph ended (see {@link PageBreakParagraphs}), the parser joins them and files the whole
 * as a decision; the page-break view joins paragraphs within one field only, so this reading, as right as the other,
 * is counted a difference.
 */
class GeneratedFamiliesProperties {
  private static final MinutesParser PARSER = MinutesParser.builder().build();

  /**
   * An allowance: where a generated style has {@code feature}, a difference is allowed when {@code allows} says so,
   * given the case, what the parser read, and the difference's path, expected and actual values (JSON).
   */
  record Allowance(String feature, String gap, Allows allows) {}

  interface Allows {
    boolean test(FamilyGenerator.Case c, Minutes parsed, byte[] pdf, String path, String expected, String actual);
  }

  private static final Pattern PARTICIPANT = Pattern.compile("/meeting/participants/(\\d+)(/.*)?");
  private static final Pattern TEXT = Pattern.compile("(/items/\\d+)+/(notes|decisions|actions|title)(/.*)?");
  private static final Pattern RUNNING = Pattern.compile(
      " Protokoll( \\d+ §)? \\d\\d\\.\\d\\d\\.\\d{4} Sida \\S.* \\d+\"$");

  /**
   * Traits of a generated style the parser does not read right yet, each with exactly the differences it may cause
   * (the numbers are GAPS.md's):
   * <ul>
   *   <li>{@code two-column-boxes} (1, 2): {@code Beslutande} in two columns of boxes, ordinarie and ersättare, is
   *       read row by row and the substitutes as present: the participants' fields may differ, but the same names
   *       must be read;</li>
   *   <li>{@code case-number-above-on-its-page} (5): case numbers right-aligned above the heading, a § a page, are
   *       set aside as running-header furniture: a case number may be missing (read as null);</li>
   *   <li>{@code case-number-under} (21): a case number {@code Dnr KS 2023/247} under the heading that falls in
   *       the bottom 9 % of a page is taken for a page number {@code n/N}: that case number may be missing;</li>
   *   <li>{@code page-per-item} (20): a running header on too few pages (two §§, or the appeal instructions' page,
   *       whose header has no §) is not set aside: a paragraph may be read with that header glued to its end, and
   *       nothing else;</li>
   *   <li>{@code action-column} (13): in the board table of number, text and action columns, paragraphs are cut at
   *       wrapped lines (the header table's lines make the text column look short): notes, decisions, actions and
   *       titles taken from a paragraph may differ, but each item must hold the same words (title, notes,
   *       decisions; see {@link #sameWords});</li>
   *   <li>{@code invited-on-one-line} (19): {@code Invited} entries with no commas between them on one line are
   *       read as one entry: the participants from the first guest on may differ.</li>
   * </ul>
   */
  static final List<Allowance> ALLOWED = List.of(
      new Allowance("case-number-above-on-its-page", "case number set aside as furniture",
          (c, parsed, pdf, path, e, a) -> path.matches("(/items/\\d+)+/caseNumber") && a.equals("null")),
      new Allowance("page-per-item", "running header glued to a paragraph",
          (c, parsed, pdf, path, e, a) -> path.matches("(/items/\\d+)+/(description|proposal|decisions|notes)/\\d+")
              && e.endsWith("\"") && a.startsWith(e.substring(0, e.length() - 1))
              && RUNNING.matcher(a.substring(e.length() - 1)).matches()),
      new Allowance("invited-on-one-line", "invited entries on one line",
          (c, parsed, pdf, path, e, a) -> {
            var m = PARTICIPANT.matcher(path);
            return m.matches() && Integer.parseInt(m.group(1)) >= firstGuest(c.truth());
          }));

  /** Whether a line with exactly this text stands in the bottom 9 % of its page. */
  private static boolean atFootOfPage(byte[] pdf, String text) {
    try {
      for (var page : new dev.minutes.extract.PdfTextExtractor(true).extract(pdf, "g.pdf").pages()) {
        for (var l : page.lines()) {
          if (l.text().strip().replaceAll("\\s+", " ").equals(text) && l.y() > page.height() * 0.91f) return true;
        }
      }
      return false;
    } catch (dev.minutes.MinutesException x) {
      throw new IllegalStateException(x);
    }
  }

  private static boolean sameNames(Minutes truth, Minutes parsed) {
    return new java.util.TreeSet<>(truth.meeting().participants().stream().map(p -> p.name()).toList())
        .equals(new java.util.TreeSet<>(parsed.meeting().participants().stream().map(p -> p.name()).toList()));
  }

  /**
   * Each item (by number) holds the same words, however they are cut into paragraphs: its notes' and decisions'
   * words, and its title's where no paragraph starts with it (a title taken from a paragraph is in the paragraph).
   */
  private static boolean sameWords(Minutes truth, Minutes parsed) {
    return words(truth).equals(words(parsed));
  }

  private static java.util.Map<String, List<String>> words(Minutes m) {
    java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
    for (var i : m.allItems()) {
      List<String> w = new ArrayList<>();
      boolean inText = java.util.stream.Stream.concat(i.notes().stream(), i.decisions().stream())
          .anyMatch(p -> p.startsWith(i.title()));
      if (!inText) w.addAll(List.of(i.title().split("\\s+")));
      for (String p : i.notes()) w.addAll(List.of(p.split("\\s+")));
      for (String p : i.decisions()) w.addAll(List.of(p.split("\\s+")));
      java.util.Collections.sort(w);
      out.put(i.number(), w);
    }
    return out;
  }

  private static int firstGuest(Minutes truth) {
    List<String> guestRoles = List.of("Library Manager", "Finance Officer", "Observer", "Centre Manager");
    var ps = truth.meeting().participants();
    for (int i = 0; i < ps.size(); i++) if (ps.get(i).roleText() != null && guestRoles.contains(ps.get(i).roleText())) return i;
    return ps.size();
  }

  @Property(tries = 100, seed = "20230328", shrinking = ShrinkingMode.OFF)
  void protocolsParseBackToTheModel(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) throws Exception {
    assertReadsBack("paragraph-protocol", seed);
  }

  @Property(tries = 100, seed = "20190305", shrinking = ShrinkingMode.OFF)
  void boardMinutesParseBackToTheModel(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) throws Exception {
    assertReadsBack("board-minutes", seed);
  }

  /**
   * A seed whose document needs each allowance today: when the parser reads that trait right, the allowance is no
   * longer used and this fails, so that it is taken off {@link #ALLOWED} (as a known gap that passes must be taken off
   * its list).
   */
  static final List<Object[]> NEEDED = List.of(
      new Object[] {"paragraph-protocol", 77L, "case-number-above-on-its-page"},
      new Object[] {"paragraph-protocol", 3L, "page-per-item"},
      new Object[] {"board-minutes", 1L, "invited-on-one-line"});

  @org.junit.jupiter.api.Test
  void everyAllowanceIsStillNeeded() throws Exception {
    Set<String> pinned = new java.util.TreeSet<>();
    for (Object[] n : NEEDED) {
      Result r = check((String) n[0], (Long) n[1]);
      assertEquals(List.of(), r.unexplained(), n[0] + " seed " + n[1]);
      org.junit.jupiter.api.Assertions.assertTrue(r.allowancesUsed().contains((String) n[2]), n[0] + " seed " + n[1]
          + " no longer needs the allowance " + n[2] + ": the parser reads it now; take it off ALLOWED");
      pinned.add((String) n[2]);
    }
    assertEquals(new java.util.TreeSet<>(ALLOWED.stream().map(Allowance::feature).toList()), pinned,
        "every allowance has a seed that needs it");
  }

  private static void assertReadsBack(String family, long seed) throws Exception {
    Result r = check(family, seed);
    String where = family + " seed " + seed + ", style " + r.style();
    assertEquals(family, r.profile(), where + ": the profile chosen");
    assertEquals(List.of(), r.unexplained(), where);
  }

  /** What one generated document reads as: the profile, the differences, and those no allowance explains. */
  record Result(String style, Set<String> features, String profile, List<String> differences, List<String> unexplained,
                Set<String> allowancesUsed) {}

  static Result check(String family, long seed) throws Exception {
    FamilyGenerator.Case c = FamilyGenerator.generate(family, seed);
    byte[] pdf = c.pdf();
    Minutes parsed = PARSER.parse(pdf, "generated-" + seed + ".pdf");
    Set<String> breaks = FamilyTruth.linesAfterBreaks(pdf);
    List<String> diff = ContentView.differences(PageBreakParagraphs.canonical(c.truth(), breaks),
        PageBreakParagraphs.canonical(parsed, breaks));
    List<String> unexplained = new ArrayList<>();
    Set<String> used = new java.util.TreeSet<>();
    for (String d : diff) {
      int at = d.indexOf(": expected "), but = d.lastIndexOf(" but was ");
      String path = d.substring(0, at), expected = d.substring(at + 11, but), actual = d.substring(but + 9);
      Allowance allowance = ALLOWED.stream().filter(x -> c.features().contains(x.feature())
          && x.allows().test(c, parsed, pdf, path, expected, actual)).findFirst().orElse(null);
      if (allowance == null) unexplained.add(d);
      else used.add(allowance.feature());
    }
    return new Result(c.styleName(), c.features(), parsed.source().format().profile(), diff, unexplained, used);
  }
}
