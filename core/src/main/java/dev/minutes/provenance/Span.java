package dev.minutes.provenance;

import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.List;

/** A run of the words of one line, where a piece of the result was read. */
public record Span(TextLine line, List<Word> words) {
  public Span {
    words = List.copyOf(words);
  }

  public static Span of(TextLine line) {
    return new Span(line, line.words());
  }

  public int page() {
    return line.page();
  }

  /** A word's baseline: its own, else its line's. */
  static float baseline(TextLine line, Word w) {
    return Float.isNaN(w.y()) ? line.y() : w.y();
  }
}
