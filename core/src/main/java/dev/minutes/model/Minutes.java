package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One parsed minutes document: where it came from, the meeting, its agenda items and what looked odd; and, where
 * the parser was asked for it, where each element stands on the pages ({@code provenance}, else null and not
 * written).
 */
@JsonPropertyOrder({"schemaVersion", "source", "meeting", "items", "warnings", "provenance"})
public record Minutes(String schemaVersion, Source source, Meeting meeting, List<Item> items, List<Warning> warnings,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance) {
  /** The version of the JSON contract this model serialises to. */
  public static final String SCHEMA_VERSION = "1";

  public Minutes {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** A document without provenance. */
  public Minutes(String schemaVersion, Source source, Meeting meeting, List<Item> items, List<Warning> warnings) {
    this(schemaVersion, source, meeting, items, warnings, null);
  }

  /** This document with {@code p} as its provenance (null for none). */
  public Minutes withProvenance(Provenance p) {
    return new Minutes(schemaVersion, source, meeting, items, warnings, p);
  }

  /** Every item, depth first, parents before their children. */
  public List<Item> allItems() {
    List<Item> all = new java.util.ArrayList<>();
    for (Item item : items) item.collect(all);
    return List.copyOf(all);
  }
}
