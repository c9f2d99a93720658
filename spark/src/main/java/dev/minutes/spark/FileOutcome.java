package dev.minutes.spark;

import dev.minutes.model.Minutes;

/**
 * What became of one file: its document, or the error (the words {@code minutes bulk} reports:
 * {@code not-a-pdf}, {@code damaged}, {@code password}, {@code no-text}, {@code unreadable}, {@code timeout},
 * {@code out-of-memory}, {@code crashed}) and a message that names the file.
 */
record FileOutcome(String path, long bytes, Minutes minutes, String error, String message, long ms) {
  static FileOutcome failed(String path, long bytes, String error, String message, long ms) {
    return new FileOutcome(path, bytes, null, error, message, ms);
  }
}
