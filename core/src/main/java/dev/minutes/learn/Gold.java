package dev.minutes.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person reading a document wrote down about it, as far as the reader learns from it: the meeting's date, the
 * names of those present, and the agenda items in reading order (parents before their children), each with its
 * number as printed (null where unnumbered), title, depth, decisions and actions. Read from either gold format: the
 * parser's own contract ({@code meeting}, {@code items}) or the plain one of hand-written real gold ({@code date},
 * {@code participants}, {@code items}).
 */
public record Gold(String date, List<String> present, List<Item> items) {
  public record Item(String number, String title, int depth, List<String> decisions, List<Action> actions) {
    public Item {
      decisions = List.copyOf(decisions);
      actions = List.copyOf(actions);
    }
  }

  public record Action(String text, String responsible, String due) {}

  public Gold {
    present = List.copyOf(present);
    items = List.copyOf(items);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Gold read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    boolean contract = root.has("meeting");
    JsonNode meeting = contract ? root.get("meeting") : root;
    List<String> present = new ArrayList<>();
    for (JsonNode p : meeting.path("participants")) {
      if ("absent".equals(text(p.get("attendance")))) continue;
      String name = p.isTextual() ? p.asText() : text(p.get("name"));
      if (name != null) present.add(name);
    }
    List<Item> items = new ArrayList<>();
    collect(root.path("items"), 0, items);
    return new Gold(text(meeting.get("date")), present, items);
  }

  private static void collect(JsonNode items, int depth, List<Item> into) {
    for (JsonNode i : items) {
      List<String> decisions = new ArrayList<>();
      for (JsonNode d : i.path("decisions")) decisions.add(d.isTextual() ? d.asText() : text(d.get("text")));
      List<Action> actions = new ArrayList<>();
      for (JsonNode a : i.path("actions")) {
        actions.add(new Action(text(a.get("text")), text(a.get("responsible")), text(a.get("due"))));
      }
      into.add(new Item(text(i.get("number")), text(i.get("title")), depth, decisions, actions));
      collect(i.path("items"), depth + 1, into);
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
