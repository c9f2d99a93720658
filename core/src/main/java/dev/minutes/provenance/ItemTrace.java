package dev.minutes.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an item was read, element by element, in the order of the item's lists: the heading's number and title,
 * the case number, each paragraph of each section ({@code description}, {@code notes}, {@code proposal},
 * {@code decisions}, by their JSON names), each action and attachment, and the sub-items. A segmenter fills it as it
 * builds the item; lists it leaves empty have no provenance.
 */
public final class ItemTrace {
  public Spans number = Spans.EMPTY;
  public Spans title = Spans.EMPTY;
  public Spans caseNumber = Spans.EMPTY;
  public final Map<String, List<Spans>> sections = new LinkedHashMap<>();
  public final List<ActionSpans> actions = new ArrayList<>();
  public final List<Spans> attachments = new ArrayList<>();
  public final List<ItemTrace> items = new ArrayList<>();

  /** Every word traced for the item and its sub-items, in the order they were traced. */
  public Spans all() {
    Spans all = number.plus(title).plus(caseNumber);
    for (List<Spans> paragraphs : sections.values()) for (Spans p : paragraphs) all = all.plus(p);
    for (ActionSpans a : actions) all = all.plus(a.whole());
    for (Spans a : attachments) all = all.plus(a);
    for (ItemTrace child : items) all = all.plus(child.all());
    return all;
  }

  /** The paragraphs' spans of section {@code name}, to be added to in the order of its paragraphs. */
  public List<Spans> section(String name) {
    return sections.computeIfAbsent(name, k -> new ArrayList<>());
  }

  /**
   * The number and title of a heading: on its first line, the words left of {@code titleX} are the number (the
   * first word where the title's start is not known, NaN), the others and the lines it wraps onto the title.
   */
  public ItemTrace heading(dev.minutes.extract.TextLine first, float titleX, List<dev.minutes.extract.TextLine> more) {
    var words = first.words();
    int split = 1;
    if (!Float.isNaN(titleX)) {
      split = 0;
      while (split < words.size() && words.get(split).x() < titleX - 0.5f) split++;
    }
    split = Math.max(1, Math.min(split, words.size()));
    number = Spans.words(first, words.subList(0, split));
    Spans t = Spans.words(first, Float.isNaN(titleX) ? words : words.subList(split, words.size()));
    title = t.plus(Spans.lines(more));
    return this;
  }
}
