package dev.minutes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The words an export uses for its labels, in one language. A label matches a line whose whole text is
 * the label, ignoring case and a trailing colon. Callers may build their own and hand them to
 * {@link MinutesParser.Builder#labelSets(List)}; the parser picks, per document, the set whose labels
 * it finds most often.
 *
 * @param language ISO 639-1 code of the set's language
 * @param location header label before the meeting's place
 * @param participants header label before the participant list
 * @param organizer the marker after a participant's name, in parentheses
 * @param description section heading of an item's description (optional in the export)
 * @param notes section heading of notes
 * @param actions section heading of actions
 * @param decisions section heading of decisions
 * @param attachments section heading of attachments
 * @param notSpecified the words that stand where no one is responsible or no date is set
 * @param actionColumns the column titles of an action table, skipped where they appear
 */
public record LabelSet(String language, List<String> location, List<String> participants, List<String> organizer,
                       List<String> description, List<String> notes, List<String> actions, List<String> decisions,
                       List<String> attachments, List<String> notSpecified, List<String> actionColumns) {

  public static final LabelSet SWEDISH = new LabelSet("sv", List.of("Plats"), List.of("Deltagare"),
      List.of("Organisatör"), List.of("Ärendebeskrivning", "Beskrivning"), List.of("Anteckningar"),
      List.of("Åtgärder"), List.of("Beslut"), List.of("Bilagor"), List.of("Ej angivet"),
      List.of("Åtgärd", "Datum", "Slutdatum", "Klart senast", "Ansvarig"));

  public static final LabelSet ENGLISH = new LabelSet("en", List.of("Location"), List.of("Participants"),
      List.of("Organizer", "Organiser"), List.of("Description"), List.of("Notes"),
      List.of("Actions", "Action items"), List.of("Decisions"), List.of("Attachments"), List.of("Not specified"),
      List.of("Action", "Action item", "Due", "Due date", "Responsible"));

  /** The label sets the parser knows without being told: Swedish (the default) and English. */
  public static final List<LabelSet> DEFAULTS = List.of(SWEDISH, ENGLISH);

  public LabelSet {
    location = List.copyOf(location);
    participants = List.copyOf(participants);
    organizer = List.copyOf(organizer);
    description = List.copyOf(description);
    notes = List.copyOf(notes);
    actions = List.copyOf(actions);
    decisions = List.copyOf(decisions);
    attachments = List.copyOf(attachments);
    notSpecified = List.copyOf(notSpecified);
    actionColumns = List.copyOf(actionColumns);
  }

  /** The labels that stand alone on a line: the header's and the sections' headings. */
  public List<String> lineLabels() {
    List<String> all = new java.util.ArrayList<>();
    for (List<String> labels : List.of(location, participants, description, notes, actions, decisions, attachments)) {
      all.addAll(labels);
    }
    return all;
  }

  /** Whether {@code text}, taken whole, is one of {@code labels}. */
  public static boolean isLabel(String text, List<String> labels) {
    int longest = 0;
    for (String label : labels) longest = Math.max(longest, label.length());
    // A label line is the label, a colon and a little white space at most.
    if (text.length() > longest + 4) return false;
    String key = key(text);
    for (String label : labels) {
      if (key.equals(key(label))) return true;
    }
    return false;
  }

  /** No label is longer than this; longer lines are rejected without being folded. */
  public static final int MAX_LABEL_LENGTH = 48;

  /** The form labels are compared in: NFC, lower case, single spaces, no trailing colon. */
  public static String key(String text) {
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    String b = dev.minutes.internal.Spaces.collapse(s, true);
    return b.endsWith(":") ? b.substring(0, b.length() - 1).stripTrailing() : b;
  }
}
