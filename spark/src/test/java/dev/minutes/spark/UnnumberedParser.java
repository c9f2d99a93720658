package dev.minutes.spark;

import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Source;
import java.util.List;

/**
 * A parser that gives every file the same minutes, whose headings print no numbers (as time slots and bold topic
 * lines do): two items, the second with a sub-item that has an action and a decision.
 */
public final class UnnumberedParser implements DocumentParser {
  static Minutes minutes(String name) {
    Item sub = new Item(null, 2, "Annotation packages", List.of(1), List.of(), List.of("The pipeline is updated."),
        List.of(new Action("Martin will follow up on the builds.", null, null, "Martin")),
        List.of("It was agreed to build the annotations sooner."), List.of(), List.of());
    return new Minutes("1", new Source(name, "0".repeat(64), 1, 1, null, "en", null, null, null, null),
        new Meeting("Technical Advisory Board", "2019-05-02", null, null, null, List.of()),
        List.of(new Item(null, 1, "Governance", List.of(1), List.of(), List.of("Approved."), List.of(), List.of(),
            List.of(), List.of()),
            new Item(null, 1, "Important Technical Priorities", List.of(1), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(sub))),
        List.of());
  }

  @Override
  public Minutes parse(byte[] pdf, String name) {
    return minutes(name);
  }
}
