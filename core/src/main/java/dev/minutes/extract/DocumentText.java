package dev.minutes.extract;

import dev.minutes.model.Warning;
import java.util.List;

/**
 * What extraction yields: the positioned text of every page and the document's metadata; the numbers of the pages
 * read by OCR, and what extraction found doubtful (OCR's warnings).
 */
public record DocumentText(List<PageText> pages, String producer, String title, String author, String created,
                           List<Integer> ocrPages, List<Warning> warnings) {
  public DocumentText {
    pages = List.copyOf(pages);
    ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A document's text taken from its text layer alone. */
  public DocumentText(List<PageText> pages, String producer, String title, String author, String created) {
    this(pages, producer, title, author, created, List.of(), List.of());
  }

  public int pageCount() {
    return pages.size();
  }

  public boolean hasText() {
    return pages.stream().anyMatch(p -> !p.lines().isEmpty());
  }
}
