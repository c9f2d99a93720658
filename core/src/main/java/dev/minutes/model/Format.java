package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The document family the parser read a document as: the {@code profile} chosen, what the document
 * is ({@value #MINUTES}, {@value #AGENDA} or {@value #OTHER}), the evidence that chose the profile, and how sure the
 * parser is of its reading ({@code confidence}: {@value #HIGH}, {@value #MEDIUM} or {@value #LOW}; the warnings whose
 * codes start with {@code check.} say why it is less than high).
 */
@JsonPropertyOrder({"profile", "kind", "evidence", "confidence"})
public record Format(String profile, String kind, List<String> evidence,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String confidence) {
  public static final String MINUTES = "minutes";
  public static final String AGENDA = "agenda";
  public static final String OTHER = "other";

  public static final String HIGH = "high";
  public static final String MEDIUM = "medium";
  public static final String LOW = "low";

  public Format {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A format whose confidence is not (yet) known. */
  public Format(String profile, String kind, List<String> evidence) {
    this(profile, kind, evidence, null);
  }

  public Format withConfidence(String level) {
    return new Format(profile, kind, evidence, level);
  }
}
