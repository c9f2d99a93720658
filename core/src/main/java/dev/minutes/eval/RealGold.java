package dev.minutes.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real document as the soft scorer sees it, in the shape of the held-out gold's SPEC: its date, the names of
 * the people present, and its items (nested) with number, title, decisions and actions. Gold is read in either
 * of two forms: the parser's own contract (it has {@code schemaVersion} and {@code meeting}; participants
 * recorded as absent are left out, as the SPEC lists only those present) or the SPEC's. A parsed document is
 * put in the same shape ({@link #of(Minutes)}). A missing name or decision is written empty, as the scorer
 * reads it.
 */
public record RealGold(String file, String date, List<String> participants, List<Item> items) {
  public record Item(String number, String title, List<String> decisions, List<Action> actions, List<Item> items) {
    public Item {
      decisions = List.copyOf(decisions);
      actions = List.copyOf(actions);
      items = List.copyOf(items);
    }
  }

  public record Action(String text, String responsible, String due) {}

  public RealGold {
    participants = List.copyOf(participants);
    items = List.copyOf(items);
  }

  public static RealGold read(Path path) throws IOException {
    return read(Files.readString(path));
  }

  public static RealGold read(String json) throws IOException {
    JsonNode root = MinutesJson.mapper().readTree(json);
    if (root.has("schemaVersion") && root.has("meeting")) {
      return of(MinutesJson.mapper().treeToValue(root, Minutes.class));
    }
    List<String> names = new ArrayList<>();
    for (JsonNode p : root.path("participants")) names.add(nonNull(p.isObject() ? text(p, "name") : text(p)));
    return new RealGold(text(root, "file"), text(root, "date"), names, items(root.path("items")));
  }

  /** The document in this shape: participants recorded as absent are left out. */
  public static RealGold of(Minutes minutes) {
    Meeting m = minutes.meeting() == null ? Meeting.empty() : minutes.meeting();
    List<String> names = m.participants().stream().filter(p -> !Participant.ABSENT.equals(p.attendance()))
        .map(p -> nonNull(p.name())).toList();
    String file = minutes.source() == null ? null : minutes.source().file();
    return new RealGold(file, m.date(), names, items(minutes.items()));
  }

  /** Every item, depth first, parents before their children. */
  public List<Item> allItems() {
    List<Item> all = new ArrayList<>();
    collect(items, all);
    return all;
  }

  private static void collect(List<Item> items, List<Item> into) {
    for (Item item : items) {
      into.add(item);
      collect(item.items(), into);
    }
  }

  private static List<Item> items(List<dev.minutes.model.Item> items) {
    return items.stream().map(i -> new Item(i.number(), i.title(), i.decisions(),
        i.actions().stream().map(a -> new Action(a.text(), a.responsible(), a.due())).toList(), items(i.items())))
        .toList();
  }

  private static List<Item> items(JsonNode items) {
    List<Item> out = new ArrayList<>();
    for (JsonNode i : items) {
      List<String> decisions = new ArrayList<>();
      for (JsonNode d : i.path("decisions")) decisions.add(nonNull(d.isObject() ? text(d, "text") : text(d)));
      List<Action> actions = new ArrayList<>();
      for (JsonNode a : i.path("actions")) {
        actions.add(new Action(text(a, "text"), text(a, "responsible"), text(a, "due")));
      }
      out.add(new Item(text(i, "number"), text(i, "title"), decisions, actions, items(i.path("items"))));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    return text(node.path(field));
  }

  /** A value's text (a number as written), null for null or missing. */
  private static String text(JsonNode value) {
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
