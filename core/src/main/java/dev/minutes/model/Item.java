package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An agenda item. {@code number} is the item's identifier as printed, without its trailing dot or paragraph sign
 * ({@code "6.10"}, {@code "13"}), and null where the heading prints none (an unnumbered heading, a time slot such as
 * {@code :03 - :05}): the parser never invents one. {@code level} is the item's depth in the outline, 1 for a
 * top-level item: the count of the number's components, or, without a number, the depth of its nesting;
 * {@code caseNumber} is the case's registration number where the item gives
 * one ({@code "KS 2023/12"}); {@code pages} are the 1-based pages it spans; {@code proposal} holds the paragraphs of
 * a proposal for decision; {@code items} are its sub-items.
 */
@JsonPropertyOrder({"number", "level", "title", "caseNumber", "pages", "description", "notes", "proposal", "actions",
    "decisions", "attachments", "mentions", "items"})
public record Item(String number, int level, String title, String caseNumber, List<Integer> pages,
                   List<String> description, List<String> notes, List<String> proposal, List<Action> actions,
                   List<String> decisions, List<Attachment> attachments, List<Mention> mentions, List<Item> items) {
  /** An item without case number, proposal or mentions (mentions are found after segmentation). */
  public Item(String number, int level, String title, List<Integer> pages, List<String> description,
              List<String> notes, List<Action> actions, List<String> decisions, List<Attachment> attachments,
              List<Item> items) {
    this(number, level, title, null, pages, description, notes, List.of(), actions, decisions, attachments, List.of(),
        items);
  }

  public Item {
    pages = copy(pages);
    description = copy(description);
    notes = copy(notes);
    proposal = copy(proposal);
    actions = copy(actions);
    decisions = copy(decisions);
    attachments = copy(attachments);
    mentions = copy(mentions);
    items = copy(items);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * How a message or a label names the item: {@code item 6.1}, or, where it has no number, by its title
   * ({@code item "Hacktoberfest planning"}, a longer title cut to 40 characters).
   */
  public String label() {
    if (number != null) return "item " + number;
    String t = title == null ? "" : title.strip();
    return "item \"" + (t.length() <= 40 ? t : t.substring(0, 39) + "…") + "\"";
  }

  public Item withLinks(List<Action> linkedActions, List<Mention> found, List<Item> children) {
    return new Item(number, level, title, caseNumber, pages, description, notes, proposal, linkedActions, decisions,
        attachments, found, children);
  }

  void collect(List<Item> into) {
    into.add(this);
    for (Item child : items) child.collect(into);
  }
}
