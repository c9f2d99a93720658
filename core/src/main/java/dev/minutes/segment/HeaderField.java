package dev.minutes.segment;

/** What a labelled line in a meeting's header gives. */
public enum HeaderField {
  /** The board or committee that met ({@code Organ}, {@code Title of Meeting}). */
  BODY,
  DATE,
  TIME,
  /** When the meeting ended ({@code Ende}, {@code Closed}). */
  END_TIME,
  /** A date with its times ({@code Sammanträdestid 30.1.2023 kl. 16:15 – 18:35}). */
  DATE_TIME,
  LOCATION,
  /** People present ({@code Närvarande}, {@code Present}, {@code Attending}, {@code Anwesend}). */
  PRESENT,
  /** People absent ({@code Frånvarande}, {@code Apologies}, {@code Regrets}, {@code Entschuldigt}). */
  ABSENT,
  /** Voting members, present unless an unticked box says otherwise ({@code Beslutande}). */
  VOTING,
  /** Substitutes who attended ({@code Ersättare}). */
  SUBSTITUTES,
  /** Others present ({@code Övriga närvarande}, {@code In attendance}, {@code Invited}, {@code Guests}). */
  OTHERS_PRESENT,
  /** Those called or the members; whoever a present-list leaves out was absent ({@code Kallade}, {@code Members}). */
  CALLED,
  CHAIR,
  SECRETARY,
  ADJUSTERS,
  /** A label whose value the parser does not use ({@code Ärenden}, {@code Paragrafer}). */
  IGNORED
}
