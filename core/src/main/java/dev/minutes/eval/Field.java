package dev.minutes.eval;

import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fields the evaluation scores. Each turns a document into a list of values (a multiset); values
 * inside an item carry the item's {@link #key}, so the same text under another item does not count. An item's
 * number is scored as printed: a null number (a heading that prints none) equals a null number.
 */
public enum Field {
  MEETING_TITLE("meeting.title", true, m -> one(m.meeting().title())),
  MEETING_BODY("meeting.body", true, m -> one(m.meeting().body())),
  MEETING_DATE("meeting.date", true, m -> one(m.meeting().date())),
  MEETING_START("meeting.startTime", true, m -> one(m.meeting().startTime())),
  MEETING_END("meeting.endTime", true, m -> one(m.meeting().endTime())),
  MEETING_LOCATION("meeting.location", true, m -> one(m.meeting().location())),
  PARTICIPANTS("meeting.participants", true, m -> m.meeting().participants().stream()
      .map(p -> List.of(p.name())).toList()),
  ATTENDANCE("meeting.attendance", true, m -> m.meeting().participants().stream()
      .map(p -> List.of(p.name(), str(p.attendance()))).toList()),
  ORGANIZER("meeting.organizer", true, m -> m.meeting().participants().stream()
      .filter(p -> Participant.ORGANIZER.equals(p.role())).map(p -> List.of(p.name())).toList()),
  ITEM_NUMBER("item.number", true, m -> items(m, (parent, i) -> List.of(List.of(str(i.number()))))),
  ITEM_TITLE("item.title", true, m -> items(m, (parent, i) -> List.of(List.of(str(i.number()), str(i.title()))))),
  ITEM_PARENT("item.parent", true, m -> items(m, (parent, i) -> List.of(List.of(key(i), parent)))),
  ITEM_CASE_NUMBER("item.caseNumber", true, m -> items(m, (parent, i) -> i.caseNumber() == null ? List.of()
      : List.of(List.of(key(i), i.caseNumber())))),
  ACTION("action", true, m -> items(m, (parent, i) -> i.actions().stream()
      .map(a -> List.of(key(i), a.text(), str(a.due()), str(a.responsible()))).toList())),
  ACTION_TEXT("action.text", false, m -> items(m, (parent, i) -> i.actions().stream()
      .map(a -> List.of(key(i), a.text())).toList())),
  ACTION_DUE("action.due", true, m -> items(m, (parent, i) -> i.actions().stream()
      .map(a -> List.of(key(i), str(a.due()))).toList())),
  ACTION_RESPONSIBLE("action.responsible", true, m -> items(m, (parent, i) -> i.actions().stream()
      .map(a -> List.of(key(i), str(a.responsible()))).toList())),
  DECISION("decision", false, m -> paragraphs(m, Item::decisions)),
  PROPOSAL("proposal", false, m -> paragraphs(m, Item::proposal)),
  ATTACHMENT("attachment", true, m -> items(m, (parent, i) -> i.attachments().stream()
      .map(a -> List.of(key(i), a.name())).toList())),
  DESCRIPTION("description", false, m -> paragraphs(m, Item::description)),
  NOTES("notes", false, m -> paragraphs(m, Item::notes));

  private final String label;
  private final boolean structural;
  private final Function<Minutes, List<List<String>>> values;

  Field(String label, boolean structural, Function<Minutes, List<List<String>>> values) {
    this.label = label;
    this.structural = structural;
    this.values = values;
  }

  public String label() {
    return label;
  }

  /** The field whose label is {@code label}, or null. */
  public static Field of(String label) {
    for (Field f : values()) if (f.label.equals(label)) return f;
    return null;
  }

  /** Structural fields are held to the CI threshold; text fields are also scored by edit distance. */
  public boolean structural() {
    return structural;
  }

  /** The field's values in {@code m}, each a tuple of strings. */
  public List<List<String>> values(Minutes m) {
    return values.apply(m);
  }

  /** The field's text per item ({@link #key}), for the edit-distance ratio (text fields only). */
  String textOf(Minutes m, String itemKey) {
    StringBuilder s = new StringBuilder();
    for (List<String> v : values(m)) {
      if (v.get(0).equals(itemKey)) s.append(v.get(v.size() - 1)).append('\n');
    }
    return s.toString();
  }

  /**
   * What tells an item from the others in the values inside it and in its sub-items' {@code item.parent}: its number,
   * or, where its heading prints none, its title in quotes (which no number is). A top-level item's parent is "".
   */
  static String key(Item i) {
    return i.number() != null ? i.number() : "\"" + str(i.title()) + "\"";
  }

  private static List<List<String>> one(String value) {
    return value == null ? List.of() : List.of(List.of(value));
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }

  private interface PerItem {
    List<List<String>> values(String parent, Item item);
  }

  private static List<List<String>> items(Minutes m, PerItem f) {
    List<List<String>> out = new ArrayList<>();
    walk(m.items(), "", f, out);
    return out;
  }

  private static void walk(List<Item> items, String parent, PerItem f, List<List<String>> out) {
    for (Item i : items) {
      out.addAll(f.values(parent, i));
      walk(i.items(), key(i), f, out);
    }
  }

  private static List<List<String>> paragraphs(Minutes m, Function<Item, List<String>> section) {
    return items(m, (parent, i) -> section.apply(i).stream().map(p -> List.of(key(i), p)).toList());
  }
}
