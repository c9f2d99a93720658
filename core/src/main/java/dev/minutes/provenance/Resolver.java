package dev.minutes.provenance;

import dev.minutes.extract.PageText;
import dev.minutes.extract.TextLine;
import dev.minutes.model.Action;
import dev.minutes.model.Attachment;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import dev.minutes.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a segmenter's {@link Trace} into the result's {@link Provenance}: each element of the finished document
 * (after profiles, linking and checks, which keep the order of every list) gets the boxes of the words it was read
 * from. Rules: a list is matched to the trace's by position only where their lengths agree (an element is never
 * given another's place); a title, a header field, a number, a case number, an attachment, an action's date and
 * person are narrowed to the words that spell them where those words are found among the traced ones
 * ({@link Spans#find}); an element the trace does not hold (a header field or title a profile rewrote, a list
 * whose length differs) is looked for by its text: an item's element among the words traced for the item (in the
 * whole document where nothing was), a header field in the whole document, the first page's running lines first.
 * An element whose text is found nowhere gets no provenance.
 */
public final class Resolver {
  private Resolver() {}

  /** Each element's JSON pointer and the words it was read from, in document order. */
  public static Map<String, Spans> pointers(Minutes m, Trace trace, List<TextLine> lines, List<TextLine> furniture) {
    if (trace == null) trace = new Trace(null, null);
    Map<String, Spans> out = new LinkedHashMap<>();
    Spans document = document(lines, furniture);
    meeting(m.meeting(), trace.meeting(), document, out);
    List<ItemTrace> traces = matching(trace.items(), m.items().size(), ItemTrace::new);
    for (int i = 0; i < m.items().size(); i++) item(m.items().get(i), traces.get(i), "/items/" + i, document, out);
    return out;
  }

  /** The traced list where it matches the result's, else an empty one of its length. */
  private static <T> List<T> matching(List<T> traced, int size, java.util.function.Supplier<T> empty) {
    if (traced.size() == size) return traced;
    List<T> none = new ArrayList<>();
    for (int i = 0; i < size; i++) none.add(empty.get());
    return none;
  }

  /** The provenance block: page sizes, each element's region, the furniture with its kind. */
  public static Provenance provenance(Map<String, Spans> pointers, List<PageText> pages, List<TextLine> furniture) {
    List<Provenance.Page> sizes = new ArrayList<>();
    Map<Integer, PageText> byNumber = new LinkedHashMap<>();
    for (PageText p : pages) {
      sizes.add(new Provenance.Page(p.number(), round(p.width()), round(p.height())));
      byNumber.put(p.number(), p);
    }
    Map<String, Provenance.Region> elements = new LinkedHashMap<>();
    pointers.forEach((pointer, spans) -> {
      Provenance.Region r = region(spans);
      if (r != null) elements.put(pointer, r);
    });
    List<Provenance.Furniture> set = new ArrayList<>();
    for (TextLine l : furniture) {
      float[] b = Spans.line(l).boxes().get(0);
      PageText page = byNumber.get(l.page());
      String kind = dev.minutes.clean.PageFurniture.kind(l, page == null ? 0 : page.height(), pages.size());
      set.add(new Provenance.Furniture(l.page(), bbox(b), kind, l.text()));
    }
    set.sort(java.util.Comparator.comparingInt(Provenance.Furniture::page)
        .thenComparingDouble(f -> f.bbox().get(1)));
    return new Provenance(sizes, elements, set);
  }

  /** The region of {@code spans}: its first page's box and the boxes on later pages; null for no words. */
  public static Provenance.Region region(Spans spans) {
    if (spans == null || spans.isEmpty()) return null;
    List<float[]> boxes = spans.boxes();
    if (boxes.isEmpty()) return null;
    List<Provenance.Box> more = new ArrayList<>();
    for (float[] b : boxes.subList(1, boxes.size())) more.add(new Provenance.Box((int) b[0], bbox(b)));
    return new Provenance.Region((int) boxes.get(0)[0], bbox(boxes.get(0)), more);
  }

  private static List<Double> bbox(float[] pageBox) {
    return List.of(round(pageBox[1]), round(pageBox[2]), round(pageBox[3]), round(pageBox[4]));
  }

  /** Two decimals: a hundredth of a point is finer than any renderer draws. */
  private static double round(float v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private static void meeting(Meeting m, MeetingTrace t, Spans document, Map<String, Spans> out) {
    text(out, "/meeting/title", m.title(), t.get("title"), document);
    text(out, "/meeting/body", m.body(), t.get("body"), document);
    if (m.date() != null) put(out, "/meeting/date", time(date(m.date()), t.get("date"), document));
    if (m.startTime() != null) put(out, "/meeting/startTime", time(clock(m.startTime()), t.get("startTime"), document));
    if (m.endTime() != null) put(out, "/meeting/endTime", time(clock(m.endTime()), t.get("endTime"), document));
    text(out, "/meeting/location", m.location(), t.get("location"), document);
    Spans lists = t.get("participants");
    if (!m.participants().isEmpty()) put(out, "/meeting/participants", lists);
    for (int i = 0; i < m.participants().size(); i++) {
      Participant p = m.participants().get(i);
      Spans found = lists.find(p.name());
      put(out, "/meeting/participants/" + i, found != null ? found : document.find(p.name()));
    }
  }

  /**
   * A text field: its traced words narrowed to it, else its words in the document, else the traced words (a
   * value a profile took from a longer text, or rewrote).
   */
  private static void text(Map<String, Spans> out, String pointer, String value, Spans traced, Spans document) {
    if (value == null) return;
    Spans found = traced.find(value);
    if (found == null) found = document.find(value);
    put(out, pointer, found != null ? found : traced);
  }

  /**
   * A date or time: the words that write it in one of {@code forms} among the traced words, else in the document,
   * else the traced words.
   */
  private static Spans time(List<String> forms, Spans traced, Spans document) {
    for (Spans in : List.of(traced, document)) {
      for (String form : forms) {
        Spans found = in.find(form);
        if (found != null) return found;
      }
    }
    return traced;
  }

  /** An ISO date written with digits, in any order of day, month and year, with or without leading zeros. */
  private static List<String> date(String iso) {
    String[] p = iso.split("-");
    if (p.length != 3) return List.of(iso);
    String y = p[0], mo = p[1], d = p[2];
    String mo1 = String.valueOf(Integer.parseInt(mo)), d1 = String.valueOf(Integer.parseInt(d));
    return List.of(y + mo + d, d + mo + y, d1 + mo1 + y, mo + d + y, mo1 + d1 + y, d1 + " " + mo1 + " " + y);
  }

  /** A time {@code HH:mm} as written: {@code 09:00}, {@code 9.00}, {@code 9 00}. */
  private static List<String> clock(String hhmm) {
    String h1 = hhmm.startsWith("0") ? hhmm.substring(1) : hhmm;
    return List.of(hhmm, h1);
  }

  private static Spans narrowed(Spans traced, String value) {
    Spans found = traced.find(value);
    return found != null ? found : traced;
  }

  private static Spans narrowedLast(Spans traced, String value) {
    Spans found = traced.findLast(value);
    return found != null ? found : traced;
  }

  private static void item(Item item, ItemTrace t, String at, Spans document, Map<String, Spans> out) {
    Spans region = t.all();
    Spans within = region.isEmpty() ? document : region;
    Spans title = t.title.isEmpty() ? within.find(item.title()) : narrowed(t.title, item.title());
    put(out, at + "/title", title);
    // An item whose heading prints no number has no number to point at.
    if (item.number() != null) put(out, at + "/number", t.number.isEmpty() ? title : narrowed(t.number, item.number()));
    if (item.caseNumber() != null) {
      Spans c = t.caseNumber.isEmpty() ? within.find(item.caseNumber()) : narrowed(t.caseNumber, item.caseNumber());
      put(out, at + "/caseNumber", c);
    }
    paragraphs(item.description(), t.sections.get("description"), at + "/description", within, out);
    paragraphs(item.notes(), t.sections.get("notes"), at + "/notes", within, out);
    paragraphs(item.proposal(), t.sections.get("proposal"), at + "/proposal", within, out);
    List<ActionSpans> actions = matching(t.actions, item.actions().size(), () -> ActionSpans.EMPTY);
    for (int k = 0; k < item.actions().size(); k++) {
      Action a = item.actions().get(k);
      ActionSpans s = actions.get(k);
      if (s.whole().isEmpty()) {
        Spans found = within.find(a.text());
        s = ActionSpans.of(found, null, null);
      }
      String p = at + "/actions/" + k;
      put(out, p, s.whole());
      put(out, p + "/text", s.text());
      if (a.due() != null || a.dueRaw() != null) {
        Spans in = s.due().isEmpty() ? s.whole() : s.due();
        put(out, p + "/due", a.dueRaw() != null ? narrowedLast(in, a.dueRaw()) : time(date(a.due()), in, Spans.EMPTY));
      }
      if (a.responsible() != null) {
        put(out, p + "/responsible", narrowedLast(s.responsible().isEmpty() ? s.whole() : s.responsible(), a.responsible()));
      }
    }
    paragraphs(item.decisions(), t.sections.get("decisions"), at + "/decisions", within, out);
    List<Spans> attachments = matching(t.attachments, item.attachments().size(), () -> Spans.EMPTY);
    for (int k = 0; k < item.attachments().size(); k++) {
      Attachment a = item.attachments().get(k);
      Spans traced = attachments.get(k);
      put(out, at + "/attachments/" + k, traced.isEmpty() ? within.find(a.name()) : narrowed(traced, a.name()));
    }
    List<ItemTrace> kids = matching(t.items, item.items().size(), ItemTrace::new);
    for (int k = 0; k < item.items().size(); k++) item(item.items().get(k), kids.get(k), at + "/items/" + k, document, out);
  }

  /** A section's paragraphs: as traced where the lists match, else each found by its text. */
  private static void paragraphs(List<String> texts, List<Spans> traced, String at, Spans within, Map<String, Spans> out) {
    boolean matches = traced != null && traced.size() == texts.size();
    for (int k = 0; k < texts.size(); k++) put(out, at + "/" + k, matches ? traced.get(k) : within.find(texts.get(k)));
  }

  private static void put(Map<String, Spans> out, String pointer, Spans spans) {
    if (spans != null && !spans.isEmpty()) out.put(pointer, spans);
  }

  /** The first page's running lines, then every content line. */
  private static Spans document(List<TextLine> lines, List<TextLine> furniture) {
    List<TextLine> all = new ArrayList<>();
    int first = lines.isEmpty() ? 1 : lines.get(0).page();
    for (TextLine l : furniture) if (l.page() == first) all.add(l);
    all.addAll(lines);
    return Spans.lines(all);
  }
}
