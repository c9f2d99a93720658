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

  /** Per label set, each label's folded form and its section, built once. */
  private static final java.util.Map<LabelSet, java.util.Map<String, Section>> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The section whose label is {@code text} taken whole, or null. */
  static Section of(String text, LabelSet set) {
    if (text.length() > LabelSet.MAX_LABEL_LENGTH) return null;
    return KEYS.computeIfAbsent(set, Section::keys).get(LabelSet.key(text));
  }

  private static java.util.Map<String, Section> keys(LabelSet set) {
    java.util.Map<String, Section> keys = new java.util.HashMap<>();
    for (Section s : values()) {
      for (String label : s.labels.apply(set)) keys.putIfAbsent(LabelSet.key(label), s);
    }
    return keys;
  }
}
