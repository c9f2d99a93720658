package dev.minutes.segment;

/** Where a paragraph of an item goes. */
public enum Part {
  DESCRIPTION,
  NOTES,
  PROPOSAL,
  DECISIONS,
  ACTIONS,
  ATTACHMENTS,
  /** Text that is not the item's content ({@code Beslutsunderlag} lists, {@code Expedieras}, {@code Jäv}). */
  SKIPPED
}
