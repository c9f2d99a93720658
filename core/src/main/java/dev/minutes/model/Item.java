package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An agenda item. {@code number} is written without its trailing dot ({@code "6.10"}); {@code level}
 * is the count of its components; {@code pages} are the 1-based pages it spans; {@code items} are its
 * sub-items.
 */
@JsonPropertyOrder({"number", "level", "title", "pages", "description", "notes", "actions", "decisions",
    "attachments", "mentions", "items"})
public record Item(String number, int level, String title, List<Integer> pages, List<String> description,
                   List<String> notes, List<Action> actions, List<String> decisions,
                   List<Attachment> attachments, List<Mention> mentions, List<Item> items) {
  /** An item without mentions (they are found after segmentation). */
  public Item(String number, int level, String title, List<Integer> pages, List<String> description,
              List<String> notes, List<Action> actions, List<String> decisions, List<Attachment> attachments,
              List<Item> items) {
    this(number, level, title, pages, description, notes, actions, decisions, attachments, List.of(), items);
  }

  public Item {
    pages = List.copyOf(pages);
    description = List.copyOf(description);
    notes = List.copyOf(notes);
    actions = List.copyOf(actions);
    decisions = List.copyOf(decisions);
    attachments = List.copyOf(attachments);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    items = List.copyOf(items);
  }

  public Item withLinks(List<Action> linkedActions, List<Mention> found, List<Item> children) {
    return new Item(number, level, title, pages, description, notes, linkedActions, decisions, attachments, found,
        children);
  }

  void collect(List<Item> into) {
    into.add(this);
    for (Item child : items) child.collect(into);
  }
}
