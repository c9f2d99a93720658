package dev.minutes.profile.export;

import dev.minutes.LabelSet;
import java.util.List;
import java.util.Map;
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

  /** Per label set, each label's folded form and its section, and the longest label, built once. */
  private record Keys(Map<String, Section> sections, int longest) {}

  /** By identity: a record's hash runs over all its lists, and this is asked for every line. */
  private static final Map<LabelSet, Keys> KEYS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** The section whose label is {@code text} taken whole, or null. */
  static Section of(String text, LabelSet set) {
    Keys keys = KEYS.computeIfAbsent(set, Section::keys);
    // A label line is the label, a colon and a little white space at most.
    if (text.length() > keys.longest() + 4) return null;
    return keys.sections().get(LabelSet.key(text));
  }

  private static Keys keys(LabelSet set) {
    Map<String, Section> keys = new java.util.HashMap<>();
    int longest = 0;
    for (Section s : values()) {
      for (String label : s.labels.apply(set)) {
        keys.putIfAbsent(LabelSet.key(label), s);
        longest = Math.max(longest, label.length());
      }
    }
    return new Keys(Map.copyOf(keys), longest);
  }
}
