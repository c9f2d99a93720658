package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The input document: its file name, SHA-256 and size in bytes, its page count. {@code language} is an
 * ISO 639-1 code. {@code producer}, {@code title},
 * {@code author} and {@code created} (ISO instant) come from the PDF's metadata, null where absent.
 */
@JsonPropertyOrder({"file", "sha256", "bytes", "pages", "producer", "language", "title", "author", "created"})
public record Source(String file, String sha256, long bytes, int pages, String producer, String language, String title,
                     String author, String created) {}
