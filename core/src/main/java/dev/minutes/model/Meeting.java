package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The meeting header. {@code body} is the board or committee that met, where the document names it.
 * Date is ISO {@code yyyy-MM-dd}, times {@code HH:mm}; unknown values are null.
 */
@JsonPropertyOrder({"title", "body", "date", "startTime", "endTime", "location", "participants"})
public record Meeting(String title, String body, String date, String startTime, String endTime, String location,
                      List<Participant> participants) {
  public Meeting {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  /** A meeting whose document does not name its body. */
  public Meeting(String title, String date, String startTime, String endTime, String location,
                 List<Participant> participants) {
    this(title, null, date, startTime, endTime, location, participants);
  }

  public static Meeting empty() {
    return new Meeting(null, null, null, null, null, null, List.of());
  }
}
