package dev.minutes.provenance;

import java.util.List;

/** Where a segmenter read the meeting and each item (the items in the result's order, sub-items nested). */
public record Trace(MeetingTrace meeting, List<ItemTrace> items) {
  public Trace {
    meeting = meeting == null ? new MeetingTrace() : meeting;
    items = items == null ? List.of() : List.copyOf(items);
  }
}
