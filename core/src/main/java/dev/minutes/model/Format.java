package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The document family the parser read a document as: the {@code profile} chosen, what the document
 * is ({@value #MINUTES}, {@value #AGENDA} or {@value #OTHER}), and the evidence that chose the profile.
 */
@JsonPropertyOrder({"profile", "kind", "evidence"})
public record Format(String profile, String kind, List<String> evidence) {
  public static final String MINUTES = "minutes";
  public static final String AGENDA = "agenda";
  public static final String OTHER = "other";

  public Format {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
