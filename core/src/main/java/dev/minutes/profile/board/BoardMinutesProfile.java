package dev.minutes.profile.board;

import dev.minutes.extract.TextLine;
import dev.minutes.profile.Clues;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Evidence;
import dev.minutes.profile.OutlineProfile;
import dev.minutes.segment.HeaderField;
import dev.minutes.segment.NumberSyntax;
import dev.minutes.segment.Part;
import dev.minutes.segment.Vocabulary;
import java.util.List;

/**
 * English board, trustees', parish, council and advisory-board minutes: a header with {@code Present},
 * {@code Apologies}, {@code In attendance} (or a table of {@code Date}, {@code Place}, {@code Attendees}), items
 * numbered {@code 1.}, {@code 19.03.4} or {@code Item 5}, or headed by time slots ({@code :03 - :05}) or by
 * unnumbered headings; decisions recorded as "RESOLVED that", "The board agreed"; actions as an
 * {@code ACTION: AB} line or in an action column of initials.
 */
public final class BoardMinutesProfile extends OutlineProfile {
  public static final String NAME = "board-minutes";

  /** A body that decides: the subject of a decision. */
  private static final String BODIES = "(?:board|committee|trustees|meeting|members|membership|directors|council|"
      + "group|tab|cab|panel|governors|assembly|agm|executive|all|everyone)";
  private static final String BODY = "(?:the\\s+)?" + BODIES;

  public static final Vocabulary VOCABULARY = new Vocabulary.Builder("en")
      .header(HeaderField.BODY, "Title of Meeting", "Meeting", "Committee", "Body")
      .header(HeaderField.DATE, "Date", "Meeting date", "Date of meeting")
      .header(HeaderField.TIME, "Time", "Times", "Start", "Meeting opened")
      .header(HeaderField.END_TIME, "Finish", "End", "Meeting closed", "Closed")
      .header(HeaderField.DATE_TIME, "Date and time", "Date & time", "When")
      .header(HeaderField.LOCATION, "Place", "Venue", "Location", "Where")
      .header(HeaderField.PRESENT, "Present", "Attending", "Attendees", "Attendance", "Members present",
          "Those present", "Trustees present", "Directors present", "Board members present")
      .header(HeaderField.ABSENT, "Apologies", "Regrets", "Absent", "Apologies for absence", "Apologies received",
          "Not present")
      .header(HeaderField.OTHERS_PRESENT, "In attendance", "Also present", "Also in attendance", "Invited", "Guests",
          "Guest", "Observers", "Staff present", "Officers present", "Staff", "Officers")
      .header(HeaderField.CALLED, "Members", "Membership")
      .header(HeaderField.CHAIR, "Chair", "Chairman", "Chairperson", "Chaired by")
      .header(HeaderField.SECRETARY, "Minutes taken by", "Minute taker", "Note taker", "Clerk", "Secretary")
      .numbering(NumberSyntax.DOTTED, NumberSyntax.WORD, NumberSyntax.TIME_SLOT, NumberSyntax.UNNUMBERED)
      .bodyPart(Part.NOTES)
      .part(Part.DECISIONS, "Decision", "Decisions", "Resolved", "Resolution", "Resolutions", "Outcome")
      .part(Part.PROPOSAL, "Proposal", "Motion", "Recommendation", "Recommendations")
      .part(Part.NOTES, "Discussion", "Notes", "Comments")
      .part(Part.ACTIONS, "Action items", "Action points", "Actions agreed", "Next steps", "Tasks", "Upcoming tasks")
      .decisionCues("(?:^|[.!?]\\s+)(?-i:RESOLVED|Resolved|Agreed|Approved|APPROVED|Carried|CARRIED|Decided)\\b",
          "\\b(?:result|motion|action\\s+taken)\\s*:\\s*(?:approved|adopted|carried|passed|failed)\\b",
          "\\b(?:all\\s+)?(?:the\\s+)?" + BODIES + "?\\s+(?:was|were)\\s+in\\s+agreement\\b",
          "\\b" + BODY + "\\s+(?:\\w+\\s+and\\s+)?(?:unanimously\\s+)?(?:agreed|approved|accepted|adopted)\\b",
          "\\b(?:was|were)\\s+(?:\\w+\\s+and\\s+)?(?:unanimously\\s+)?(?:decided|agreed|approved|accepted)\\b",
          "\\b(?:were|was)\\s+(?:voted|elected|appointed|re-elected)\\b", "\\bmotion\\s+that\\b",
          "\\b" + BODY + "\\s+(?:unanimously\\s+)?(?:agreed|approved|resolved|accepted|decided|endorsed|ratified|"
              + "adopted|voted)\\b",
          "\\bit\\s+was\\s+(?:unanimously\\s+)?(?:agreed|resolved|decided|approved)\\b",
          "\\b(?:were|was)\\s+(?:unanimously\\s+)?(?:agreed|approved|accepted|adopted|ratified|carried)\\b",
          "\\bminutes\\b.*\\b(?:approved|agreed|accepted|signed)\\b",
          "\\b(?:approved|agreed|accepted|adopted|ratified)\\s+(?:unanimously\\s+)?by\\s+" + BODY + "\\b",
          "\\bmotion\\s+(?:was\\s+)?(?:carried|passed|approved)\\b", "\\bis\\s+accepted\\b", "^Tabled\\b",
          "\\bvote(?:\\s+response)?:\\s*(?:yes|no|passed|failed|carried)\\b",
          // A topic recorded with its outcome: "2017/18 Financials approved – B. Munro (motion) …".
          "^[\\w/ .’'-]{2,60}?\\s(?:approved|adopted|accepted|ratified)\\s*(?:[–—(]|$)")
      .pastCues("\\b(?:previous|last|earlier|prior)\\s+meeting\\b", "\\bhad\\s+(?:been\\s+)?(?:agreed|approved|decided)\\b")
      .actionLine("^ACTIONS?(?:\\s+BY)?\\s*[:;]\\s*([\\p{Lu}][\\p{L}/&,. ]{0,40})$")
      .stops("^Signed\\b.*\\bchair", "^Chair(?:man)?[’']?s?\\s+signature")
      .build();

  private static final java.util.regex.Pattern TITLE_BODY = java.util.regex.Pattern.compile(
      "(?i)^(?:minutes\\s+of\\s+(?:the\\s+)?(?:meeting\\s+of\\s+(?:the\\s+)?)?)?(.+?)"
          + "(?:\\s+(?:meeting\\s+)?(?:minutes|agenda|notes)\\b.*|\\s+(?:meeting\\s+)?(?:of|held|on)\\s+\\d.*"
          + "|\\s+meeting\\s+(?:of|held)\\b.*|\\s+held\\b.*)?$");

  /**
   * Rule: without a label that names the body, the title does, less "Minutes of (the meeting of)" before and
   * "Minutes", "Agenda", "held on …" or a date after ({@code Bioc Technical Advisory Board Minutes}).
   */
  @Override
  protected dev.minutes.model.Meeting finish(dev.minutes.model.Meeting m) {
    if (m.body() != null || m.title() == null) return m;
    java.util.regex.Matcher t = TITLE_BODY.matcher(m.title().strip());
    if (!t.matches()) return m;
    String body = t.group(1).strip();
    if (body.isEmpty() || body.matches("(?i)(open\\s+)?(board\\s+)?(meeting\\s+)?(minutes)?")) return m;
    return new dev.minutes.model.Meeting(m.title(), body, m.date(), m.startTime(), m.endTime(), m.location(),
        m.participants());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Vocabulary vocabulary() {
    return VOCABULARY;
  }

  @Override
  public Evidence evidence(DocumentLines document) {
    List<TextLine> lines = document.lines();
    int attendance = Clues.openingLines(lines, 40, "(Present|Attending|Attendees|Apologies|Regrets|In attendance"
        + "|Also present|Invited)\\b\\s*[:;]?");
    int minutes = Clues.openingLines(lines, 8, ".*\\bminutes\\b");
    int resolved = Clues.containing(document, "resolved agreed approved", "\\b(RESOLVED|agreed|approved)\\b");
    int actions = Clues.lines(document, "action", "ACTIONS?\\s*[:;].*");
    return new Evidence.Builder()
        .add("en".equals(document.language()), 0.2, "English text")
        .add(attendance, Math.min(0.3, 0.15 * attendance), "attendance labels (Present, Apologies, …)")
        .add(minutes, 0.2, "'minutes' in the title")
        .add(resolved >= 2 ? resolved : 0, 0.1, "decisions recorded as agreed, approved or resolved")
        .add(actions, 0.1, "ACTION lines")
        .build();
  }
}
