package dev.minutes.extract;

import java.util.List;

/** What extraction yields: the positioned text of every page and the document's metadata. */
public record DocumentText(List<PageText> pages, String producer, String title, String author, String created) {
  public DocumentText {
    pages = List.copyOf(pages);
  }

  public int pageCount() {
    return pages.size();
  }

  public boolean hasText() {
    return pages.stream().anyMatch(p -> !p.lines().isEmpty());
  }
}
