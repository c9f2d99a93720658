package dev.minutes.profile;

import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import java.util.List;

/**
 * A profile's reading of a document: the meeting, the items, what the document is
 * ({@link dev.minutes.model.Format#MINUTES} …) and the language its labels are in (where detection fails).
 */
public record Segmented(Meeting meeting, List<Item> items, String kind, String labelLanguage) {
  public Segmented {
    items = List.copyOf(items);
  }
}
