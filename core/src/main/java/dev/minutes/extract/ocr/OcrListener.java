package dev.minutes.extract.ocr;

/**
 * Told as each page's OCR starts, on the parsing thread: {@code page} is its number (1-based), {@code index} its
 * place among the {@code pagesToRead} pages the document has to read (1-based). OCR takes seconds a page, so a
 * caller may show progress or give the document more time.
 */
@FunctionalInterface
public interface OcrListener {
  OcrListener NONE = (page, index, pagesToRead) -> {};

  void reading(int page, int index, int pagesToRead);
}
