package dev.minutes.provenance;

/** Where an action was read: all of it, its text, its due date and its responsible person (each possibly empty). */
public record ActionSpans(Spans whole, Spans text, Spans due, Spans responsible) {
  public static final ActionSpans EMPTY = new ActionSpans(Spans.EMPTY, Spans.EMPTY, Spans.EMPTY, Spans.EMPTY);

  public ActionSpans {
    whole = whole == null ? Spans.EMPTY : whole;
    text = text == null ? Spans.EMPTY : text;
    due = due == null ? Spans.EMPTY : due;
    responsible = responsible == null ? Spans.EMPTY : responsible;
  }

  /** An action read from its text, its due date and its responsible person (null for none): the whole is the three in turn. */
  public static ActionSpans of(Spans text, Spans due, Spans responsible) {
    Spans t = text == null ? Spans.EMPTY : text;
    return new ActionSpans(t.plus(due).plus(responsible), t, due, responsible);
  }

  /** This action with more text after it (a table cell that went on below its row). */
  public ActionSpans withMoreText(Spans more) {
    return new ActionSpans(whole.plus(more), text.plus(more), due, responsible);
  }
}
