package dev.minutes.extract.ocr;

import java.util.Locale;

/** Which pages are read by OCR. */
public enum OcrMode {
  /** Pages without usable text: none at all, or a text layer that is mostly not words ({@code text.garbled}). */
  AUTO,
  /** Every page, whatever text layer it has: for scans whose own OCR layer is poor. */
  ALWAYS,
  /** No page: a document without text is unreadable (exit 3). */
  NEVER;

  /** {@code auto}, {@code always} or {@code never}, in any case. */
  public static OcrMode of(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
