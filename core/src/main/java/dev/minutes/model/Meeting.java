package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The meeting header. Date is ISO {@code yyyy-MM-dd}, times {@code HH:mm}; unknown values are null. */
@JsonPropertyOrder({"title", "date", "startTime", "endTime", "location", "participants"})
public record Meeting(String title, String date, String startTime, String endTime, String location,
                      List<Participant> participants) {
  public Meeting {
    participants = List.copyOf(participants);
  }

  public static Meeting empty() {
    return new Meeting(null, null, null, null, null, List.of());
  }
}
