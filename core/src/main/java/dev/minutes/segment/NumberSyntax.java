package dev.minutes.segment;

/** How a family writes its agenda numbers. */
public enum NumberSyntax {
  /** {@code § 13}, {@code §13}, {@code 13 §}, {@code 13§}, {@code §8.1}. */
  PARAGRAPH_SIGN,
  /** {@code 1.}, {@code 8.1}, {@code 8.1.}, {@code 19.03.4}. */
  DOTTED,
  /** {@code 1)}. */
  PARENTHESIS,
  /** {@code Item 5}, {@code Punkt 5}, {@code TOP 1}, {@code Traktandum 1}. */
  WORD,
  /** A time slot {@code :03 - :05} before the topic: no identifier, so the item has no number. */
  TIME_SLOT,
  /** A short line set as a heading, with no number: the item has none, and is nested by heading size. */
  UNNUMBERED
}
