package dev.minutes.profile;

import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.provenance.Trace;
import java.util.List;

/**
 * A profile's reading of a document: the meeting, the items, what the document is
 * ({@link dev.minutes.model.Format#MINUTES} …), the language its labels are in (where detection fails), and where
 * the meeting and the items were read ({@code trace}, or null where the profile does not say).
 */
public record Segmented(Meeting meeting, List<Item> items, String kind, String labelLanguage, Trace trace) {
  public Segmented {
    items = List.copyOf(items);
  }

  /** A reading that does not say where it was read. */
  public Segmented(Meeting meeting, List<Item> items, String kind, String labelLanguage) {
    this(meeting, items, kind, labelLanguage, null);
  }
}
