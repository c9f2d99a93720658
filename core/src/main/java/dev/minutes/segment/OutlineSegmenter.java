package dev.minutes.segment;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Participant;
import dev.minutes.provenance.ActionSpans;
import dev.minutes.provenance.ItemTrace;
import dev.minutes.provenance.MeetingTrace;
import dev.minutes.provenance.Spans;
import dev.minutes.provenance.Trace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segments minutes that number their items (§-protocols, board and association minutes, German protocols)
 * with a family's {@link Vocabulary}: the header's labelled fields, the item headings, and in each item the
 * parts its sub-headings open, the paragraphs that record decisions, and the actions given by an
 * {@code ACTION:} line, an action column or a phrase that gives someone a task. Rules:
 * <ul>
 *   <li>items are the headings {@link NumberedHeading} accepts; where the family allows and none is numbered,
 *       short heading-styled lines are the items, nested by size;</li>
 *   <li>an item's number is its identifier as printed: a heading that prints none (a time slot, an unnumbered
 *       heading) gives the item no number, and its level is its depth in the nesting;</li>
 *   <li>a page that opens with a line that begins what is not an item ({@link Vocabulary#stops()}), or under a
 *       running line that does, is an appendix, as are the pages after it up to a heading; elsewhere such a line
 *       ends the item's text, unless it is a part label ({@code Bilaga: …} names an attachment);</li>
 *   <li>a part label alone in a column, followed across a wide gap by text, opens that part with that text;</li>
 *   <li>a line that is a part label alone (a colon allowed), or matches a part heading, opens that part; a part
 *       label followed by a colon and text opens the part with that text;</li>
 *   <li>rules of underscores or dashes end a paragraph and are not text;</li>
 *   <li>a paragraph of the body or notes in which a decision cue is found is a decision, unless it reports an
 *       earlier meeting's; a heading whose title records a decision ("Previous minutes approved.") is one too;</li>
 *   <li>a case number standing just above a heading or under it is the item's case number.</li>
 * </ul>
 */
public final class OutlineSegmenter {
  /**
   * The segmented document; {@code notNames} counts participant entries that did not look like names; {@code trace}
   * says where the meeting and the items were read.
   */
  public record Result(Meeting meeting, List<Item> items, int notNames, boolean numbered,
                       dev.minutes.provenance.Trace trace) {
    public Result(Meeting meeting, List<Item> items, int notNames, boolean numbered) {
      this(meeting, items, notNames, numbered, null);
    }
  }

  private static final Pattern RULE = Pattern.compile("^[_\\-–—=·.\\s]{3,}[n]?$");
  /** A formal resolution: a paragraph opening with "RESOLVED" (after its number, if any). */
  private static final Pattern RESOLUTION = Pattern.compile("^(?:\\(?\\d{1,3}[.)]\\s*)?(?:RESOLVED|Resolved)\\b");
  /** A motion's text: "That …", "WHEREAS …", "And that …", "NOW THEREFORE …", "BE IT RESOLVED …". */
  private static final Pattern MOTION_TEXT = Pattern.compile("(?i)^(?:and\\s+)?(?:that|whereas|now\\s+therefore|therefore"
      + "|be\\s+it\\s+resolved)\\b");
  /** A motion put in prose, its result in the paragraph after: "Pamela Flowers motioned to approve, Pat seconded." */
  private static final Pattern MOTION_PUT = Pattern.compile("(?i)\\b(?:moved|motioned|made\\s+(?:a|the)\\s+motion"
      + "|motion\\s+(?:was\\s+)?(?:duly\\s+)?made)\\b");
  /** An action label opening a paragraph: "Action:", "Action items:", "Actions:". */
  private static final Pattern ACTION_LABEL = Pattern.compile("^(?i:action(?:\\s+items?)?|actions)\\s*:\\s*");
  /** A vote's result alone: "Carried.", "Motion carried.", "Defeated." */
  private static final Pattern BARE_RESULT = Pattern.compile("(?i)^(?:motion\\s+)?(?:carried|defeated|lost|approved)"
      + "(?:\\s+unanimously)?\\.?$");
  /** A paragraph that ends in a vote's result: "NOW THEREFORE the Council … budget. Carried." */
  private static final Pattern ENDS_IN_RESULT = Pattern.compile("(?i)[.;]\\s+(?:motion\\s+)?(?:carried|defeated|lost)"
      + "(?:\\s+unanimously)?\\.?$");
  /** A line of a vote's record: {@code RESULT:}, {@code MOTION BY:}, {@code SECOND:}, {@code AYES:} … */
  private static final Pattern VOTE_LINE = Pattern.compile("(?i)^(?:RESULT|MOTION BY|MOVED BY|MOVER|SECOND(?:ED)?(?: BY)?"
      + "|SECONDER|AYES|YEAS|NAYS|NOES|ABSTAIN(?:ED|S)?|ABSENT|RECUSED)\\s*:");
  /** An entry of an enumerated list: (1), 1., 1), (a), a., a), or a bullet. */
  private static final Pattern LIST_ENTRY = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]{1,4}\\)|[-–•·])\\s");
  private static final Pattern ENUMERATOR = Pattern.compile("^(?:[-–—•·▪◦] |o (?=\\p{Lu})|[a-zåäö]\\.\\s|[ivx]{1,4}\\.\\s|\\d{1,2}[.)]\\s)");
  /** Where a place names its time as well: from a comma and "kl."/"at" or a time or date on. */
  private static final Pattern PLACE_TIME = Pattern.compile("(?iu),?\\s*(?:kl\\.?|klockan|at|um)\\s*\\d|,\\s*\\d{1,2}[.:]\\d{2}"
      + "|,\\s*\\d{4}-\\d{2}-\\d{2}|,\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final Pattern OPENING = Pattern.compile(
      "(?iu)\\b(öppnas|öppnande|öppnade|öppnat|opened|opening|eröffnung|eröffnet|eröffnete)\\b");
  private static final Pattern CLOSING = Pattern.compile(
      "(?iu)\\b(avslutas|avslutande|avslutade|avslutat|closed|close of meeting|schluss|endete|beendet|geschlossen)\\b");

  private final Vocabulary v;

  private final HeadingSource source;

  public OutlineSegmenter(Vocabulary vocabulary) {
    this(vocabulary, null);
  }

  /** A segmenter whose headings {@code headings} finds (null: by the vocabulary's number syntaxes). */
  public OutlineSegmenter(Vocabulary vocabulary, HeadingSource headings) {
    this.v = vocabulary;
    this.source = headings;
  }

  /**
   * A heading found in the lines: where it stands and what it says ({@code number} null where it prints none).
   * {@code printed} is its identifier as printed where that is no {@link ItemNumber} ({@code 3 a}, {@code b}), else
   * null; {@code titleEnd}, where the finder knows it, is the line after the title's last (else -1: the title's
   * lines are found here).
   */
  public record Heading(int index, ItemNumber number, int level, String title, float titleX, NumberSyntax syntax,
                        int step, String printed, int titleEnd) {
    public Heading(int index, ItemNumber number, int level, String title, float titleX, NumberSyntax syntax, int step) {
      this(index, number, level, title, titleX, syntax, step, null, -1);
    }

    Heading(int index, ItemNumber number, int level, String title, float titleX, NumberSyntax syntax) {
      this(index, number, level, title, titleX, syntax, 1);
    }

    /** The identifier as the item's {@code number} gives it, or null. */
    String identifier() {
      return printed != null ? printed : number == null ? null : number.toString();
    }
  }

  /** Finds a document's headings in its lines, given their typography: where a family's rules do not. */
  @FunctionalInterface
  public interface HeadingSource {
    List<Heading> find(List<TextLine> lines, Layout layout);
  }

  public Result segment(List<TextLine> input, Warnings warnings) {
    return segment(input, List.of(), null, warnings);
  }

  /**
   * As {@link #segment(List, Warnings)}; {@code furniture}, the running lines set aside, may give the title, and
   * {@code created}, when the PDF was made (ISO, or null), the year of a date written without one.
   */
  public Result segment(List<TextLine> input, List<TextLine> furniture, String created, Warnings warnings) {
    SideColumn side = SideColumn.of(input);
    List<TextLine> lines = side.lines();
    if (lines.isEmpty()) return new Result(Meeting.empty(), List.of(), 0, false);
    Layout layout = textColumn(Layout.of(lines), side);
    List<Heading> headings = headings(MisplacedNumbers.repair(lines, layout), layout);
    // Appendices and appeal instructions are no part of the minutes: their type says nothing of the minutes'
    // body text, so the layout is measured again without them, and the headings found again by it.
    List<TextLine> kept = withoutStops(MisplacedNumbers.repair(lines, layout), furniture, headings);
    if (kept.size() < lines.size() && !kept.isEmpty()) {
      Layout own = textColumn(Layout.of(kept), side);
      if (Math.abs(own.bodySize() - layout.bodySize()) > 0.25f || Math.abs(own.rightEdge() - layout.rightEdge()) > 3
          || Math.abs(own.pitch() - layout.pitch()) > 0.5f) {
        layout = own;
        headings = headings(MisplacedNumbers.repair(lines, layout), layout);
      }
    }
    lines = MisplacedNumbers.repair(lines, layout);
    boolean numbered = headings.stream().anyMatch(h -> h.syntax() != NumberSyntax.UNNUMBERED);
    java.util.Set<Integer> appendix = appendixPages(lines, furniture, headings);

    // A case number standing just above a heading is that item's, not the text's before it.
    java.util.Set<Integer> consumed = new java.util.HashSet<>();
    Map<Integer, String> caseAbove = new java.util.HashMap<>();
    for (Heading heading : headings) {
      int above = heading.index() - 1;
      if (above >= 0 && lines.get(above).page() == lines.get(heading.index()).page() && caseNumber(lines.get(above)) != null) {
        caseAbove.put(heading.index(), caseNumber(lines.get(above)));
        consumed.add(above);
      }
    }
    int headerEnd = headings.isEmpty() ? lines.size() : headings.get(0).index();
    List<TextLine> headerLines = new ArrayList<>();
    for (int i = 0; i < headerEnd; i++) if (!consumed.contains(i)) headerLines.add(lines.get(i));
    int[] notNames = {0};
    MeetingTrace where = new MeetingTrace();
    Meeting meeting = header(headerLines, furniture, created, layout, notNames, where);

    List<ItemBuilder> all = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      Heading heading = headings.get(h);
      if (heading.step() > 1 && heading.number() != null && headings.get(h - 1).number() != null) {
        warnings.add("item.numbering-gap", "item " + heading.number() + " does not follow " + headings.get(h - 1).number()
            + " directly", lines.get(heading.index()).page());
      }
      int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.size();
      ItemBuilder item = new ItemBuilder(heading);
      item.meetingDate = meeting.date();
      item.pages.add(lines.get(heading.index()).page());
      item.caseNumber = caseAbove.get(heading.index());
      if (item.caseNumber != null) item.trace.caseNumber = Spans.line(lines.get(heading.index() - 1));
      int i = heading.index() + 1;
      // A styled title wraps onto lines in its own style.
      TextLine headLine = lines.get(heading.index());
      TextLine previous = headLine;
      List<TextLine> titleLines = new ArrayList<>();
      if (heading.titleEnd() > heading.index()) {
        while (i < Math.min(end, heading.titleEnd())) titleLines.add(lines.get(i++));
      }
      while (heading.titleEnd() < 0 && i < end && heading.syntax() != NumberSyntax.TIME_SLOT
          && ItemHeading.continuesTitle(headLine, heading.titleX(), previous, lines.get(i), layout)
          && (layout.isStyled(headLine) || NumberedHeading.leadingBold(headLine) > 1) // more than a bold number
          && partOf(lines.get(i)) == null && !isStop(lines.get(i))) {
        previous = lines.get(i++);
        titleLines.add(previous);
        item.title = TextJoin.join(item.title, TextJoin.normalise(previous.text()), v.hyphenated());
      }
      item.trace.heading(headLine, heading.syntax() == NumberSyntax.UNNUMBERED ? Float.NaN : heading.titleX(), titleLines);
      // A run-in heading's line goes on with the item's text after the dash or colon.
      String headText = BULLET_LINE.matcher(TextJoin.normalise(headLine.text())).replaceFirst("");
      if (heading.syntax() == NumberSyntax.UNNUMBERED && heading.titleEnd() == heading.index() + 1
          && headText.startsWith(heading.title()) && headText.length() > heading.title().length() + 2) {
        String after = headText.substring(heading.title().length()).replaceFirst("^\\s*[–—:-]\\s*", "");
        if (!after.isEmpty()) {
          item.add(rest(headLine, after), side.besideWithWords(headLine));
          item.runOn = after;
        }
      }
      // A time slot is no number, nor is a bare title; an identifier printed as no ItemNumber (a learned heading's) is.
      if (heading.identifier() == null) item.trace.number = Spans.EMPTY;
      // A plain numbered paragraph ("1.2 DT requested names …."): its first sentence is the title, and the
      // paragraph is the item's text as well.
      boolean plain = !layout.isStyled(headLine) && NumberedHeading.leadingBold(headLine) <= 1 // the number may be bold
          && heading.syntax() != NumberSyntax.TIME_SLOT && heading.syntax() != NumberSyntax.UNNUMBERED;
      TextLine after = i < end ? lines.get(i) : null;
      boolean runsOn = after != null && after.page() == headLine.page() && !layout.isParagraphGap(headLine, after)
          && !layout.isHardBreak(headLine, after);
      if (plain && (item.title.matches(".*[.!?]$|.*[.!?]\\s+\\p{Lu}.*") || runsOn)) {
        item.titleFromParagraph = true;
        item.add(rest(headLine, item.title), side.besideWithWords(headLine));
      }
      boolean skipping = false;
      for (; i < end; i++) {
        if (consumed.contains(i)) continue;
        TextLine line = lines.get(i);
        if (appendix.contains(line.page())) continue;
        if (skipping || isStop(line) && partOf(line) == null) {
          skipping = true;
          continue;
        }
        item.pages.add(line.page());
        item.add(line, side.besideWithWords(line));
      }
      all.add(item);
    }
    List<ItemBuilder> roots = nest(all);
    if (headings.isEmpty()) warnings.add("item.none", "no agenda item was found", null);
    if (meeting.participants().isEmpty() && v.lexicon() != null) {
      meeting = withAttendanceFromItems(meeting, headerLines, all, layout);
    }
    // Tasks are given to the participants, wherever the attendance was read. Rule: where the minutes give their actions
    // in an action column or by action lines, a sentence of an item's text that names someone's task is no other action.
    boolean columns = all.stream().anyMatch(b -> !b.actionAfter.isEmpty() || !b.beside.isEmpty());
    TaskSentences tasks = columns ? null : TaskSentences.of(
        meeting.participants().stream().map(dev.minutes.model.Participant::name).toList(),
        meeting.participants().stream().map(dev.minutes.model.Participant::initials).toList());
    for (ItemBuilder b : all) b.tasks = tasks;
    final Layout built = layout;
    List<Item> items = roots.stream().map(r -> r.build(built)).toList();
    meeting = withTimesFromItems(meeting, all, where);
    List<ItemTrace> traces = new ArrayList<>();
    for (ItemBuilder b : all) if (b.parent == null) traces.add(b.trace);
    return new Result(meeting, items, notNames[0], numbered, new Trace(where, traces));
  }

  /** Beside an action column, the text column ends where its lines below the column's title end. */
  private static Layout textColumn(Layout layout, SideColumn side) {
    if (Float.isNaN(side.columnX())) return layout;
    float right = 0;
    for (TextLine l : side.lines().subList(Math.min(side.start(), side.lines().size()), side.lines().size())) {
      right = Math.max(right, l.words().get(l.words().size() - 1).endX());
    }
    return right > 0 && right < layout.rightEdge() ? layout.withRightEdge(right) : layout;
  }

  /**
   * The headings: numbered ones, else, where the family allows, unnumbered heading-styled lines. Rule: of the
   * headings a source finds, an unnumbered one whose line opens an item's part with its label and text after the
   * colon ({@code Vedtak: Kontingenten holdes uendret …}) is that part, not a heading.
   */
  private List<Heading> headings(List<TextLine> lines, Layout layout) {
    if (source != null) {
      return source.find(lines, layout).stream().filter(h -> h.number() != null || h.printed() != null
          || !opensLabelledPart(lines.get(h.index()))).toList();
    }
    List<Heading> headings = numberedHeadings(lines, layout);
    if (headings.isEmpty() && v.numbering().contains(NumberSyntax.UNNUMBERED)) headings = unnumberedHeadings(lines, layout);
    return headings;
  }

  /** The lines without the appendix pages and those from a stop line to the next heading. */
  private List<TextLine> withoutStops(List<TextLine> lines, List<TextLine> furniture, List<Heading> headings) {
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    for (Heading h : headings) starts.add(h.index());
    java.util.Set<Integer> appendix = appendixPages(lines, furniture, headings);
    List<TextLine> out = new ArrayList<>();
    boolean skipping = false;
    boolean inItems = false;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (starts.contains(i)) {
        skipping = false;
        inItems = true;
      } else if (inItems && isStop(line) && partOf(line) == null) {
        skipping = true;
      }
      if (!skipping && !appendix.contains(line.page())) out.add(line);
    }
    return out;
  }

  /** Headings numbered in one of the family's syntaxes, in order; time slots only where nothing is numbered. */
  private List<Heading> numberedHeadings(List<TextLine> lines, Layout layout) {
    // A syntax that marks headings by a sign or word (§ 13, TOP 5) goes first: where a document has such
    // headings, its dotted lines are an agenda list or sub-items (5.1 under TOP 5), not the items.
    List<Heading> out = List.of();
    for (NumberSyntax marked : List.of(NumberSyntax.PARAGRAPH_SIGN, NumberSyntax.WORD)) {
      if (!v.numbering().contains(marked)) continue;
      List<Heading> found = numberedHeadings(lines, layout, java.util.EnumSet.of(marked, NumberSyntax.DOTTED), marked);
      if (found.stream().filter(h -> h.syntax() == marked).count() >= 2) return found;
    }
    java.util.Set<NumberSyntax> numbers = java.util.EnumSet.noneOf(NumberSyntax.class);
    numbers.addAll(v.numbering());
    numbers.remove(NumberSyntax.TIME_SLOT);
    numbers.remove(NumberSyntax.UNNUMBERED);
    out = numberedHeadings(lines, layout, numbers, null);
    if (out.isEmpty() && v.numbering().contains(NumberSyntax.TIME_SLOT)) {
      out = numberedHeadings(lines, layout, java.util.EnumSet.of(NumberSyntax.TIME_SLOT), null);
    }
    return out;
  }

  /**
   * The headings in {@code syntaxes}; where {@code primary} is given, the other syntaxes only number the
   * sub-items of a heading in it ({@code 5.1} under {@code TOP 5}).
   */
  private List<Heading> numberedHeadings(List<TextLine> lines, Layout layout, java.util.Set<NumberSyntax> syntaxes,
                                         NumberSyntax primary) {
    List<Heading> first = numberedHeadings(lines, 0, layout, syntaxes, primary);
    int run = listed(lines, first);
    if (run < 2) return first;
    List<Heading> again = numberedHeadings(lines, first.get(run - 1).index() + 1, layout, syntaxes, primary);
    boolean repeats = again.size() >= 2 && 2 * again.size() >= run && first.get(0).identifier() != null
        && first.get(0).identifier().equals(again.get(0).identifier());
    return repeats ? again : first;
  }

  /**
   * Rule: headings that open the outline and follow one another within three lines each, with no other numbered line
   * between them, are a list (the contents, an agenda) and not items, where the first of them opens again below the
   * list; the items are those from there. How many headings open the outline so.
   */
  private static int listed(List<TextLine> lines, List<Heading> headings) {
    int run = headings.isEmpty() ? 0 : 1;
    for (; run < headings.size(); run++) {
      int a = headings.get(run - 1).index(), b = headings.get(run).index();
      if (b - a > 3) break;
      boolean numbered = false;
      for (int j = a + 1; j < b && !numbered; j++) numbered = HeadingToken.of(lines.get(j)) != null;
      if (numbered) break;
    }
    return run;
  }

  /** The headings from line {@code from} on. */
  private List<Heading> numberedHeadings(List<TextLine> lines, int from, Layout layout,
                                         java.util.Set<NumberSyntax> syntaxes, NumberSyntax primary) {
    List<Heading> out = new ArrayList<>();
    if (syntaxes.isEmpty()) return out;
    ItemNumber current = null;
    float headingX = Float.NaN;
    for (int i = from; i < lines.size(); i++) {
      NumberedHeading.Match m = NumberedHeading.match(lines.get(i), current, headingX, layout, syntaxes);
      if (m == null) continue;
      if (primary != null && m.syntax() != primary && (current == null || m.number() == null
          || m.number().level() <= 1 || !isParent(new ItemNumber(current.parts().subList(0, 1)), m.number()))) {
        continue;
      }
      if (m.syntax() == NumberSyntax.TIME_SLOT) {
        // spec: a time slot is no identifier; the item has no number
        out.add(new Heading(i, null, 1, firstSentence(TextJoin.normalise(m.title())), m.titleX(), m.syntax()));
        continue;
      }
      current = m.number();
      if (Float.isNaN(headingX)) headingX = lines.get(i).x();
      String title = TextJoin.normalise(m.title());
      int bold = NumberedHeading.leadingBold(lines.get(i));
      if (bold > 1) title = boldTitle(lines.get(i), bold, m.title());
      out.add(new Heading(i, m.number(), m.number().level(), title, m.titleX(), m.syntax(), out.isEmpty() ? 1 : m.step()));
    }
    return out;
  }

  /** Where the line opens in bold and goes on in plain type, the bold words after the number are the title. */
  private static String boldTitle(TextLine line, int bold, String fallback) {
    List<Word> words = line.words();
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < bold; i++) b.append(i == 1 ? "" : " ").append(words.get(i).text());
    String t = b.toString().strip();
    return t.isEmpty() ? fallback : t.replaceAll("[.:]$", "");
  }

  /**
   * A title that runs on into prose ends with its first sentence (not at a day's or an ordinal's dot: "12. Juli", nor
   * at an initial's: "T. Butler").
   */
  private static String firstSentence(String title) {
    Matcher m = Pattern.compile("^(.+?(?<![\\s(]\\d{1,2})(?<!(?:^|\\s)\\p{Lu})[.!?])\\s+\\p{Lu}").matcher(title);
    return m.find() ? m.group(1) : title;
  }

  private static final Pattern RUN_IN = Pattern.compile(
      "^(\\p{Lu}(?:[^:.!?]|(?<=(?:^|\\s)\\p{Lu})\\.){1,60}?\\p{L}[’'s)]*):\\s+(\\S.*)$");

  /**
   * A run-in title ("Apologies: Ali Hopkins (…)", "Treasurer’s Report: MS reported that …", "T. Butler, D. Yemm:
   * That the minutes …", initials with their dots): the words before the
   * line's first colon, where they are a capitalised phrase of at most six words and at least four words follow;
   * null where the line is no such thing.
   */
  static String runInTitle(String line) {
    Matcher m = RUN_IN.matcher(line.strip());
    if (!m.matches()) return null;
    String title = m.group(1).strip();
    return title.split("\\s+").length <= 6 && m.group(2).split("\\s+").length >= 4 ? title : null;
  }

  /**
   * Unnumbered headings: short lines in a heading style (bold, or {@value #TITLE_SIZE} times the body's size),
   * not ending in a full stop and with no column's gap inside, each a topic, without a number; a larger style nests
   * the smaller ones under it, and a heading's level is its depth in that nesting. A lone heading larger than every
   * other (the document's title, "Minutes") is no item, nor is each lone one below it down to the first size used
   * twice.
   */
  /**
   * A line with a column's gap between its words, after its first (a number's tab stop), is a table's row
   * ("Total Cash    $323,876"), no heading.
   */
  private static boolean hasWideGap(TextLine l, Layout layout) {
    for (int k = 2; k < l.words().size(); k++) if (layout.isWideGap(l, k)) return true;
    return false;
  }

  /** A size that makes a line a heading without bold: this much larger than the body. */
  private static final float TITLE_SIZE = 1.3f;

  private List<Heading> unnumberedHeadings(List<TextLine> lines, Layout layout) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      String t = l.text().strip();
      if ((l.bold() || l.fontSize() >= layout.bodySize() * TITLE_SIZE) && !layout.isFull(l) && !hasWideGap(l, layout) && t.length() < 80 && !t.endsWith(".") && !t.endsWith(",")
          && Character.isLetterOrDigit(t.codePointAt(0)) && l.words().size() <= 10
          && HeaderFields.label(l, v, layout) == null) {
        candidates.add(i);
      }
    }
    List<Heading> runIn = runInHeadings(lines, layout);
    if (runIn.size() >= 3) return withRunIn(lines, layout, candidates, runIn);
    List<Heading> outline = bulletOutline(lines, candidates);
    if (!outline.isEmpty()) return outline;
    // Sizes from largest: each largest style used once is a title ("Minutes"); the headings up to it are its block.
    TreeSet<Float> sizes = new TreeSet<>();
    for (int i : candidates) sizes.add(lines.get(i).fontSize());
    List<Float> levels = new ArrayList<>(sizes.descendingSet());
    List<Heading> out = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>(); // the size ranks of the headings the next one may nest under
    int firstAfter = -1;
    while (levels.size() > 1) {
      float top = levels.get(0);
      List<Integer> at = candidates.stream().filter(i -> lines.get(i).fontSize() == top).toList();
      if (at.size() != 1) break;
      firstAfter = Math.max(firstAfter, at.get(0));
      levels.remove(0);
    }
    // Headings above the first header label with nothing else above them are the document's title block.
    int label = -1;
    for (int i = 0; i < lines.size() && label < 0; i++) if (HeaderFields.label(lines.get(i), v, layout) != null) label = i;
    if (label > 0 && candidates.size() > label && candidates.get(label - 1).equals(label - 1)) {
      firstAfter = Math.max(firstAfter, label - 1);
    }
    for (int i : candidates) {
      if (i <= firstAfter) continue;
      int rank = Math.min(levels.indexOf(lines.get(i).fontSize()) + 1, 3);
      if (rank < 1) continue;
      while (!open.isEmpty() && open.peek() >= rank) open.pop();
      open.push(rank);
      out.add(coded(new Heading(i, null, open.size(), TextJoin.normalise(lines.get(i).text()), lines.get(i).x(),
          NumberSyntax.UNNUMBERED), lines.get(i)));
    }
    return out;
  }

  /** A bold topic run in at a paragraph's start and followed by a dash: "Treasurer’s Report – Robin – …". */
  private static final Pattern RUN_IN_END = Pattern.compile("^(.*?\\S)\\s*[–—-]$");

  /**
   * Run-in headings: a paragraph that opens with bold words (up to twelve, not the whole line) ended by a dash, the
   * rest of the line plain ({@code Beautification – Flowers and plants were ordered …}), is an item whose title is the
   * bold words and whose text begins after the dash. A bold word ended by a colon is a label ({@code Motion:}), no
   * topic.
   */
  private List<Heading> runInHeadings(List<TextLine> lines, Layout layout) {
    List<Heading> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      // Within a paragraph (no paragraph's gap above on the same page) only a hard break opens a run-in heading.
      boolean within = i > 0 && lines.get(i - 1).page() == l.page() && !layout.isParagraphGap(lines.get(i - 1), l);
      if (within && !layout.isHardBreak(lines.get(i - 1), l)) continue;
      String topic = within && !lines.get(i - 1).bold() ? null : labelledTopic(l, layout);
      if (topic != null) {
        out.add(new Heading(i, null, 1, topic, l.x(), NumberSyntax.UNNUMBERED, 1, null, i + 1));
        continue;
      }
      int bold = NumberedHeading.leadingBold(l);
      if (bold < 1 || bold > 12) continue;
      String after = l.words().get(bold).text();
      String head = firstWords(l, bold);
      if (after.matches("[–—-]")) head = head + " " + after;
      Matcher m = RUN_IN_END.matcher(TextJoin.normalise(head));
      if (!m.matches() || !Character.isUpperCase(m.group(1).codePointAt(0))) continue;
      out.add(new Heading(i, null, 1, m.group(1), l.x(), NumberSyntax.UNNUMBERED, 1, null, i + 1));
    }
    return out;
  }

  /**
   * A topic run in as a label: a paragraph that opens with two to eight bold words ended by a colon, then at least
   * four plain words ({@code Data Warehouse: The integrations environment will …}); a header's or a part's label
   * ({@code Members present:}) or a vote's line is none, nor is a line of a list, without a paragraph's gap or a
   * heading above.
   */
  private String labelledTopic(TextLine l, Layout layout) {
    List<Word> words = l.words();
    int n = 0;
    while (n < words.size() && words.get(n).bold()) n++;
    if (n < 2 || n > 8 || words.size() - n < 4 || !words.get(n - 1).text().endsWith(":")) return null;
    String topic = TextJoin.normalise(firstWords(l, n)).replaceFirst(":$", "").strip();
    if (!Character.isUpperCase(topic.codePointAt(0)) || HeaderFields.label(l, v, layout) != null || partOf(l) != null
        || VOTE_LINE.matcher(l.text().strip()).find()) {
      return null;
    }
    return topic;
  }

  /** The line's first {@code n} words, a space apart. */
  private static String firstWords(TextLine line, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) b.append(k == 0 ? "" : " ").append(line.words().get(k).text());
    return b.toString();
  }

  /** A line that is a list's entry: a bullet, or an "o" standing for one. */
  private static final Pattern BULLET_LINE = Pattern.compile("^(?:- |o (?=\\p{Lu}))");

  /**
   * A bulleted outline: where the minutes are a list of five entries or more at one indent with entries nested below
   * them, every heading-styled line after the first entry is one of those entries, and hardly a line stands left of
   * them, each first-level entry is an unnumbered item; its title is its text, up to a dash that runs the entry on
   * ({@code Minutes from 11/30/17 meeting approved – Z. Maiorca (motion) …}), and the nested entries are its text.
   */
  private List<Heading> bulletOutline(List<TextLine> lines, List<Integer> styled) {
    List<Integer> bullets = new ArrayList<>();
    float first = Float.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      if (!BULLET_LINE.matcher(TextJoin.normalise(lines.get(i).text())).find()) continue;
      bullets.add(i);
      first = Math.min(first, lines.get(i).x());
    }
    List<Integer> top = new ArrayList<>();
    for (int i : bullets) if (Math.abs(lines.get(i).x() - first) < 2) top.add(i);
    if (top.size() < 5 || top.size() == bullets.size()) return List.of();
    int start = top.get(0);
    for (int i : styled) if (i > start && lines.get(i).x() < first + 2 && !top.contains(i)) return List.of();
    int left = 0;
    for (int i = start; i < lines.size(); i++) if (lines.get(i).x() < first - 2) left++;
    if (left * 10 > lines.size() - start) return List.of();
    List<Heading> out = new ArrayList<>();
    for (int i : top) {
      String text = BULLET_LINE.matcher(TextJoin.normalise(lines.get(i).text())).replaceFirst("");
      int dash = text.indexOf(" – ");
      String title = dash > 0 && text.substring(0, dash).split("\\s+").length <= 12 ? text.substring(0, dash) : text;
      out.add(new Heading(i, null, 1, title, lines.get(i).x(), NumberSyntax.UNNUMBERED, 1, null, i + 1));
    }
    return out;
  }

  /**
   * The run-in headings with the whole-line bold headings among them (those above the first are the title block): a
   * whole-line heading ending in a colon
   * ({@code Committee Reports:}), or one with a run-in heading on the next line, holds the run-in headings after it, up
   * to the next whole-line heading.
   */
  private List<Heading> withRunIn(List<TextLine> lines, Layout layout, List<Integer> whole, List<Heading> runIn) {
    java.util.TreeMap<Integer, Heading> all = new java.util.TreeMap<>();
    for (Heading h : runIn) all.put(h.index(), h);
    // Bold lines above the first run-in heading are the document's title block, no items, but for those below a
    // header's label.
    int label = -1;
    for (int i = 0; i < runIn.get(0).index() && label < 0; i++) if (HeaderFields.label(lines.get(i), v, layout) != null) label = i;
    for (int i : whole) {
      if (i < runIn.get(0).index() && (label < 0 || i < label)) continue;
      all.put(i, new Heading(i, null, 1, TextJoin.normalise(lines.get(i).text()).replaceFirst("\\s*[–—-]$", ""),
          lines.get(i).x(), NumberSyntax.UNNUMBERED));
    }
    List<Heading> out = new ArrayList<>();
    boolean holding = false;
    java.util.function.Predicate<Heading> runsIn = h -> h != null && h.titleEnd() == h.index() + 1;
    for (Heading h : all.values()) {
      boolean isRunIn = runsIn.test(h);
      if (!isRunIn) holding = h.title().endsWith(":") || runsIn.test(all.get(h.index() + 1));
      int level = isRunIn && holding ? 2 : 1;
      String t = h.title().replaceFirst("\\s*:$", "");
      out.add(new Heading(h.index(), null, level, t, h.titleX(), h.syntax(), 1, null, h.titleEnd()));
    }
    return out;
  }

  /**
   * Rule: a heading that opens with a resolution's code ({@code R2023-206 T. Butler, D. Yemm:}) is identified by it,
   * and its title is what follows.
   */
  private static Heading coded(Heading h, TextLine line) {
    HeadingToken t = HeadingToken.of(line);
    if (t == null || t.syntax() != HeadingToken.Syntax.CODE || t.rest().isEmpty()) return h;
    return new Heading(h.index(), null, h.level(), t.rest().replaceFirst("\\s*:$", ""), h.titleX(), h.syntax(), h.step(),
        t.printed(), h.titleEnd());
  }

  /**
   * Pages of appendices: a page whose first line, or a running line above it, begins what is not an item
   * ({@code Bilaga …}, appeal instructions), and the pages after it up to the next page with a heading.
   */
  private java.util.Set<Integer> appendixPages(List<TextLine> lines, List<TextLine> furniture, List<Heading> headings) {
    java.util.Set<Integer> headingPages = new java.util.HashSet<>();
    for (Heading h : headings) headingPages.add(lines.get(h.index()).page());
    Map<Integer, TextLine> first = new java.util.TreeMap<>();
    for (TextLine l : lines) first.putIfAbsent(l.page(), l);
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (var e : first.entrySet()) {
      boolean starts = isStop(e.getValue()) && partOf(e.getValue()) == null;
      for (TextLine f : furniture) {
        if (f.page() == e.getKey() && f.y() < e.getValue().y() && isStop(f)) starts = true;
      }
      if (starts && !headingPages.contains(e.getKey())) out.add(e.getKey());
    }
    if (out.isEmpty()) return out;
    int last = ((java.util.TreeMap<Integer, TextLine>) first).lastKey();
    for (int page = ((java.util.TreeSet<Integer>) out).first(); page <= last; page++) {
      if (out.contains(page - 1) && !headingPages.contains(page) && first.containsKey(page)) out.add(page);
    }
    return out;
  }

  private boolean isStop(TextLine line) {
    String t = TextJoin.normalise(line.text());
    for (Pattern p : v.stops()) if (p.matcher(t).find()) return true;
    // The lexicon's stops open a short line: a heading of what follows, not a word in running text.
    if (v.lexicon() != null && line.words().size() <= 6 && v.lexicon().startsWith(t, dev.minutes.lexicon.WordClass.STOP)) {
      return true;
    }
    return false;
  }

  private String caseNumber(TextLine line) {
    if (v.caseNumber() == null) return null;
    Matcher m = v.caseNumber().matcher(line.text().strip());
    return m.matches() ? m.group(1) : null;
  }

  /** The part a line opens, with the text after its label (possibly empty), or null. */
  private record PartStart(Part part, String rest) {}

  /** Whether the line opens a part with its label, a colon and the part's first words. */
  private boolean opensLabelledPart(TextLine line) {
    PartStart start = partOf(line);
    return start != null && !start.rest().isEmpty() && TextJoin.normalise(line.text()).indexOf(':') > 0;
  }

  private PartStart partOf(TextLine line) {
    String t = TextJoin.normalise(line.text());
    Part p = v.partLabels().get(LabelSet.key(t));
    if (p == null && v.lexicon() != null && t.length() <= LabelSet.MAX_LABEL_LENGTH) p = LexiconLabels.part(v.lexicon(), t);
    if (p != null && t.length() <= LabelSet.MAX_LABEL_LENGTH) return new PartStart(p, "");
    // A label with a note in parentheses: "Schlussabstimmung (Schlussfassung siehe Anhang)".
    int paren = t.indexOf(" (");
    if (paren > 0 && t.endsWith(")") && paren < LabelSet.MAX_LABEL_LENGTH) {
      Part q = v.partLabels().get(LabelSet.key(t.substring(0, paren)));
      if (q != null) return new PartStart(q, "");
    }
    for (var e : v.partHeadings().entrySet()) if (e.getKey().matcher(t).matches()) return new PartStart(e.getValue(), "");
    int colon = t.indexOf(':');
    if (colon > 0 && colon < LabelSet.MAX_LABEL_LENGTH) {
      Part q = v.partLabels().get(LabelSet.key(t.substring(0, colon)));
      if (q == null && v.lexicon() != null) q = LexiconLabels.part(v.lexicon(), t.substring(0, colon));
      if (q != null) return new PartStart(q, t.substring(colon + 1).strip());
    }
    // A label in a column of its own, its text in the next ("Bilaga      Motion, Klädbidrag …"), as with a colon.
    List<Word> words = line.words();
    StringBuilder label = new StringBuilder();
    for (int i = 1; i < Math.min(words.size(), 4); i++) {
      label.append(i > 1 ? " " : "").append(words.get(i - 1).text());
      if (line.gapBefore(i) <= line.fontSize() * 0.9f) continue;
      Part q = v.partLabels().get(LabelSet.key(TextJoin.normalise(label.toString())));
      if (q == null) return null;
      StringBuilder rest = new StringBuilder();
      for (int k = i; k < words.size(); k++) rest.append(k > i ? " " : "").append(words.get(k).text());
      return new PartStart(q, TextJoin.normalise(rest.toString()));
    }
    return null;
  }

  /** The header: title, body, date and times, location and participants. */
  private Meeting header(List<TextLine> lines, List<TextLine> furniture, String created, Layout layout, int[] notNames,
                         MeetingTrace where) {
    HeaderFields.Result fields = HeaderFields.read(lines, v, layout);
    String title = title(fields.other(), layout);
    where.put("title", Spans.lines(fields.other()));
    if (title == null) {
      title = runningTitle(furniture);
      where.set("title", Spans.lines(furniture.stream().filter(l -> l.page() == 1).toList()));
    }
    HeaderFields.Value body = fields.first(HeaderField.BODY);
    if (body != null) where.put("body", body.where());
    for (HeaderFields.Value value : fields.values()) {
      switch (value.field()) {
        case DATE_TIME, DATE -> where.put("date", value.where()).put("startTime", value.where()).put("endTime", value.where());
        case TIME -> where.put("startTime", value.where()).put("endTime", value.where());
        case END_TIME -> where.put("endTime", value.where());
        case LOCATION -> where.put("location", value.where()).put("startTime", value.where()).put("date", value.where());
        case BODY, IGNORED -> { }
        default -> where.put("participants", value.where());
      }
    }
    // Dates and times found in the title or free lines of the header.
    for (String f : List.of("date", "startTime", "endTime")) where.put(f, Spans.lines(lines));
    String date = null, start = null, end = null;
    for (HeaderField f : List.of(HeaderField.DATE_TIME, HeaderField.DATE)) {
      HeaderFields.Value value = fields.first(f);
      if (value == null || date != null) continue;
      DateTimeFinder.Found found = DateTimeFinder.find(value.joined());
      date = found.date();
      // A time given with the date stands; a field that gave the time only ("Tid: kl. 19.00–21.10") keeps it.
      if (found.start() != null) {
        start = found.start();
        end = found.end();
      }
    }
    HeaderFields.Value time = fields.first(HeaderField.TIME);
    if (time != null && start == null) {
      DateTimeFinder.Found found = DateTimeFinder.find(time.joined());
      start = found.start();
      end = found.end();
    }
    HeaderFields.Value ended = fields.first(HeaderField.END_TIME);
    if (ended != null && end == null) end = DateTimeFinder.find(ended.joined()).start();
    if (date == null && title != null) {
      // The title, its wrapped lines joined, may name the day ("… vom 16. August" over "2023").
      DateTimeFinder.Found found = DateTimeFinder.find(title);
      date = found.date();
      if (start == null) {
        start = found.start();
        end = end != null ? end : found.end();
      }
    }
    if (date == null) {
      for (TextLine l : lines) {
        DateTimeFinder.Found found = DateTimeFinder.find(l.text());
        if (found.date() == null) continue;
        date = found.date();
        if (start == null) {
          start = found.start();
          end = found.end();
        }
        break;
      }
    }
    if (date == null) {
      // A day and month without a year take the year the PDF was made in.
      for (TextLine l : lines.subList(0, Math.min(8, lines.size()))) {
        DateTimeFinder.Found found = DateTimeFinder.findWithoutYear(l.text(), created);
        if (found.date() == null) continue;
        date = found.date();
        if (start == null) {
          start = found.start();
          end = found.end();
        }
        break;
      }
    }
    HeaderFields.Value location = fields.first(HeaderField.LOCATION);
    String place = location == null || location.joined().isEmpty() ? null : location.joined();
    if (place != null) {
      // "Plats och tid: Kommunhuset, Storsalen, kl. 13:00–16:30": the time is no part of the place.
      Matcher when = PLACE_TIME.matcher(place);
      if (when.find()) {
        DateTimeFinder.Found f = DateTimeFinder.find(place.substring(when.start()));
        if (f.start() != null || f.date() != null) {
          if (start == null) {
            start = f.start();
            end = f.end();
          }
          if (date == null) date = f.date();
          place = place.substring(0, when.start()).replaceAll("[,;\\s]+$", "");
        }
      }
    }
    List<Participant> participants = HeaderFields.participants(fields, notNames, v.residenceAfterName());
    return new Meeting(title, body == null ? null : body.joined(), date, start, end,
        place == null || place.isEmpty() ? null : place,
        participants);
  }

  /**
   * The title: on the first page, the lines in the largest type above the body's (joined where they follow
   * each other closely), else the first of its first three lines in a heading style.
   */
  private static String title(List<TextLine> lines, Layout layout) {
    if (lines.isEmpty()) return null;
    int page = lines.get(0).page();
    float largest = 0;
    for (TextLine l : lines) if (l.page() == page) largest = Math.max(largest, l.fontSize());
    if (largest > layout.bodySize() * 1.1f) {
      String title = null;
      TextLine previous = null;
      for (TextLine l : lines) {
        if (l.page() != page) break;
        if (Math.abs(l.fontSize() - largest) < 0.6f) {
          if (title != null && previous != null && !(Math.abs(previous.fontSize() - largest) < 0.6f)) break;
          if (title != null && previous != null && l.y() - previous.y() > l.fontSize() * 2.5f) break;
          title = title == null ? l.text().strip() : TextJoin.join(title, l.text().strip());
        } else if (title != null) {
          break;
        }
        previous = l;
      }
      return TextJoin.normalise(title);
    }
    for (int i = 0; i < Math.min(3, lines.size()) && lines.get(i).page() == page; i++) {
      if (layout.isStyled(lines.get(i))) return TextJoin.normalise(lines.get(i).text());
    }
    for (int i = 0; i < Math.min(3, lines.size()) && lines.get(i).page() == page; i++) {
      if (inCapitals(lines.get(i).text()) && lines.get(i).fontSize() > layout.bodySize() - 0.6f) {
        // Failing a styled line, a title set in the body's type in capitals (not smaller, as an organisation's name
        // above the title may be); it may wrap onto lines in capitals right below it.
        String title = lines.get(i).text().strip();
        for (int k = i + 1; k < lines.size() && lines.get(k).page() == page
            && lines.get(k).text().chars().anyMatch(Character::isLetter)
            && lines.get(k).text().chars().noneMatch(Character::isLowerCase)
            && lines.get(k).y() - lines.get(k - 1).y() <= 1.6f * lines.get(k).fontSize(); k++) {
          title = TextJoin.join(title, lines.get(k).text().strip());
        }
        return TextJoin.normalise(title);
      }
    }
    return null;
  }

  /** A line of two words or more in capitals: no lower-case letter, eight letters at least. */
  private static boolean inCapitals(String text) {
    return text.strip().contains(" ") && text.chars().filter(Character::isLetter).count() >= 8
        && text.chars().noneMatch(Character::isLowerCase);
  }

  /** A running header on the first page that is no page number or stamp: documents repeat their title there. */
  private static String runningTitle(List<TextLine> furniture) {
    for (TextLine l : furniture) {
      if (l.page() != 1) break;
      String t = TextJoin.normalise(l.text());
      if (t.length() >= 8 && t.chars().filter(Character::isLetter).count() * 2 > t.length()
          && !t.matches("(?i).*(https?://|www\\.|\\bsida\\b|\\bpage\\b|\\bseite\\b).*")) {
        return t;
      }
    }
    return null;
  }

  /** Where the header gives no times, the opening item's title or first line gives the start, the closing item's the end. */
  private static Meeting withTimesFromItems(Meeting m, List<ItemBuilder> items, MeetingTrace where) {
    if (items.isEmpty() || m.startTime() != null && m.endTime() != null) return m;
    String start = m.startTime(), end = m.endTime();
    ItemBuilder first = items.get(0);
    if (start == null) {
      start = timeAfter(first, OPENING);
      if (start != null) where.set("startTime", first.opening());
    }
    if (end == null) {
      ItemBuilder last = items.get(items.size() - 1);
      end = timeAfter(last, CLOSING);
      if (end != null) where.set("endTime", last.opening());
    }
    if (start == null && end == null) return m;
    return new Meeting(m.title(), m.body(), m.date(), start, end, m.location(), m.participants());
  }

  /** The time written after the item's opening or closing word, in its title or its first lines, or null. */
  private static String timeAfter(ItemBuilder item, Pattern word) {
    String text = item.title + " " + item.firstText();
    Matcher m = word.matcher(text);
    if (!m.find()) return null;
    String after = text.substring(m.start(), Math.min(text.length(), m.start() + 80));
    DateTimeFinder.Found f = DateTimeFinder.find(after);
    return f.start();
  }

  /** Where the header names no one: the people an opening item records ({@link AttendanceInItems}). */
  private Meeting withAttendanceFromItems(Meeting m, List<TextLine> header, List<ItemBuilder> all, Layout layout) {
    // The header's lines first, as an opening without a title: names run in after an attendance label there.
    List<Participant> inHeader = AttendanceInItems.runIn(new AttendanceInItems.Opening("", header), v.lexicon());
    if (inHeader.size() < 2) inHeader = ProseAttendance.find(header);
    if (inHeader.size() >= 2) {
      return new Meeting(m.title(), m.body(), m.date(), m.startTime(), m.endTime(), m.location(), inHeader);
    }
    List<AttendanceInItems.Opening> openings = new ArrayList<>();
    for (ItemBuilder b : all) {
      if (b.parent != null) continue;
      List<TextLine> body = new ArrayList<>();
      for (List<TextLine> ls : b.parts.values()) for (TextLine l : ls) if (l != null) body.add(l);
      openings.add(new AttendanceInItems.Opening(b.title, body));
    }
    List<Participant> people = AttendanceInItems.find(openings, v.lexicon(), layout);
    return people.isEmpty() ? m
        : new Meeting(m.title(), m.body(), m.date(), m.startTime(), m.endTime(), m.location(), people);
  }

  /**
   * Items nested by their numbers: each under the nearest item before it whose number is its prefix; items without
   * numbers by their levels, each under the nearest item before it of a lower level. Gives the top-level ones.
   */
  private static List<ItemBuilder> nest(List<ItemBuilder> all) {
    List<ItemBuilder> roots = new ArrayList<>();
    Deque<ItemBuilder> open = new ArrayDeque<>();
    for (ItemBuilder b : all) {
      while (!open.isEmpty() && !isParent(open.peek().heading, b.heading)) open.pop();
      if (open.isEmpty()) {
        roots.add(b);
      } else {
        open.peek().children.add(b);
        open.peek().trace.items.add(b.trace);
        b.parent = open.peek();
      }
      open.push(b);
    }
    return roots;
  }

  private static boolean isParent(Heading parent, Heading child) {
    if (parent.number() == null || child.number() == null) return parent.level() < child.level();
    return isParent(parent.number(), child.number());
  }

  private static boolean isParent(ItemNumber parent, ItemNumber child) {
    List<Integer> p = parent.parts(), c = child.parts();
    return p.size() < c.size() && c.subList(0, p.size()).equals(p);
  }

  /** An item while its lines are gathered. */
  private final class ItemBuilder {
    final Heading heading;
    String title;
    String caseNumber;
    final TreeSet<Integer> pages = new TreeSet<>();
    final List<ItemBuilder> children = new ArrayList<>();
    /** Lines per part, with null standing for a rule that ends a paragraph. */
    final Map<Part, List<TextLine>> parts = new EnumMap<>(Part.class);
    /** An action column's text beside a line. */
    final Map<TextLine, SideColumn.Beside> beside = new java.util.IdentityHashMap<>();
    /** Responsible persons given by an action line, each after the line it follows. */
    final Map<TextLine, SideColumn.Beside> actionAfter = new java.util.IdentityHashMap<>();
    /** Lines that record the vote on the text right above them, which they end ("Motion: approved Vote: unanimous"). */
    final java.util.Set<TextLine> votes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Part part;
    /** Inside the record of an earlier session's handling, which is not this meeting's. */
    boolean history;
    /** The text a run-in heading's line goes on with after its dash, or null. */
    String runOn;
    /** The title is the first sentence of the item's first paragraph. */
    boolean titleFromParagraph;
    /** The meeting's date (ISO), or null. */
    String meetingDate;
    /** Finds the tasks the item's sentences give the meeting's participants and others; null: they give none. */
    TaskSentences tasks;
    /** Where the item's parts were read. */
    final ItemTrace trace = new ItemTrace();
    ItemBuilder parent;

    ItemBuilder(Heading heading) {
      this.heading = heading;
      this.title = heading.title();
      this.part = v.bodyPart();
      for (Part p : Part.values()) parts.put(p, new ArrayList<>());
    }

    /** The text of the item's first two lines. */
    String firstText() {
      StringBuilder b = new StringBuilder();
      for (TextLine l : firstLines()) b.append(' ').append(l.text());
      return b.toString();
    }

    /** The heading and the item's first two lines, where an opening or closing time is read. */
    Spans opening() {
      return trace.number.plus(trace.title).plus(Spans.lines(firstLines()));
    }

    List<TextLine> firstLines() {
      List<TextLine> out = new ArrayList<>();
      for (List<TextLine> ls : parts.values()) for (TextLine l : ls) if (l != null && out.size() < 2) out.add(l);
      return out;
    }

    void add(TextLine line, SideColumn.Beside side) {
      String text = TextJoin.normalise(line.text());
      if (RULE.matcher(text).matches()) {
        parts.get(part).add(null);
        return;
      }
      String number = caseNumber(line);
      if (number != null && caseNumber == null) {
        caseNumber = number;
        trace.caseNumber = Spans.line(line);
        return;
      }
      if (v.actionLine() != null) {
        Matcher m = v.actionLine().matcher(text);
        if (m.matches()) {
          List<TextLine> ls = parts.get(part);
          TextLine last = null;
          for (int k = ls.size() - 1; k >= 0 && last == null; k--) last = ls.get(k);
          if (last != null) actionAfter.put(last, new SideColumn.Beside(m.group(1).strip(), Spans.line(line)));
          return;
        }
      }
      if (v.sessionLine() != null) {
        Matcher m = v.sessionLine().matcher(text);
        if (m.matches()) {
          // Earlier handling by this or another body is history; the block for this item's own paragraph is not.
          String session = m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2);
          history = heading.identifier() == null || !session.equals(heading.identifier());
          part = history ? Part.SKIPPED : v.bodyPart();
          parts.get(part).add(null);
          return;
        }
      }
      int colon = text.indexOf(':');
      if (colon > 0 && colon < 30 && v.bylines().contains(LabelSet.key(text.substring(0, colon)))) {
        String rest = text.substring(colon + 1).strip();
        // "Beredning: personalchef Kristina Wikblad" names who prepared the item; text after the label is no byline.
        if (!rest.isEmpty() && rest.split("\\s+").length <= 8 && !rest.matches(".*[.!?]$")) return;
      }
      PartStart start = partOf(line);
      if (start == null && part == Part.DECISIONS && isCapsHeading(text)) {
        // A line in capitals (BESLUTNINGSFORSLAG FRA DD) heads a new section: the decision ends above it.
        part = v.bodyPart();
        parts.get(part).add(null);
      }
      if (start != null && !history && start.part() != Part.DECISIONS && !start.rest().isEmpty() && isDecision(text)) {
        // A label whose line records a decision ("Motion: approved Vote: unanimous") is that decision, kept whole;
        // the text goes on in the item's body part. What an action label gave right above it, with no blank line
        // between ("Action: approve additional codes …"), is what was voted on: the two are one decision, no task.
        List<TextLine> voted = votedOn(line);
        parts.get(Part.DECISIONS).add(null);
        parts.get(Part.DECISIONS).addAll(voted);
        if (!voted.isEmpty()) votes.add(line);
        parts.get(Part.DECISIONS).add(line);
        if (side != null) beside.put(line, side);
        part = v.bodyPart();
        parts.get(part).add(null);
        return;
      }
      if (start != null && start.part() == Part.DECISIONS && earlierSession(text)) {
        // "Beslutning i Udvalget … den 10-04-2013" at a meeting of 2013-06-20: an earlier handling, not this decision.
        part = Part.SKIPPED;
        parts.get(part).add(null);
        return;
      }
      if (start != null) {
        if (history) return;
        part = start.part();
        parts.get(part).add(null);
        if (start.rest().isEmpty()) return;
        line = rest(line, start.rest());
      }
      parts.get(part).add(line);
      if (side != null) beside.put(line, side);
    }

    /**
     * The paragraph right above {@code vote} (its lines each close below the one before, on one page, no blank line
     * between), taken out of the current part when it gives a task: the action part's, or one that opens with an
     * action label ("Action: approve additional codes …"), the label left out. Else none.
     */
    private List<TextLine> votedOn(TextLine vote) {
      List<TextLine> ls = parts.get(part);
      int from = ls.size();
      TextLine below = vote;
      while (from > 0) {
        TextLine l = ls.get(from - 1);
        if (l == null || l.page() != below.page()
            || below.y() - l.y() > 1.6f * Math.max(l.fontSize(), below.fontSize())) {
          break;
        }
        from--;
        below = l;
      }
      if (from == ls.size()) return List.of();
      List<TextLine> run = new ArrayList<>(ls.subList(from, ls.size()));
      if (part != Part.ACTIONS) {
        String first = TextJoin.normalise(run.get(0).text());
        Matcher label = ACTION_LABEL.matcher(first);
        if (!label.find() || label.end() == first.length()) return List.of();
        run.set(0, rest(run.get(0), first.substring(label.end())));
      }
      ls.subList(from, ls.size()).clear();
      return run;
    }

    /** The last decision goes on with {@code text}, the paragraph {@code block}: its text and where it was read. */
    private void goesOn(List<String> decided, String text, List<TextLine> block) {
      decided.set(decided.size() - 1, decided.get(decided.size() - 1) + " " + text);
      List<Spans> spans = trace.section(SECTIONS.get(Part.DECISIONS));
      if (!spans.isEmpty()) spans.set(spans.size() - 1, spans.get(spans.size() - 1).plus(Spans.lines(block)));
    }

    /** Whether a decision heading names a date, and another than the meeting's. */
    boolean earlierSession(String heading) {
      if (meetingDate == null || heading.length() > 160 || !heading.matches(".*\\d{4}.*")) return false;
      String date = DateTimeFinder.find(heading).date();
      return date != null && !date.equals(meetingDate);
    }

    Item build(Layout layout) {
      Map<Part, List<String>> texts = new EnumMap<>(Part.class);
      for (Part p : Part.values()) texts.put(p, new ArrayList<>());
      List<Action> actions = new ArrayList<>();
      List<Action> written = new ArrayList<>();
      List<ActionSpans> writtenSpans = new ArrayList<>();
      boolean explicit = false;
      // Rule: where the item has a decision section, its decisions are that section's; a paragraph elsewhere with a
      // decision cue (a recommendation, a case's history) is not promoted to one.
      boolean decisionSection = parts.get(Part.DECISIONS).stream().anyMatch(java.util.Objects::nonNull);
      Map<Part, List<List<TextLine>>> blocksOf = new EnumMap<>(Part.class);
      boolean resolutions = false;
      for (Part p : Part.values()) {
        List<TextLine> run = new ArrayList<>();
        List<List<TextLine>> blocks = new ArrayList<>();
        for (TextLine l : parts.get(p)) {
          if (l == null) {
            blocks.addAll(Paragraphs.blocks(run, layout));
            run.clear();
          } else {
            run.add(l);
          }
        }
        blocks.addAll(Paragraphs.blocks(run, layout));
        blocksOf.put(p, blocks);
        if (p == Part.NOTES || p == Part.DESCRIPTION) {
          for (List<TextLine> b : blocks) resolutions |= RESOLUTION.matcher(Paragraphs.text(b, v.hyphenated())).find();
        }
      }
      // Rule: where the item records a formal resolution ("RESOLVED that …"), its decisions are its resolutions, each
      // with the list it opens (a paragraph ending in a colon, then enumerated ones); other paragraphs with a decision
      // cue (an amendment carried, a motion put) are the debate's notes.
      resolutions &= !decisionSection && !v.strictDecisions();
      boolean voteOpen = false;
      boolean leadIn = false; // the last decision ends in a comma or colon: it goes on
      int motionFrom = -1; // where the motion's paragraphs begin in the part's list, or -1
      for (Part p : Part.values()) {
        motionFrom = -1;
        if (p == Part.ATTACHMENTS) continue;
        boolean listOpen = false;
        boolean actionsEnded = false;
        for (List<TextLine> block : blocksOf.get(p)) {
          String text = Paragraphs.text(block, v.hyphenated());
          Part target = p;
          if (p == Part.ACTIONS) {
            // Under an action label, the actions are its list's entries and its lines: the first paragraph of several
            // lines that is no list entry ends them, and it and what follows are the item's text.
            actionsEnded |= block.size() > 1 && !LIST_ENTRY.matcher(text).find() && !ENUMERATOR.matcher(text).find()
                && block.stream().noneMatch(beside::containsKey);
            if (actionsEnded) target = v.bodyPart();
          }
          boolean resolutionEntry = false; // an entry of the list a resolution opens
          if (v.strictDecisions()) {
            if (p == Part.DECISIONS && !isDecision(text)) target = Part.NOTES;
          } else if (resolutions && (p == Part.NOTES || p == Part.DESCRIPTION)) {
            boolean resolution = RESOLUTION.matcher(text).find();
            listOpen = resolution ? text.endsWith(":") : listOpen && LIST_ENTRY.matcher(text).find();
            resolutionEntry = !resolution && listOpen;
            if (resolution || listOpen) target = Part.DECISIONS;
          } else if ((p == Part.NOTES || p == Part.DESCRIPTION) && !decisionSection && isDecision(text)) {
            target = Part.DECISIONS;
          }
          List<String> decided = texts.get(Part.DECISIONS);
          if (target == Part.DECISIONS && p != Part.DECISIONS && motionFrom >= 0
              && (BARE_RESULT.matcher(text).matches() || ENDS_IN_RESULT.matcher(text).find())) {
            // "That we receive … / And that we authorize … / Carried.", "WHEREAS … / NOW THEREFORE … Carried.": the
            // motion's paragraphs and the result after them, alone or ending the last, are one decision.
            List<String> notes = texts.get(p);
            List<Spans> noteSpans = trace.section(SECTIONS.get(p));
            List<String> motion = new ArrayList<>(notes.subList(motionFrom, notes.size()));
            Spans spans = Spans.lines(block);
            if (noteSpans.size() == notes.size()) {
              for (int k = noteSpans.size() - 1; k >= motionFrom; k--) spans = noteSpans.remove(k).plus(spans);
            }
            notes.subList(motionFrom, notes.size()).clear();
            motion.add(text);
            decided.add(String.join(" ", motion));
            trace.section(SECTIONS.get(Part.DECISIONS)).add(spans);
            motionFrom = -1;
            continue;
          }
          if (target == p && (p == Part.NOTES || p == Part.DESCRIPTION)) {
            if (MOTION_PUT.matcher(text).find()) {
              motionFrom = texts.get(p).size();
            } else if (MOTION_TEXT.matcher(text).find()) {
              if (motionFrom < 0 || !text.matches("(?i)^and\\b.*")) motionFrom = texts.get(p).size();
            } else {
              motionFrom = -1;
            }
          } else {
            motionFrom = -1;
          }
          if (p == Part.DECISIONS && votes.contains(block.get(0)) && !decided.isEmpty()) {
            // The vote ends the text voted on above it: one decision.
            goesOn(decided, text, block);
            leadIn = false;
            voteOpen = VOTE_LINE.matcher(text).find();
            continue;
          }
          if (resolutionEntry && !decided.isEmpty()) {
            // "RESOLVED that the County Council:" / "(1) Endorses …" / "(2) Notes …": a resolution and the entries of
            // the list it opens are one decision.
            goesOn(decided, text, block);
            leadIn = false;
            voteOpen = false;
            continue;
          }
          if (p != Part.SKIPPED && leadIn && !text.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
            // "Stämman beslutar," / "att godkänna förteckningen som röstlängd.": a decision that leads in with a
            // comma or colon goes on in the paragraphs after it that open in lower case.
            goesOn(decided, text, block);
            leadIn = text.endsWith(",") || text.endsWith(":");
            continue;
          }
          leadIn = false;
          if (p != Part.SKIPPED && target != Part.DECISIONS && VOTE_LINE.matcher(text).find() && voteOpen) {
            // A vote's lines (MOTION BY, SECOND, AYES, NAYS …) belong to the result they follow: one decision.
            goesOn(decided, text, block);
            continue;
          }
          voteOpen = target == Part.DECISIONS && VOTE_LINE.matcher(text).find();
          leadIn = target == Part.DECISIONS && p != Part.SKIPPED && (text.endsWith(",") || text.endsWith(":"));
          if (p != Part.SKIPPED && target != Part.ACTIONS) {
            texts.get(target).add(text);
            trace.section(SECTIONS.get(target)).add(Spans.lines(block));
          }
          String who = null;
          Spans whoWords = Spans.EMPTY;
          for (TextLine l : block) {
            for (SideColumn.Beside given : java.util.Arrays.asList(beside.get(l), actionAfter.get(l))) {
              if (given == null) continue;
              who = who == null ? given.text() : who + " " + given.text();
              whoWords = whoWords.plus(given.words());
            }
          }
          if (who == null && p != Part.SKIPPED) who = taskGiven(text);
          if (who != null) {
            Spans words = Spans.lines(block);
            trace.actions.add(ActionSpans.of(words, Spans.EMPTY, whoWords));
            actions.add(action(text, who));
            explicit = true;
          } else if (p != Part.SKIPPED) {
            // A task written in the running text, or a paragraph under an action label.
            List<TaskSentences.Task> found = tasks == null ? List.of() : tasks.find(text, target == Part.DECISIONS);
            if (found.isEmpty() && target == Part.ACTIONS) found = List.of(new TaskSentences.Task(withoutNumber(text), null));
            for (TaskSentences.Task t : found) {
              writtenSpans.add(ActionSpans.of(Spans.lines(block), Spans.EMPTY, Spans.EMPTY));
              written.add(action(t.text(), t.responsible()));
            }
          }
        }
      }
      // Rule: where an item gives its actions by a phrase of its family or an action line, a sentence of its text that
      // names someone's task is not another action; else the tasks its text and its action label give are.
      if (!explicit) {
        actions.addAll(written);
        trace.actions.addAll(writtenSpans);
      }
      // A decision's last paragraph that ends in a colon, with no decision cue, leads in to nothing that is decided
      // ("Følgende deltog ikke i behandlingen af punktet:"): it is a note.
      List<String> decided = texts.get(Part.DECISIONS);
      List<Spans> decidedSpans = trace.section(SECTIONS.get(Part.DECISIONS));
      while (!decided.isEmpty() && decided.get(decided.size() - 1).strip().endsWith(":")
          && !isDecision(decided.get(decided.size() - 1))) {
        texts.get(Part.NOTES).add(decided.remove(decided.size() - 1));
        if (decidedSpans.size() > decided.size()) {
          trace.section(SECTIONS.get(Part.NOTES)).add(decidedSpans.remove(decidedSpans.size() - 1));
        }
      }
      if (titleFromParagraph) {
        for (Part p : List.of(v.bodyPart(), Part.DECISIONS)) {
          if (!texts.get(p).isEmpty()) {
            String first = texts.get(p).get(0);
            title = runInTitle(first) != null ? runInTitle(first) : firstSentence(first);
            trace.title = trace.section(SECTIONS.get(p)).get(0);
            break;
          }
        }
      } else if (!v.strictDecisions() && isDecision(title)
          && texts.get(Part.DECISIONS).stream().noneMatch(d -> d.contains(title))) {
        List<String> body = texts.get(v.bodyPart());
        List<Spans> bodySpans = trace.section(SECTIONS.get(v.bodyPart()));
        if (runOn != null && !body.isEmpty() && body.get(0).startsWith(runOn) && bodySpans.size() == body.size()) {
          // A run-in topic that records a decision: the line run on after its dash is the decision's too
          // ("Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)").
          texts.get(Part.DECISIONS).add(0, title + " – " + body.remove(0));
          trace.section("decisions").add(0, trace.title.plus(bodySpans.remove(0)));
        } else {
          texts.get(Part.DECISIONS).add(0, title);
          trace.section("decisions").add(0, trace.title);
        }
      }
      List<Item> kids = children.stream().map(c -> c.build(layout)).toList();
      List<dev.minutes.model.Attachment> attachments = new ArrayList<>();
      for (TextLine l : parts.get(Part.ATTACHMENTS)) {
        if (l == null) continue;
        String name = TextJoin.normalise(l.text()).replaceFirst("^(?:- |\\d{1,2}[.)]\\s+)", "").strip();
        if (!name.isEmpty()) {
          attachments.add(new dev.minutes.model.Attachment(name));
          trace.attachments.add(Spans.line(l));
        }
      }
      return new Item(heading.identifier(), heading.level(), title, caseNumber, List.copyOf(pages),
          texts.get(Part.DESCRIPTION), texts.get(Part.NOTES), texts.get(Part.PROPOSAL), actions,
          texts.get(Part.DECISIONS), attachments, List.of(), kids);
    }
  }

  /** Each part's name in the JSON, for the trace ({@code SKIPPED} and {@code ACTIONS} hold no paragraphs). */
  private static final Map<Part, String> SECTIONS = new EnumMap<>(Map.of(Part.DESCRIPTION, "description",
      Part.NOTES, "notes", Part.PROPOSAL, "proposal", Part.DECISIONS, "decisions", Part.ACTIONS, "actions",
      Part.ATTACHMENTS, "attachments", Part.SKIPPED, "skipped"));

  private static final Pattern DUE_WORDS = Pattern.compile("(?iu)\\b(?:by|before|until|no later than|not later than"
      + "|senast|senest|innan|före|till och med|bis|spätestens)\\s+(?:the\\s+|den\\s+)?");

  /** A due date written in an action's text: a date right after "by", "senast", "senest", "bis" … as written, or null. */
  private static String dueIn(String text) {
    Matcher m = DUE_WORDS.matcher(text);
    while (m.find()) {
      String rest = text.substring(m.end());
      DateTimeFinder.Found f = DateTimeFinder.find(rest.length() > 40 ? rest.substring(0, 40) : rest);
      if (f.date() == null) continue;
      Matcher d = Pattern.compile("^(\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?,?"
          + "\\s+\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})").matcher(rest);
      if (d.find()) return d.group(1);
    }
    return null;
  }

  /** The action {@code text} gives {@code who}, with the due date written in it. */
  private static Action action(String text, String who) {
    String dueRaw = dueIn(text);
    DueDate due = dueRaw == null ? null : DueDate.parse(dueRaw);
    String iso = due != null ? due.iso(DueDate.Order.DAY_FIRST) : dueRaw == null ? null : DateTimeFinder.find(dueRaw).date();
    return new Action(withoutNumber(text), iso, iso == null ? null : dueRaw, who);
  }

  /** An action's text is its paragraph without a leading list number or bullet. */
  private static String withoutNumber(String text) {
    return text.replaceFirst("^\\d{1,3}(?:\\.\\d{1,3})+\\s+", "").replaceFirst("^- ", "");
  }

  /** The person a paragraph gives a task to by one of the family's phrases, or null. */
  private String taskGiven(String text) {
    for (Pattern p : v.actionPhrases()) {
      Matcher m = p.matcher(text);
      if (m.find()) return m.group(1).strip();
    }
    return null;
  }

  /** A line of three words or more, all in capitals, with no decision cue: a section's heading. */
  private boolean isCapsHeading(String text) {
    if (text.split("\\s+").length < 3 || text.length() > 120 || isDecision(text)) return false;
    int upper = 0, letters = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters >= 8 && upper == letters;
  }

  /** Whether a paragraph records a decision: a decision cue is found in it (after a list marker, if any). */
  private boolean isDecision(String text) {
    String t = ENUMERATOR.matcher(text).replaceFirst("");
    for (Pattern p : v.pastCues()) if (p.matcher(t).find()) return false;
    for (Pattern p : v.decisionCues()) if (p.matcher(t).find()) return true;
    return v.lexicon() != null && v.lexicon().contains(t, dev.minutes.lexicon.WordClass.DECISION_CUE);
  }

  /** The line without its first words, standing for {@code rest}. */
  private static TextLine rest(TextLine line, String rest) {
    List<Word> words = line.words();
    int skip = words.size() - rest.split("\\s+").length;
    List<Word> kept = words.subList(Math.max(0, Math.min(skip, words.size() - 1)), words.size());
    return new TextLine(line.page(), kept.get(0).x(), line.y(), line.fontSize(), line.bold(), kept, rest);
  }
}
