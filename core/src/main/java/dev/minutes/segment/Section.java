package dev.minutes.segment;

import dev.minutes.LabelSet;
import java.util.List;
import java.util.function.Function;

/** The parts of an agenda item, each opened by its heading label. */
enum Section {
  DESCRIPTION(LabelSet::description),
  NOTES(LabelSet::notes),
  ACTIONS(LabelSet::actions),
  DECISIONS(LabelSet::decisions),
  ATTACHMENTS(LabelSet::attachments);

  private final Function<LabelSet, List<String>> labels;

  Section(Function<LabelSet, List<String>> labels) {
    this.labels = labels;
  }

  /** The section whose label is {@code text} taken whole, or null. */
  static Section of(String text, LabelSet set) {
    for (Section s : values()) {
      if (LabelSet.isLabel(text, s.labels.apply(set))) return s;
    }
    return null;
  }
}
