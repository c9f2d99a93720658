package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One parsed minutes document: where it came from, the meeting, its agenda items and what looked odd. */
@JsonPropertyOrder({"schemaVersion", "source", "meeting", "items", "warnings"})
public record Minutes(String schemaVersion, Source source, Meeting meeting, List<Item> items, List<Warning> warnings) {
  /** The version of the JSON contract this model serialises to. */
  public static final String SCHEMA_VERSION = "1";

  public Minutes {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** Every item, depth first, parents before their children. */
  public List<Item> allItems() {
    List<Item> all = new java.util.ArrayList<>();
    for (Item item : items) item.collect(all);
    return List.copyOf(all);
  }
}
