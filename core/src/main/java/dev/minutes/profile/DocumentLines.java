package dev.minutes.profile;

import dev.minutes.LabelSet;
import dev.minutes.extract.TextLine;
import java.util.List;

/**
 * What a profile reads: the document's content lines in reading order, the lines set aside as page furniture
 * (running headers and footers, page numbers), the language detected in the content (ISO 639-1, or null), the
 * label sets the parser was given, the page count, and the date the PDF's metadata gives (ISO; a date in its
 * title, else its creation; or null), which lends its year to a date written without one.
 */
public record DocumentLines(List<TextLine> lines, List<TextLine> furniture, String language, List<LabelSet> labelSets,
                            int pageCount, String referenceDate, LowerCaseText lowerCase) {
  public DocumentLines {
    lines = List.copyOf(lines);
    furniture = List.copyOf(furniture);
    labelSets = List.copyOf(labelSets);
  }

  /** The lines' text lower-cased once here, for the profiles' clues ({@link Clues#containing}). */
  public DocumentLines(List<TextLine> lines, List<TextLine> furniture, String language, List<LabelSet> labelSets,
                       int pageCount, String referenceDate) {
    this(lines, furniture, language, labelSets, pageCount, referenceDate, new LowerCaseText(lines));
  }
}
