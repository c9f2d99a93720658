package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An action: its text, its due date as ISO ({@code due}) and as written ({@code dueRaw}), the
 * responsible person as written (null where the export says no one is), and the index in the meeting's
 * participants of the person meant, where the name shows it ({@code participantIndex}, else null).
 */
@JsonPropertyOrder({"text", "due", "dueRaw", "responsible", "participantIndex"})
public record Action(String text, String due, String dueRaw, String responsible, Integer participantIndex) {
  public Action(String text, String due, String dueRaw, String responsible) {
    this(text, due, dueRaw, responsible, null);
  }

  public Action withParticipantIndex(Integer index) {
    return new Action(text, due, dueRaw, responsible, index);
  }
}
