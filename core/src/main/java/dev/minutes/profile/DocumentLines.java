package dev.minutes.profile;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import java.util.List;

/**
 * What a profile reads: the document's content lines in reading order (page furniture set aside), the
 * language detected in them (ISO 639-1, or null), the label sets the parser was given, and the page count.
 */
public record DocumentLines(List<TextLine> lines, String language, List<LabelSet> labelSets, int pageCount) {
  public DocumentLines {
    lines = List.copyOf(lines);
    labelSets = List.copyOf(labelSets);
  }
}
