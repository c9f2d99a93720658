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
 * from. Rules: a list whose length differs from the trace's gets no provenance (an element is never given another's
 * place); a title, a header field, a number, a case number, an attachment, an action's date and person are narrowed
 * to the words that spell them where those words are found among the traced ones ({@link Spans#find}); a header
 * field the trace does not hold, or that a profile rewrote, is looked for in the first page's lines.
 */
public final class Resolver {
  private Resolver() {}

  /** Each element's JSON pointer and the words it was read from, in document order. */
  public static Map<String, Spans> pointers(Minutes m, Trace trace, List<TextLine> lines, List<TextLine> furniture) {
    Map<String, Spans> out = new LinkedHashMap<>();
    meeting(m.meeting(), trace.meeting(), lines, furniture, out);
    if (trace.items().size() == m.items().size()) {
      for (int i = 0; i < m.items().size(); i++) item(m.items().get(i), trace.items().get(i), "/items/" + i, out);
    }
    return out;
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

  private static void meeting(Meeting m, MeetingTrace t, List<TextLine> lines, List<TextLine> furniture,
                              Map<String, Spans> out) {
    Spans firstPage = firstPage(lines, furniture);
    text(out, "/meeting/title", m.title(), t.get("title"), firstPage);
    text(out, "/meeting/body", m.body(), t.get("body"), firstPage);
    if (m.date() != null) put(out, "/meeting/date", date(m.date(), t.get("date")));
    if (m.startTime() != null) put(out, "/meeting/startTime", narrowed(t.get("startTime"), m.startTime()));
    if (m.endTime() != null) put(out, "/meeting/endTime", narrowed(t.get("endTime"), m.endTime()));
    text(out, "/meeting/location", m.location(), t.get("location"), firstPage);
    Spans lists = t.get("participants");
    if (!m.participants().isEmpty()) put(out, "/meeting/participants", lists);
    for (int i = 0; i < m.participants().size(); i++) {
      Participant p = m.participants().get(i);
      put(out, "/meeting/participants/" + i, lists.find(p.name()));
    }
  }

  /** A text field: its traced words narrowed to it, else its words on the first page, else the traced words. */
  private static void text(Map<String, Spans> out, String pointer, String value, Spans traced, Spans firstPage) {
    if (value == null) return;
    Spans found = traced.find(value);
    if (found == null) found = firstPage.find(value);
    put(out, pointer, found != null ? found : traced);
  }

  /** An ISO date narrowed to the words that write it with digits, in any order of day, month and year. */
  private static Spans date(String iso, Spans traced) {
    String[] p = iso.split("-");
    if (p.length == 3) {
      String y = p[0], mo = p[1], d = p[2];
      String mo1 = String.valueOf(Integer.parseInt(mo)), d1 = String.valueOf(Integer.parseInt(d));
      for (String form : List.of(y + mo + d, d + mo + y, d1 + mo1 + y, mo + d + y, mo1 + d1 + y, d1 + "." + mo1 + "." + y)) {
        Spans found = traced.find(form);
        if (found != null) return found;
      }
    }
    return traced;
  }

  private static Spans narrowed(Spans traced, String value) {
    Spans found = traced.find(value);
    return found != null ? found : traced;
  }

  private static Spans narrowedLast(Spans traced, String value) {
    Spans found = traced.findLast(value);
    return found != null ? found : traced;
  }

  private static void item(Item item, ItemTrace t, String at, Map<String, Spans> out) {
    put(out, at + "/number", narrowed(t.number, item.number()));
    put(out, at + "/title", narrowed(t.title, item.title()));
    if (item.caseNumber() != null) {
      Spans c = t.caseNumber.isEmpty() ? t.title.find(item.caseNumber()) : narrowed(t.caseNumber, item.caseNumber());
      put(out, at + "/caseNumber", c);
    }
    paragraphs(item.description(), t.sections.get("description"), at + "/description", out);
    paragraphs(item.notes(), t.sections.get("notes"), at + "/notes", out);
    paragraphs(item.proposal(), t.sections.get("proposal"), at + "/proposal", out);
    if (t.actions.size() == item.actions().size()) {
      for (int k = 0; k < item.actions().size(); k++) {
        Action a = item.actions().get(k);
        ActionSpans s = t.actions.get(k);
        String p = at + "/actions/" + k;
        put(out, p, s.whole());
        put(out, p + "/text", s.text());
        if (a.due() != null || a.dueRaw() != null) {
          put(out, p + "/due", a.dueRaw() == null ? s.due() : narrowedLast(s.due().isEmpty() ? s.whole() : s.due(), a.dueRaw()));
        }
        if (a.responsible() != null) {
          put(out, p + "/responsible", narrowedLast(s.responsible().isEmpty() ? s.whole() : s.responsible(), a.responsible()));
        }
      }
    }
    paragraphs(item.decisions(), t.sections.get("decisions"), at + "/decisions", out);
    if (t.attachments.size() == item.attachments().size()) {
      for (int k = 0; k < item.attachments().size(); k++) {
        Attachment a = item.attachments().get(k);
        put(out, at + "/attachments/" + k, narrowed(t.attachments.get(k), a.name()));
      }
    }
    if (t.items.size() == item.items().size()) {
      for (int k = 0; k < item.items().size(); k++) item(item.items().get(k), t.items.get(k), at + "/items/" + k, out);
    }
  }

  private static void paragraphs(List<String> texts, List<Spans> traced, String at, Map<String, Spans> out) {
    if (traced == null || traced.size() != texts.size()) return;
    for (int k = 0; k < texts.size(); k++) put(out, at + "/" + k, traced.get(k));
  }

  private static void put(Map<String, Spans> out, String pointer, Spans spans) {
    if (spans != null && !spans.isEmpty()) out.put(pointer, spans);
  }

  private static Spans firstPage(List<TextLine> lines, List<TextLine> furniture) {
    if (lines.isEmpty()) return Spans.EMPTY;
    int page = lines.get(0).page();
    List<TextLine> all = new ArrayList<>();
    for (TextLine l : furniture) if (l.page() == page) all.add(l);
    for (TextLine l : lines) if (l.page() == page) all.add(l);
    return Spans.lines(all);
  }
}
