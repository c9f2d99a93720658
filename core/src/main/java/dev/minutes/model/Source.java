package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The input document: its file name, SHA-256 and size in bytes, its page count. {@code language} is an
 * ISO 639-1 code. {@code producer}, {@code title}, {@code author} and {@code created} (ISO instant) come
 * from the PDF's metadata, null where absent. {@code format} says which document family it was read as.
 * {@code ocr} lists the pages read by OCR (1-based); it is left out of the JSON where no page was.
 */
@JsonPropertyOrder({"file", "sha256", "bytes", "pages", "producer", "language", "title", "author", "created", "format",
    "ocr"})
public record Source(String file, String sha256, long bytes, int pages, String producer, String language, String title,
                     String author, String created, Format format,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> ocr) {
  public Source {
    ocr = ocr == null ? List.of() : List.copyOf(ocr);
  }

  /** A source of which no page was read by OCR. */
  public Source(String file, String sha256, long bytes, int pages, String producer, String language, String title,
                String author, String created, Format format) {
    this(file, sha256, bytes, pages, producer, language, title, author, created, format, List.of());
  }

  /** A source whose format is not (yet) known. */
  public Source(String file, String sha256, long bytes, int pages, String producer, String language, String title,
                String author, String created) {
    this(file, sha256, bytes, pages, producer, language, title, author, created, null);
  }

  public Source withFormat(Format newFormat) {
    return new Source(file, sha256, bytes, pages, producer, language, title, author, created, newFormat, ocr);
  }

  public Source withFile(String newFile) {
    return new Source(newFile, sha256, bytes, pages, producer, language, title, author, created, format, ocr);
  }
}
