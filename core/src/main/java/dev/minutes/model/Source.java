package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The input document: its file name, SHA-256 and size in bytes, its page count. {@code language} is an
 * ISO 639-1 code. {@code producer}, {@code title}, {@code author} and {@code created} (ISO instant) come
 * from the PDF's metadata, null where absent. {@code format} says which document family it was read as.
 */
@JsonPropertyOrder({"file", "sha256", "bytes", "pages", "producer", "language", "title", "author", "created", "format"})
public record Source(String file, String sha256, long bytes, int pages, String producer, String language, String title,
                     String author, String created, Format format) {
  /** A source whose format is not (yet) known. */
  public Source(String file, String sha256, long bytes, int pages, String producer, String language, String title,
                String author, String created) {
    this(file, sha256, bytes, pages, producer, language, title, author, created, null);
  }

  public Source withFile(String newFile) {
    return new Source(newFile, sha256, bytes, pages, producer, language, title, author, created, format);
  }
}
