package dev.minutes.lexicon;

/**
 * What a word or phrase of minutes tells their reader. Rule: where a line standing alone fits several classes,
 * {@link Lexicon#label} gives the one declared first here; the order puts what names the document before the
 * header's labels, those before the item's parts and the agenda's standing items, and those before the words that
 * stand inside running text or name a meeting (a lone {@code Protokoll} is a title before it is a German
 * minute-taker's label; a lone {@code Ordförande} is the chair's label before it is a signature's caption).
 */
public enum WordClass {
  /** The document's type in its title: Protokoll, Minutes, Niederschrift, Referat, Pöytäkirja, Møtebok. */
  MINUTES_WORD,
  /** The label before the body that met: Organ, Nämnd, Committee, Gremium, Udvalg, Toimielin. */
  BODY_LABEL,
  /** The label before those present: Närvarande, Beslutande, Present, Attendees, Anwesend, Til stede, Läsnä. */
  PRESENT_LABEL,
  /** The label before those absent or excused: Frånvarande, Apologies, Regrets, Entschuldigt, Afbud, Poissa. */
  ABSENT_LABEL,
  /** The label before others present: Övriga närvarande, In attendance, Gäste, Gæster, Muut saapuvilla olleet. */
  GUEST_LABEL,
  /** The label before substitutes: Ersättare, Substitutes, Stellvertretung, Stedfortræder, Varamedlem, Varajäsen. */
  SUBSTITUTE_LABEL,
  /** The chair, as label or role, and the item electing one: Ordförande, Chair, Vorsitz, Formand, Puheenjohtaja. */
  CHAIR,
  /** The vice chair: Vice ordförande, Vice-chair, Stellvertretender Vorsitz, Næstformand, Varapuheenjohtaja. */
  VICE_CHAIR,
  /** Who keeps the minutes, and the item electing one: Sekreterare, Secretary, Protokollführer, Referent, Sihteeri. */
  SECRETARY,
  /** Who checks and signs the minutes besides the chair, and the item electing them: Justerare, Protokollprüfer. */
  ADJUSTER,
  /** Who presents an item: Föredragande, Presenter, Berichterstatter, Sagsbehandler, Esittelijä. */
  PRESENTER,
  /** A member as a role in a list of people: Ledamot, Member, Mitglied, Medlem, Jäsen. */
  MEMBER,
  /** The label before the meeting's date: Datum, Date, Dato, Päivämäärä. */
  DATE_LABEL,
  /** The label before the meeting's time or start: Tid, Time, Zeit, Beginn, Aika, Klockan. */
  TIME_LABEL,
  /** The label before the meeting's end: Mötet avslutades, Ende, Schluss, Closed at, Päättyi. */
  END_TIME_LABEL,
  /** The label before the meeting's place: Plats, Location, Venue, Ort, Sted, Paikka. */
  PLACE_LABEL,
  /** The label before both time and place: Plats och tid, Time and place, Ort und Zeit, Aika ja paikka. */
  TIME_PLACE_LABEL,
  /** The label before a case's registration number: Dnr, Diarienummer, Case no., Aktenzeichen, Sagsnr, Dnro. */
  CASE_LABEL,
  /** A heading that opens a decision: Beslut, Decision, Resolved, Beschluss, Beslutning, Vedtak, Päätös. */
  DECISION_LABEL,
  /** A heading that opens a proposal: Förslag till beslut, Proposal, Recommendation, Antrag, Indstilling, Ehdotus. */
  PROPOSAL_LABEL,
  /** A heading that opens a case's background: Ärendebeskrivning, Background, Sachverhalt, Sagsfremstilling. */
  DESCRIPTION_LABEL,
  /** A heading that opens notes or discussion: Anteckningar, Notes, Discussion, Diskussion, Drøftelse, Keskustelu. */
  NOTES_LABEL,
  /** A heading that opens actions: Åtgärder, Actions, Action items, Maßnahmen, Opfølgning, Toimenpiteet. */
  ACTION_LABEL,
  /** The label before who is responsible: Ansvarig, Responsible, Owner, Verantwortlich, Ansvarlig, Vastuuhenkilö. */
  RESPONSIBLE_LABEL,
  /** The label before a deadline: Klart senast, Due, Deadline, Frist, Termin, Määräaika. */
  DUE_LABEL,
  /** A heading that opens attachments: Bilagor, Attachments, Appendices, Anlagen, Bilag, Liitteet. */
  ATTACHMENT_LABEL,
  /** The heading of a list of items: Dagordning, Agenda, Contents, Tagesordnung, Dagsorden, Esityslista. */
  TOC_LABEL,
  /** The meeting's opening: Mötets öppnande, Opening, Welcome, Eröffnung, Åbning, Kokouksen avaus. */
  OPENING,
  /** The meeting's quorum or lawful calling: Beslutförhet, Quorum, Beschlussfähigkeit, Laillisuus. */
  QUORUM,
  /** The adoption of the agenda: Godkännande av dagordning, Approval of the agenda, Esityslistan hyväksyminen. */
  AGENDA_APPROVAL,
  /** The previous meeting's minutes: Föregående protokoll, Matters arising, Genehmigung des Protokolls. */
  PREVIOUS_MINUTES,
  /** Declarations of interest: Jäv, Declarations of interest, Befangenheit, Inhabilitet, Esteellisyys. */
  CONFLICT_OF_INTEREST,
  /** Items that report rather than decide: Information, Meddelanden, Reports, Mitteilungen, Orientering, Tiedoksi. */
  REPORTS,
  /** Any other business: Övriga frågor, AOB, Verschiedenes, Eventuelt, Muut asiat. */
  OTHER_BUSINESS,
  /** Time for questions from the public: Allmänhetens frågestund, Public comment, Fragestunde, Spørgetid. */
  PUBLIC_QUESTIONS,
  /** A part held without the public: Closed session, In camera, Nichtöffentlich, Lukket møde, Salassa pidettävä. */
  CLOSED_SESSION,
  /** The next meeting: Nästa möte, Next meeting, Nächste Sitzung, Næste møde, Neste møte, Seuraava kokous. */
  NEXT_MEETING,
  /** The meeting's closing: Mötets avslutande, Closing, Adjournment, Schluss der Sitzung, Kokouksen päättäminen. */
  CLOSING,
  /** What begins a part that is no agenda item: appeal instructions, signatures, certificates of posting. */
  STOP,
  /** A caption under a signature line: Ordförande, Justerare, Chair, Signed, Date, Unterschrift, Allekirjoitus. */
  SIGNATURE,
  /** A word naming a meeting in a title or text: Sammanträde, Meeting, Sitzung, Møde, Møte, Kokous. */
  MEETING_WORD,
  /** A word before an item's number: Item, Punkt, TOP, Ärende, Asia, Pykälä, Sak, Agenda item, §. */
  ITEM_WORD,
  /** A phrase that opens or carries a paragraph recording a decision: beslutar att, RESOLVED that, päätti. */
  DECISION_CUE,
  /** A phrase that gives someone a task: to circulate, får i uppdrag att, wird beauftragt, påtager sig. */
  ACTION_CUE,
  /** Who moved or seconded a proposal: Moved by, Seconded, Yrkande, Antrag von, stillede forslag. */
  MOTION,
  /** The words of a vote and its count: Ayes, Nays, Abstain, Carried, Ja, Nej, Enthaltung, Jaa, Ei. */
  VOTE,
  /** A weekday, its value 1 (Monday) to 7: måndag, Monday, Montag, mandag, maanantai. */
  WEEKDAY,
  /** A month's name or abbreviation, its value 1 to 12: januari, Jan, Januar, januar, tammikuu. */
  MONTH
}
