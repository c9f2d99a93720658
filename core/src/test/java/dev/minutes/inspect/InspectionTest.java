package dev.minutes.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labels drawn on the boxes. */
class InspectionTest {
  private static Item item(String number, int level, String title, Item... items) {
    return new Item(number, level, title, List.of(1), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(items));
  }

  /** An item's heading is labelled by its number, or, where its heading prints none, by its title (cut short). */
  @Test
  void anItemWithoutANumberIsLabelledByItsTitle() {
    Minutes m = new Minutes("1", null, Meeting.empty(), List.of(item("6", 1, "Ekonomi", item("6.1", 2, "Budget")),
        item(null, 1, "Important Technical Priorities", item(null, 2, "A review of the packages whose builds failed "
            + "in the last release"))), List.of());
    var labels = Inspection.labels(m);
    assertEquals("item 6", labels.get("/items/0/title"));
    assertEquals("item 6.1", labels.get("/items/0/items/0/title"));
    assertEquals("item \"Important Technical Priorities\"", labels.get("/items/1/title"));
    assertEquals("item \"A review of the packages whose builds f…\"", labels.get("/items/1/items/0/title"));
  }
}
