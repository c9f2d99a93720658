package dev.minutes.profile;

import dev.minutes.segment.Warnings;

/**
 * A document family: how strongly a document looks like it, on evidence it can name, and how to segment
 * it with the shared recognisers. Implementations are stateless and thread-safe.
 */
public interface Profile {
  /** The name {@code source.format.profile} records, such as {@code "export"}. */
  String name();

  /** How strongly {@code document} looks like this family, 0 (not at all) to 1, and why. */
  Evidence evidence(DocumentLines document);

  /** The document's meeting and items, read as this family. Odd content becomes a warning. */
  Segmented segment(DocumentLines document, Warnings warnings);
}
