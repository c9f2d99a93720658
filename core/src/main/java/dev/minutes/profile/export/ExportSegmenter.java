package dev.minutes.profile.export;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import dev.minutes.model.Action;
import dev.minutes.model.Attachment;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.segment.DueDate;
import dev.minutes.segment.ItemHeading;
import dev.minutes.segment.ItemNumber;
import dev.minutes.segment.Layout;
import dev.minutes.segment.Paragraphs;
import dev.minutes.segment.TextJoin;
import dev.minutes.segment.Warnings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stage 3: content lines to the meeting header and the tree of agenda items with their sections.
 *
 * <p>Rules: a line opens an item when {@link ItemHeading} says so; it opens a section when its whole
 * text is a section label and it is styled as a heading (or no label in the document is styled, so
 * style cannot tell). Everything else belongs to the open section of the open item; text before the
 * first section heading is the item's description.
 */
public final class ExportSegmenter {
  /** The segmented document, and where its parts were read. */
  public record Result(Meeting meeting, List<Item> items, LabelSet labels, dev.minutes.provenance.Trace trace) {
    public Result(Meeting meeting, List<Item> items, LabelSet labels) {
      this(meeting, items, labels, null);
    }
  }

  private final List<LabelSet> labelSets;

  public ExportSegmenter(List<LabelSet> labelSets) {
    this.labelSets = List.copyOf(labelSets);
  }

  public Result segment(List<TextLine> lines, String language, Warnings warnings) {
    LabelSet labels = chooseLabels(lines, language);
    Layout styled = Layout.of(lines);
    boolean anyStyledHeading = false;
    ItemNumber none = null;
    for (TextLine line : lines) {
      if (ItemHeading.match(line, none, styled) != null) {
        anyStyledHeading = true;
        break;
      }
    }
    Layout layout = anyStyledHeading ? styled : styled.withUnstyledHeadings();
    if (!anyStyledHeading) {
      warnings.add("item.headings-unstyled", "no agenda heading stands out by style or spacing; plain numbered "
          + "lines are read as headings", null);
    }
    List<String> markers = labelSets.stream().flatMap(set -> set.organizer().stream()).toList();
    HeaderParser.Result header = new HeaderParser(labels, markers, layout, warnings).parse(lines);
    // Labels are styled where most label lines are: one measured a size larger (as OCR may) does not make the
    // others plain text.
    long labelLines = lines.stream().filter(l -> Section.of(l.text(), labels) != null).count();
    long styledLabels = lines.stream().filter(l -> Section.of(l.text(), labels) != null && layout.isStyled(l)).count();
    boolean labelsStyled = styledLabels > 0 && 2 * styledLabels > labelLines;

    List<ItemBuilder> roots = new ArrayList<>();
    Deque<ItemBuilder> open = new ArrayDeque<>();
    ItemNumber current = null;
    float titleColumn = Float.NaN; // where the titles of the headings so far start, at the leftmost
    for (int i = header.end(); i < lines.size(); i++) {
      TextLine line = lines.get(i);
      ItemHeading.Match heading = ItemHeading.match(line, current, layout);
      if (heading != null) {
        if (heading.step() > 1) {
          warnings.add("item.numbering-gap", "item " + heading.number() + " does not follow " + current
              + " directly", line.page());
        }
        current = heading.number();
        String title = heading.title();
        TextLine previous = line;
        List<TextLine> titleLines = new ArrayList<>();
        while (i + 1 < lines.size()
            && ItemHeading.continuesTitle(line, heading.titleX(), titleColumn, previous, lines.get(i + 1), layout)
            && Section.of(lines.get(i + 1).text(), labels) == null) {
          previous = lines.get(++i);
          titleLines.add(previous);
          title = TextJoin.join(title, TextJoin.normalise(previous.text()));
        }
        if (!Float.isNaN(heading.titleX()) && (Float.isNaN(titleColumn) || heading.titleX() < titleColumn)) {
          titleColumn = heading.titleX();
        }
        ItemBuilder item = new ItemBuilder(current, title, line.page());
        item.trace.heading(line, heading.titleX(), titleLines);
        while (!open.isEmpty() && open.peek().number.level() >= current.level()) open.pop();
        if (open.isEmpty()) roots.add(item);
        else open.peek().children.add(item);
        open.push(item);
        continue;
      }
      if (open.isEmpty()) continue; // the header parser ends at the first heading, so this is unreachable
      ItemBuilder item = open.peek();
      Section section = Section.of(line.text(), labels);
      if (section != null && (layout.isStyled(line) || !labelsStyled)) {
        item.section = section;
        item.pages.add(line.page());
        continue;
      }
      item.lines.get(item.section).add(line);
      item.pages.add(line.page());
    }
    if (roots.isEmpty()) warnings.add("item.none", "no numbered agenda item was found", null);

    List<TextLine> actionLines = new ArrayList<>();
    for (ItemBuilder root : roots) root.collectActionLines(actionLines);
    ActionParser actions = new ActionParser(labels, layout, actionLines);
    List<ActionParser.Raw> allActions = new ArrayList<>();
    for (ItemBuilder root : roots) root.readActions(actions, allActions, warnings);
    List<DueDate> dues = allActions.stream().map(ActionParser.Raw::due).filter(java.util.Objects::nonNull).toList();
    DueDate.Order order = DueDate.decide(dues);
    if (order == null) {
      order = DueDate.Order.MONTH_FIRST;
      if (dues.stream().anyMatch(d -> d.kind() == DueDate.Kind.SLASHED)) {
        warnings.add("date.order-assumed", "no due date shows whether day or month comes first; read month first",
            null);
      }
    }
    DueDate.Order dateOrder = order;
    List<Item> items = roots.stream().map(r -> r.build(layout, dateOrder, warnings)).toList();
    return new Result(header.meeting(), items, labels,
        new dev.minutes.provenance.Trace(header.trace(), roots.stream().map(r -> r.trace).toList()));
  }

  /** The label set whose labels stand alone on most lines; ties go to the detected language, then to list order. */
  private LabelSet chooseLabels(List<TextLine> lines, String language) {
    LabelSet best = labelSets.get(0);
    int bestHits = -1;
    for (LabelSet set : labelSets) {
      int hits = 0;
      for (TextLine line : lines) {
        String t = line.text();
        if (Section.of(t, set) != null || LabelSet.isLabel(t, set.location()) || LabelSet.isLabel(t, set.participants())) {
          hits++;
        }
      }
      boolean languageWins = hits == bestHits && set.language().equals(language) && !best.language().equals(language);
      if (hits > bestHits || languageWins) {
        best = set;
        bestHits = hits;
      }
    }
    return best;
  }

  private static final java.util.regex.Pattern LIST_MARKER =
      java.util.regex.Pattern.compile("^(?:[-–—•◦▪‣∙·●○■□]|\\d{1,2}[).]|\\(\\d{1,2}\\)|[a-z][).])\\s+");

  /**
   * Rule: an attachment line's list marker (a bullet or dash, or {@code 1)}, {@code 1.}, {@code a)}, with a space after
   * it) is not part of the file name; {@code 6.1)Utfall …}, with no space, is a name.
   */
  static String withoutListMarker(String line) {
    return LIST_MARKER.matcher(line).replaceFirst("").strip();
  }

  /** An item while its lines are gathered. */
  private static final class ItemBuilder {
    final ItemNumber number;
    final String title;
    final TreeSet<Integer> pages = new TreeSet<>();
    final Map<Section, List<TextLine>> lines = new EnumMap<>(Section.class);
    final List<ItemBuilder> children = new ArrayList<>();
    Section section = Section.DESCRIPTION;
    List<ActionParser.Raw> actions = List.of();
    final dev.minutes.provenance.ItemTrace trace = new dev.minutes.provenance.ItemTrace();

    ItemBuilder(ItemNumber number, String title, int page) {
      this.number = number;
      this.title = title;
      pages.add(page);
      for (Section s : Section.values()) lines.put(s, new ArrayList<>());
    }

    void collectActionLines(List<TextLine> into) {
      into.addAll(lines.get(Section.ACTIONS));
      for (ItemBuilder child : children) child.collectActionLines(into);
    }

    void readActions(ActionParser parser, List<ActionParser.Raw> all, Warnings warnings) {
      List<String> problems = new ArrayList<>();
      actions = parser.parse(lines.get(Section.ACTIONS), problems);
      Integer page = lines.get(Section.ACTIONS).isEmpty() ? null : lines.get(Section.ACTIONS).get(0).page();
      for (String p : problems) warnings.add("action.incomplete", "item " + number + ": " + p, page);
      all.addAll(actions);
      for (ItemBuilder child : children) child.readActions(parser, all, warnings);
    }

    Item build(Layout layout, DueDate.Order order, Warnings warnings) {
      List<Action> built = new ArrayList<>();
      for (ActionParser.Raw a : actions) {
        String iso = a.due() == null ? null : a.due().iso(order);
        if (a.dueRaw() != null && iso == null) {
          warnings.add("date.invalid", "item " + number + ": due date " + a.dueRaw() + " is not a date", a.page());
        }
        built.add(new Action(a.text(), iso, a.dueRaw(), a.responsible()));
        trace.actions.add(a.spans());
      }
      List<Attachment> attachments = new ArrayList<>();
      for (TextLine l : lines.get(Section.ATTACHMENTS)) {
        String name = withoutListMarker(TextJoin.normalise(l.text()));
        if (name.isEmpty()) continue;
        attachments.add(new Attachment(name));
        trace.attachments.add(dev.minutes.provenance.Spans.line(l));
      }
      List<Item> kids = children.stream().map(c -> c.build(layout, order, warnings)).toList();
      for (ItemBuilder c : children) trace.items.add(c.trace);
      return new Item(number.toString(), number.level(), title, List.copyOf(pages),
          paragraphs(Section.DESCRIPTION, "description", layout), paragraphs(Section.NOTES, "notes", layout),
          built, paragraphs(Section.DECISIONS, "decisions", layout), attachments, kids);
    }

    /** The section's paragraphs ({@link Paragraphs#of}), each one's lines traced under {@code name}. */
    private List<String> paragraphs(Section section, String name, Layout layout) {
      List<String> out = new ArrayList<>();
      for (List<TextLine> block : Paragraphs.blocks(lines.get(section), layout)) {
        out.add(Paragraphs.text(block));
        trace.section(name).add(dev.minutes.provenance.Spans.lines(block));
      }
      return out;
    }
  }
}
